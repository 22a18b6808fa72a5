import { defineOperation } from '../../../shared/operation';
import { featureLocator, featureOutput } from './fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a feature',
	operationId: 'findFeature',
	method: 'GET',
	path: '/features/{feature}',
	fields: [featureLocator],
	postReceive: featureOutput,
});
