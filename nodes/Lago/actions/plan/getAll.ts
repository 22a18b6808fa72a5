import { defineOperation } from '../../../shared/operation';
import { simplify } from '../../../shared/output';
import { lagoPages } from '../../client';
import { PLAN_SUMMARY, simplifyField } from './fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many plans',
	operationId: 'findAllPlans',
	method: 'GET',
	path: '/plans',
	walk: lagoPages('plans'),
	fields: [simplifyField],
	postReceive: [simplify(PLAN_SUMMARY, 'plans')],
});
