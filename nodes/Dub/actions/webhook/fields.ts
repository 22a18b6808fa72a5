import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { invalidField, type RequestCheck } from '../../../shared/validation';
import { dubEvents as dubWebhookEvents } from '../../events';
import { bodyText, options, recordLocator } from '../../../shared/fields';

/** The webhook an operation acts on. */
export const webhookLocator = recordLocator({ displayName: 'Webhook', name: 'webhookId', searchListMethod: 'searchWebhooks', placeholder: 'wh_1JNQBVZV8P0NA0YCKQ6YPDX' });

export const webhookTriggers: INodeProperties = {
	displayName: 'Events',
	name: 'triggers',
	type: 'multiOptions',
	default: [],
	description: 'The events Dub sends to the URL',
	options: dubWebhookEvents,
	routing: { send: { type: 'body', property: 'triggers' } },
};

const list = (raw: unknown) =>
	(Array.isArray(raw) ? raw : String(raw ?? '').split(','))
		.map((item) => String(item).trim())
		.filter(Boolean);

/**
 * Dub needs Link Scope exactly when Link Clicked is among the events (the whole workspace by default) and refuses
 * it otherwise; link and folder IDs are lists.
 */
export const webhookScope: RequestCheck = function (request) {
	const body = request.body as IDataObject;
	for (const key of ['linkIds', 'folderIds']) if (key in body) body[key] = list(body[key]);
	if (!Array.isArray(body.triggers)) return;
	const triggers = body.triggers as unknown as string[];
	if (triggers.length === 0) throw invalidField(this, 'Events', 'must name at least one event');
	if (triggers.includes('link.clicked')) body.linkScope ??= 'workspace';
	else delete body.linkScope;
	if (body.linkScope === 'links' && !(body.linkIds as string[] | undefined)?.length) {
		throw invalidField(this, 'Link IDs', 'are required when Link Scope is "Links"');
	}
	if (body.linkScope === 'folders' && !(body.folderIds as string[] | undefined)?.length) {
		throw invalidField(this, 'Folder IDs', 'are required when Link Scope is "Folders"');
	}
};

/** Which links' clicks the webhook receives, for the Link Clicked event. */
export const webhookScopeFields: INodeProperties[] = [
	bodyText('folderIds', 'Folder IDs', 'Link Scope "Folders": comma-separated IDs of the folders (at most 100)', 'fold_1JNQBVZV8P0NA0YCKQ6YPDX'),
	bodyText('linkIds', 'Link IDs', 'Link Scope "Links": comma-separated IDs of the links (at most 1,000)', 'link_1KAP4CDPBSVMMBMH9XX3YZZ0Z'),
	options('linkScope', 'Link Scope', 'With the Link Clicked event: clicks of which links are sent', [['Folders', 'folders', 'Links in the Folder IDs given'], ['Links', 'links', 'The Link IDs given'], ['Workspace', 'workspace', 'Every link of the workspace']], 'workspace', 'body'),
];
