import { defineOperation } from '../../../shared/operation';
import { wholeNumber, currency } from '../../../shared/validation';
import { recordOutput } from '../../billingFields';
import { inside } from '../../validation';
import { addOnOptions, amountCents, amountCurrency } from './fields';
import { group, text } from '../../../shared/fields';
import { toBody } from '../../fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create an add-on',
	description: 'A one-off charge (setup fee, service) that can be put on one-off invoices',
	operationId: 'createAddOn',
	method: 'POST',
	path: '/add_ons',
	checks: [inside('add_on', wholeNumber('Amount (Cents)', 'amount_cents', { min: 0, hint: 'In cents: 49.00 is 4900' }), currency('Currency', 'amount_currency'))],
	postReceive: recordOutput('add_on'),
	fields: [
		text('name', 'Name', undefined, toBody('add_on.name'), { required: true, placeholder: 'Setup Fee' }),
		text('code', 'Code', 'Unique code, used on invoices and in the API', toBody('add_on.code'), { required: true, placeholder: 'setup_fee' }),
		amountCents(true),
		amountCurrency(true),
		group('additionalFields', addOnOptions),
	],
});
