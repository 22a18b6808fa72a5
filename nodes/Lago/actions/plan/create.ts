import { defineOperation } from '../../../shared/operation';
import { currency, required, wholeNumber } from '../../../shared/validation';
import { inside } from '../../validation';
import { sendPairs } from '../../billingFields';
import { amountCentsField, currencyField, intervalField, payInAdvanceField, planDetails, planOutput, planSimplify } from './fields';
import { group, text } from '../../../shared/fields';
import { toBody } from '../../fields';

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
	preSend: [sendPairs('Metadata', 'additionalFields.metadata', 'plan.metadata', 'object')],
	fields: [
		text('name', 'Name', undefined, toBody('plan.name'), { required: true, placeholder: 'Startup' }),
		text('code', 'Code', 'Unique code of the plan, used to subscribe customers to it', toBody('plan.code'), { required: true, placeholder: 'startup' }),
		{ ...intervalField, required: true },
		{ ...amountCentsField, required: true },
		{ ...currencyField, required: true },
		{ ...payInAdvanceField, required: true },
		planSimplify,
		group('additionalFields', planDetails),
	],
	postReceive: planOutput,
});
