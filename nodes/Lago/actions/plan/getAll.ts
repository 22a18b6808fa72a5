import { defineOperation } from '../../../shared/operation';
import { simplified } from '../../../shared/output';
import { lagoPages } from '../../client';
import { PLAN_SUMMARY, planSimplify } from './fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many plans',
	operationId: 'findAllPlans',
	method: 'GET',
	path: '/plans',
	walk: lagoPages('plans'),
	fields: [planSimplify],
	postReceive: [simplified(PLAN_SUMMARY, 'plans')],
});
