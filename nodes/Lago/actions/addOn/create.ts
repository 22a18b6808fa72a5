import { defineOperation } from '../../../shared/operation';
import { wholeNumber, currency } from '../../../shared/validation';
import { recordOutput } from '../../billingFields';
import { inside } from '../../validation';
import { addOnOptions, amountCents, amountCurrency } from './fields';

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
		{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', placeholder: 'Setup Fee', routing: { send: { type: 'body', property: 'add_on.name' } } },
		{
			displayName: 'Code',
			name: 'code',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'setup_fee',
			description: 'Unique code, used on invoices and in the API',
			routing: { send: { type: 'body', property: 'add_on.code' } },
		},
		amountCents(true),
		amountCurrency(true),
		{ displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options: addOnOptions },
	],
});
