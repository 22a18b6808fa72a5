import { defineOperation } from '../../../shared/operation';
import { wholeNumber, currency } from '../../../shared/validation';
import { addOnLocator, ensureObject, recordOutput } from '../../billingFields';
import { inside } from '../../validation';
import { addOnOptions, amountCents, amountCurrency } from './fields';
import { group, text } from '../../../shared/fields';
import { toBody } from '../../fields';

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
		group('updateFields', [
			amountCents(false),
			text('code', 'Code', 'A new code for the add-on', toBody('add_on.code')),
			amountCurrency(false),
			...addOnOptions,
			text('name', 'Name', undefined, toBody('add_on.name')),
		]),
	],
});
