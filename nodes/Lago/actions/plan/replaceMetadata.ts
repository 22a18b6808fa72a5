import { defineOperation } from '../../../shared/operation';
import { planLocator } from './fields';
import { metadataOutput, metadataRows } from './metadata';

export const replaceMetadata = defineOperation({
	name: 'Replace Metadata',
	value: 'replaceMetadata',
	action: 'Replace the metadata of a plan',
	description: 'Set the metadata of a plan to exactly these keys; other keys are removed',
	operationId: 'replacePlanMetadata',
	method: 'POST',
	path: '/plans/{plan}/metadata',
	fields: [planLocator, metadataRows],
	postReceive: metadataOutput,
});
