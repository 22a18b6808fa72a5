import type { INodeProperties } from 'n8n-workflow';

import { defineOperation } from '../../../shared/operation';
import { currency, wholeNumber } from '../../../shared/validation';
import { inside } from '../../validation';
import { amountCentsField, currencyField, intervalField, payInAdvanceField, planDetails, planLocator, planOutput, planSimplify } from './fields';

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update a plan',
	description: 'Change a plan; with Cascade Updates, also the subscriptions that override it',
	operationId: 'updatePlan',
	method: 'PUT',
	path: '/plans/{plan}',
	requireSomeOf: 'updateFields',
	checks: [
		inside('plan', currency('Currency', 'amount_currency'), wholeNumber('Subscription Fee (Cents)', 'amount_cents', { min: 0 })),
	],
	// Lago refuses a body without "plan", even when nothing changes.
	request: { body: { plan: {} } },
	fields: [
		planLocator,
		planSimplify,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: ([
				amountCentsField,
				{
					displayName: 'Cascade Updates',
					name: 'cascadeUpdates',
					type: 'boolean',
					default: false,
					description: 'Whether the change also applies to subscriptions that override this plan',
					routing: { send: { type: 'body', property: 'plan.cascade_updates' } },
				},
				{
					displayName: 'Code',
					name: 'code',
					type: 'string',
					default: '',
					description: 'A new code for the plan; only while no subscription uses it',
					routing: { send: { type: 'body', property: 'plan.code' } },
				},
				currencyField,
				intervalField,
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					routing: { send: { type: 'body', property: 'plan.name' } },
				},
				payInAdvanceField,
				...planDetails,
			] as INodeProperties[]).sort((a, b) => a.displayName.localeCompare(b.displayName)),
		},
	],
	postReceive: planOutput,
});
