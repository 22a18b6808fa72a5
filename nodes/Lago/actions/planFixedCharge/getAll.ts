import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';
import { planLocator } from './fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many fixed charges of a plan',
	operationId: 'findAllPlanFixedCharges',
	method: 'GET',
	path: '/plans/{plan}/fixed_charges',
	walk: lagoPages('fixed_charges'),
	fields: [planLocator],
});
