import { defineOperation } from '../../../shared/operation';
import { ensureObject, recordOutput } from '../../billingFields';
import { ALERTS, alertCode, alertCustomer, sendThresholds, thresholds, walletCode } from './alertFields';

export const updateAlert = defineOperation({
	name: 'Update Alert',
	value: 'updateAlert',
	action: 'Update a wallet balance alert',
	description: 'Rename an alert or replace its thresholds',
	operationId: 'updateCustomerWalletAlert',
	method: 'PUT',
	path: `${ALERTS}/{alertCode}`,
	preSend: [sendThresholds(false), ensureObject('alert')],
	postReceive: recordOutput('alert'),
	fields: [
		alertCustomer,
		walletCode,
		alertCode,
		{ ...thresholds, description: 'The new thresholds; the current ones are kept when empty' },
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{ displayName: 'Code', name: 'code', type: 'string', default: '', description: 'A new code for the alert', routing: { send: { type: 'body', property: 'alert.code' } } },
				{ displayName: 'Name', name: 'name', type: 'string', default: '', routing: { send: { type: 'body', property: 'alert.name' } } },
			],
		},
	],
});
