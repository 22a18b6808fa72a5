import { defineOperation } from '../../../shared/operation';
import { planLocator } from './fields';
import { metadataOutput } from './metadata';

export const deleteMetadata = defineOperation({
	name: 'Delete All Metadata',
	value: 'deleteMetadata',
	action: 'Delete all metadata of a plan',
	operationId: 'deleteAllPlanMetadata',
	method: 'DELETE',
	path: '/plans/{plan}/metadata',
	fields: [planLocator],
	postReceive: metadataOutput,
});
