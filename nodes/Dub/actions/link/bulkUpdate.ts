import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { batchRunner } from '../../../shared/batch';
import { group } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operation';
import { dubClient } from '../../client';
import { batchOptions, batchSize, isLink, linkBodyChecks, linkFields, linkLocator, linkReference, referenceText, type LinkReference } from './fields';

/** Fields a bulk update cannot change: they identify a link. */
const IDENTIFYING = ['domain', 'key', 'externalId'];

type Member = LinkReference & { data: IDataObject };

/** Stable text of a value, keys sorted, to tell whether items change their links the same way. */
const canonical = (value: unknown): string =>
	Array.isArray(value)
		? `[${value.map(canonical).join(',')}]`
		: typeof value === 'object' && value !== null
			? `{${Object.keys(value)
					.sort()
					.map((key) => `${JSON.stringify(key)}:${canonical((value as IDataObject)[key])}`)
					.join(',')}}`
			: JSON.stringify(value);

export const bulkUpdate = defineOperation({
	name: 'Update Many',
	value: 'bulkUpdate',
	action: 'Update many links',
	description:
		'Apply the same changes to the link of each input item, up to 100 links in one request (Dub applies one set of changes per request)',
	operationId: 'bulkUpdateLinks',
	method: 'PATCH',
	path: '/links/bulk',
	checks: linkBodyChecks,
	preSend: [
		async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
			request.body = { ...linkReference(this), data: request.body ?? {} };
			return request;
		},
	],
	fields: [
		linkLocator,
		group('updateFields', linkFields('update').filter((field) => !IDENTIFYING.includes(field.name))),
		batchOptions,
	],
	runner: batchRunner<Member>({
		client: () => dubClient,
		member: (request) => request.body as Member,
		chunkRequest: (members) => {
			const data = canonical(members[0].data);
			if (members.some((member) => canonical(member.data) !== data)) {
				throw new Error(
					'Update Many applies one set of changes to every link of a request, but the items ask for different changes. Use Update for per-link changes, or set Batch Size to 1.',
				);
			}
			const linkIds = members.flatMap((member) => (member.linkId ? [member.linkId] : []));
			const externalIds = members.flatMap((member) => (member.externalId ? [member.externalId] : []));
			if (linkIds.length && externalIds.length) {
				// Dub ignores external IDs when link IDs are given.
				throw new Error('Update Many takes links by ID or by external ID, not both in one request: pick one mode of Link for all items.');
			}
			return { body: { ...(linkIds.length ? { linkIds } : { externalIds }), data: members[0].data } };
		},
		split: (answer, members) =>
			members.map((member) => {
				const updated = answer.find((item) => isLink(item.json, member));
				return updated ? [{ json: updated.json }] : new Error(`Dub did not update the link ${referenceText(member)}: it may not exist`);
			}),
		size: batchSize,
	}),
});
