import type { INodeProperties } from 'n8n-workflow';

import { defineOperation, type Operation } from '../shared/operation';
import { keyValueField, sendPairs } from './billingFields';
import { text } from '../shared/fields';

/** The record whose metadata Lago keeps: its label, its locator and the path of its metadata. */
interface MetadataOwner {
	/** "wallet", "credit note". */
	label: string;
	locator: INodeProperties;
	/** `/wallets/{walletId}/metadata`. */
	path: string;
}

const pairs = (description: string) => keyValueField('Metadata', 'metadata', description);

/** Replace: the record's metadata becomes exactly the pairs given (none clears it). */
export function replaceMetadata(owner: MetadataOwner, operationId: string): Operation {
	return defineOperation({
		name: 'Replace Metadata',
		value: 'replaceMetadata',
		action: `Replace the metadata of a ${owner.label}`,
		description: 'Sets the metadata to exactly these pairs; keys not listed are removed',
		operationId,
		method: 'POST',
		path: owner.path,
		fields: [owner.locator, pairs('The complete metadata; no pairs clears it')],
		preSend: [sendPairs('Metadata', 'metadata', 'metadata', 'object', true)],
	});
}

/** Merge: the pairs given are added or overwritten, the others kept. */
export function mergeMetadata(owner: MetadataOwner, operationId: string): Operation {
	return defineOperation({
		name: 'Update Metadata',
		value: 'mergeMetadata',
		action: `Add or change metadata of a ${owner.label}`,
		description: 'Adds these pairs, overwriting keys that exist; other keys are kept',
		operationId,
		method: 'PATCH',
		path: owner.path,
		fields: [owner.locator, pairs('Pairs to add or overwrite')],
		preSend: [sendPairs('Metadata', 'metadata', 'metadata', 'object', true)],
	});
}

export function deleteAllMetadata(owner: MetadataOwner, operationId: string): Operation {
	return defineOperation({
		name: 'Delete All Metadata',
		value: 'deleteAllMetadata',
		action: `Delete all metadata of a ${owner.label}`,
		operationId,
		method: 'DELETE',
		path: owner.path,
		fields: [owner.locator],
	});
}

export function deleteMetadataKey(owner: MetadataOwner, operationId: string): Operation {
	return defineOperation({
		name: 'Delete Metadata Key',
		value: 'deleteMetadataKey',
		action: `Delete one metadata key of a ${owner.label}`,
		operationId,
		method: 'DELETE',
		path: `${owner.path}/{metadataKey}`,
		fields: [
			owner.locator,
			text('metadataKey', 'Key', 'The metadata key to remove', undefined, { required: true, placeholder: 'plan' }),
		],
	});
}
