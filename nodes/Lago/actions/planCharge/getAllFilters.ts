import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';
import { planChargeLocator, planLocator } from './fields';

export const getAllFilters = defineOperation({
	name: 'Get Many Filters',
	value: 'getAllFilters',
	action: 'Get many filters of a charge of a plan',
	operationId: 'findAllPlanChargeFilters',
	method: 'GET',
	path: '/plans/{plan}/charges/{charge}/filters',
	walk: lagoPages('filters'),
	fields: [planLocator, planChargeLocator],
});
