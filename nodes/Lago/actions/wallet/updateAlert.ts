import { defineOperation } from '../../../shared/operation';
import { ensureObject, recordOutput } from '../../billingFields';
import { ALERTS, alertCode, alertCustomer, sendThresholds, thresholds, walletCode } from './alertFields';
import { group, text } from '../../../shared/fields';
import { toBody } from '../../fields';

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
		group('updateFields', [
			text('code', 'Code', 'A new code for the alert', toBody('alert.code')),
			text('name', 'Name', undefined, toBody('alert.name')),
		]),
	],
});
