import { defineOperation } from '../../../shared/operation';
import { filterIdField, filterOptions, planChargeLocator, planLocator } from './fields';

export const deleteFilter = defineOperation({
	name: 'Delete Filter',
	value: 'deleteFilter',
	action: 'Delete a filter of a charge of a plan',
	operationId: 'destroyPlanChargeFilter',
	method: 'DELETE',
	path: '/plans/{plan}/charges/{charge}/filters/{filterId}',
	fields: [planLocator, planChargeLocator, filterIdField, { ...filterOptions[0], description: 'Whether the filter is also removed from subscriptions that override the plan' }],
});
