import { defineOperation } from '../../../shared/operation';
import { wholeNumber, currency } from '../../../shared/validation';
import { addOnLocator, ensureObject, recordOutput } from '../../billingFields';
import { inside } from '../../validation';
import { addOnOptions, amountCents, amountCurrency } from './fields';

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update an add-on',
	operationId: 'updateAddOn',
	method: 'PUT',
	path: '/add_ons/{addOnCode}',
	checks: [inside('add_on', wholeNumber('Amount (Cents)', 'amount_cents', { min: 0, hint: 'In cents: 49.00 is 4900' }), currency('Currency', 'amount_currency'))],
	preSend: [ensureObject('add_on')],
	postReceive: recordOutput('add_on'),
	fields: [
		addOnLocator,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				amountCents(false),
				{ displayName: 'Code', name: 'code', type: 'string', default: '', description: 'A new code for the add-on', routing: { send: { type: 'body', property: 'add_on.code' } } },
				amountCurrency(false),
				...addOnOptions,
				{ displayName: 'Name', name: 'name', type: 'string', default: '', routing: { send: { type: 'body', property: 'add_on.name' } } },
			],
		},
	],
});
