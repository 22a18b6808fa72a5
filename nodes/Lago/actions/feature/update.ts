import { defineOperation } from '../../../shared/operation';
import { featureDetails, featureLocator, featureOutput } from './fields';
import { group } from '../../../shared/fields';

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update a feature',
	description: 'Change the name or description of a feature, or add and change its privileges',
	operationId: 'updateFeature',
	method: 'PUT',
	path: '/features/{feature}',
	requireSomeOf: 'updateFields',
	request: { body: { feature: {} } },
	fields: [
		featureLocator,
		group('updateFields', featureDetails),
	],
	postReceive: featureOutput,
});
