import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';
import { planLocator } from './fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many charges of a plan',
	operationId: 'findAllPlanCharges',
	method: 'GET',
	path: '/plans/{plan}/charges',
	walk: lagoPages('charges'),
	fields: [planLocator],
});
