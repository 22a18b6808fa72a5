import type { IDataObject } from 'n8n-workflow';

import { batchRunner } from '../../../shared/batch';
import { defineOperation } from '../../../shared/operation';
import { dubClient } from '../../client';
import { batchOptions, batchSize, linkLocator } from './fields';

export const bulkDelete = defineOperation({
	name: 'Delete Many',
	value: 'bulkDelete',
	action: 'Delete many links',
	description: 'Delete the link of each input item, up to 100 in one request',
	operationId: 'bulkDeleteLinks',
	method: 'DELETE',
	path: '/links/bulk',
	fields: [
		{
			...linkLocator,
			// Dub's bulk delete takes link IDs only.
			modes: linkLocator.modes?.filter((mode) => mode.name !== 'externalId'),
			routing: { send: { type: 'query', property: 'linkIds' } },
		},
		batchOptions,
	],
	runner: batchRunner<string>({
		client: () => dubClient,
		member: (request) => String((request.qs as IDataObject).linkIds ?? '').trim(),
		chunkRequest: (ids) => ({ qs: { linkIds: ids.join(',') } }),
		// Dub answers with a count and ignores IDs it does not know: each item says whether the count covers it.
		split: (answer, ids) => {
			const deletedCount = Number(answer[0]?.json.deletedCount);
			const all = deletedCount === ids.length;
			return ids.map((id) => [
				{ json: all ? { deleted: true, id } : { deleted: null, id, note: `Dub deleted ${deletedCount} of the ${ids.length} links of this request; it ignores IDs it does not know` } },
			]);
		},
		size: batchSize,
	}),
});
