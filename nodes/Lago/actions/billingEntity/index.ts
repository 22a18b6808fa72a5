import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const billingEntity = defineResource({
	name: 'Billing Entity',
	value: 'billingEntity',
	description: 'The companies of the organization that issue invoices',
	operations: [create, get, getAll, update],
});
