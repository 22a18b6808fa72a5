import { defineOperation } from '../../../shared/operation';
import { planLocator } from './fields';
import { metadataOutput, metadataRows } from './metadata';

export const mergeMetadata = defineOperation({
	name: 'Merge Metadata',
	value: 'mergeMetadata',
	action: 'Add or change metadata keys of a plan',
	description: 'Add these keys to the metadata of a plan, or change their values; other keys stay',
	operationId: 'mergePlanMetadata',
	method: 'PATCH',
	path: '/plans/{plan}/metadata',
	fields: [planLocator, metadataRows],
	postReceive: metadataOutput,
});
