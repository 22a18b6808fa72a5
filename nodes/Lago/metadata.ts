import type { INodeProperties } from 'n8n-workflow';

import { defineOperation, type Operation } from '../shared/operation';
import { keyValueField, sendPairs } from './billingFields';
import { text } from '../shared/fields';

type OperationSpec = Parameters<typeof defineOperation>[0];

/** The record whose metadata Lago keeps: its label, its locator and the path of its metadata. */
interface MetadataOwner {
	/** "wallet", "credit note". */
	label: string;
	locator: INodeProperties;
	/** `/wallets/{walletId}/metadata`. */
	path: string;
}

const pairs = (description: string) => keyValueField('Metadata', 'metadata', description);

/** One metadata operation of `owner`: its route is the owner's metadata path (plus `suffix`), its first field the owner's locator. */
function metadataOperation(
	owner: MetadataOwner,
	operationId: string,
	{ suffix = '', fields = [], ...spec }: Pick<OperationSpec, 'name' | 'value' | 'action' | 'description' | 'method' | 'preSend'> & { suffix?: string; fields?: INodeProperties[] },
): Operation {
	// Metadata operations output Lago's answer as it is, the metadata left (`{ "metadata": … }`); the empty postReceive
	// keeps a DELETE of a key from being output as a deleted record.
	return defineOperation({ ...spec, operationId, path: `${owner.path}${suffix}`, fields: [owner.locator, ...fields], postReceive: [] });
}

/** Sends the Metadata pairs as one object, also when there are none (which clears the metadata). */
const sendMetadata = [sendPairs('Metadata', 'metadata', 'metadata', 'object', true)];

/** Replace: the record's metadata becomes exactly the pairs given (none clears it). */
export const replaceMetadata = (owner: MetadataOwner, operationId: string) =>
	metadataOperation(owner, operationId, {
		name: 'Replace Metadata',
		value: 'replaceMetadata',
		action: `Replace the metadata of a ${owner.label}`,
		description: 'Sets the metadata to exactly these pairs; keys not listed are removed',
		method: 'POST',
		fields: [pairs('The complete metadata; no pairs clears it')],
		preSend: sendMetadata,
	});

/** Merge: the pairs given are added or overwritten, the others kept. */
export const mergeMetadata = (owner: MetadataOwner, operationId: string) =>
	metadataOperation(owner, operationId, {
		name: 'Update Metadata',
		value: 'mergeMetadata',
		action: `Add or change metadata of a ${owner.label}`,
		description: 'Adds these pairs, overwriting keys that exist; other keys are kept',
		method: 'PATCH',
		fields: [pairs('Pairs to add or overwrite')],
		preSend: sendMetadata,
	});

export const deleteAllMetadata = (owner: MetadataOwner, operationId: string) =>
	metadataOperation(owner, operationId, {
		name: 'Delete All Metadata',
		value: 'deleteAllMetadata',
		action: `Delete all metadata of a ${owner.label}`,
		method: 'DELETE',
	});

export const deleteMetadataKey = (owner: MetadataOwner, operationId: string) =>
	metadataOperation(owner, operationId, {
		name: 'Delete Metadata Key',
		value: 'deleteMetadataKey',
		action: `Delete one metadata key of a ${owner.label}`,
		method: 'DELETE',
		suffix: '/{metadataKey}',
		fields: [text('metadataKey', 'Key', 'The metadata key to remove', undefined, { required: true, placeholder: 'plan' })],
	});
