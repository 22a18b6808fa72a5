import { defineOperation } from '../../../shared/operation';
import { filterIdField, filterOutput, planChargeLocator, planLocator } from './fields';

export const getFilter = defineOperation({
	name: 'Get Filter',
	value: 'getFilter',
	action: 'Get a filter of a charge of a plan',
	operationId: 'findPlanChargeFilter',
	method: 'GET',
	path: '/plans/{plan}/charges/{charge}/filters/{filterId}',
	fields: [planLocator, planChargeLocator, filterIdField],
	postReceive: filterOutput,
});
