import { defineOperation } from '../../../shared/operation';
import { planLocator } from './fields';
import { metadataOutput } from './metadata';

export const deleteMetadataKey = defineOperation({
	name: 'Delete Metadata Key',
	value: 'deleteMetadataKey',
	action: 'Delete one metadata key of a plan',
	operationId: 'deletePlanMetadataKey',
	method: 'DELETE',
	path: '/plans/{plan}/metadata/{key}',
	fields: [
		planLocator,
		{ displayName: 'Key', name: 'key', type: 'string', required: true, default: '', placeholder: 'crm_id', description: 'The metadata key to remove' },
	],
	postReceive: metadataOutput,
});
