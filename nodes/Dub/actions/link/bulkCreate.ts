import type { IDataObject } from 'n8n-workflow';

import { batchRunner } from '../../../shared/batch';
import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { dubClient } from '../../client';
import { batchOptions, batchSize, linkBodyChecks, newLinkAddress, newLinkFields, shortLinkField } from './fields';

export const bulkCreate = defineOperation({
	name: 'Create Many',
	value: 'bulkCreate',
	action: 'Create many links',
	description: 'Create one link per input item, up to 100 in one request; a link Dub refuses fails only its own item',
	operationId: 'bulkCreateLinks',
	method: 'POST',
	path: '/links/bulk',
	checks: [required('Destination URL', 'url'), ...linkBodyChecks],
	fields: [
		shortLinkField.url('Where the short link redirects (at most 32,000 characters)', { required: true }),
		...newLinkAddress,
		newLinkFields,
		batchOptions,
	],
	runner: batchRunner<IDataObject>({
		client: () => dubClient,
		member: (request) => ({ ...(request.body as IDataObject) }),
		chunkRequest: (links) => ({ body: links }),
		// Dub answers in order: the created link, or {link, error, code} for a link it refused.
		split: (answer, links) =>
			links.map((link, index) => {
				const record = answer[index]?.json;
				if (!record) return new Error(`Dub did not answer for the link to ${String(link.url)}`);
				if (typeof record.error === 'string' && record.code !== undefined && record.id === undefined) {
					return new Error(`Dub did not create the link to ${String(link.url)}: ${record.error} (${String(record.code)})`);
				}
				return [{ json: record }];
			}),
		size: batchSize,
	}),
});
