import { defineOperation } from '../../../shared/operation';
import { currency, required, wholeNumber } from '../../../shared/validation';
import { inside } from '../../validation';
import { amountCentsField, currencyField, intervalField, payInAdvanceField, planDetails, planOutput, planSimplify } from './fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a plan',
	operationId: 'createPlan',
	method: 'POST',
	path: '/plans',
	checks: [
		inside(
			'plan',
			required('Name', 'name'),
			required('Code', 'code'),
			currency('Currency', 'amount_currency'),
			wholeNumber('Subscription Fee (Cents)', 'amount_cents', { min: 0, hint: 'An amount in cents, e.g. 4900 for 49.00' }),
		),
	],
	fields: [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'Startup',
			routing: { send: { type: 'body', property: 'plan.name' } },
		},
		{
			displayName: 'Code',
			name: 'code',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'startup',
			description: 'Unique code of the plan, used to subscribe customers to it',
			routing: { send: { type: 'body', property: 'plan.code' } },
		},
		{ ...intervalField, required: true },
		{ ...amountCentsField, required: true },
		{ ...currencyField, required: true },
		{ ...payInAdvanceField, required: true },
		planSimplify,
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: planDetails,
		},
	],
	postReceive: planOutput,
});
