import { defineOperation } from '../../../shared/operation';
import { featureLocator } from './fields';

export const deleteFeature = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a feature',
	description: 'Delete a feature and the entitlements that grant it',
	operationId: 'destroyFeature',
	method: 'DELETE',
	path: '/features/{feature}',
	fields: [featureLocator],
});
