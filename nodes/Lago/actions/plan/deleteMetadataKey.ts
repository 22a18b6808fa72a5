import { defineOperation } from '../../../shared/operation';
import { planLocator } from './fields';
import { metadataOutput } from './metadata';
import { text } from '../../../shared/fields';

export const deleteMetadataKey = defineOperation({
	name: 'Delete Metadata Key',
	value: 'deleteMetadataKey',
	action: 'Delete one metadata key of a plan',
	operationId: 'deletePlanMetadataKey',
	method: 'DELETE',
	path: '/plans/{plan}/metadata/{key}',
	fields: [
		planLocator,
		text('key', 'Key', 'The metadata key to remove', undefined, { required: true, placeholder: 'crm_id' }),
	],
	postReceive: metadataOutput,
});
