import type { INodeProperties } from 'n8n-workflow';

import { defineOperation } from '../../../shared/operation';
import { currency, wholeNumber } from '../../../shared/validation';
import { inside } from '../../validation';
import { sendPairs } from '../../billingFields';
import { amountCentsField, currencyField, intervalField, payInAdvanceField, planDetails, planLocator, planOutput, planSimplify } from './fields';
import { boolean, group, text } from '../../../shared/fields';
import { toBody } from '../../fields';

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
	preSend: [sendPairs('Metadata', 'updateFields.metadata', 'plan.metadata', 'object')],
	fields: [
		planLocator,
		planSimplify,
		group('updateFields', ([
			amountCentsField,
			boolean('cascadeUpdates', 'Cascade Updates', 'Whether the change also applies to subscriptions that override this plan', toBody('plan.cascade_updates')),
			text('code', 'Code', 'A new code for the plan; only while no subscription uses it', toBody('plan.code')),
			currencyField,
			intervalField,
			text('name', 'Name', undefined, toBody('plan.name')),
			payInAdvanceField,
			...planDetails,
		] as INodeProperties[]).sort((a, b) => a.displayName.localeCompare(b.displayName))),
	],
	postReceive: planOutput,
});
