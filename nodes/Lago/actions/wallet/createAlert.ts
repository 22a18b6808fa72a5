import { defineOperation } from '../../../shared/operation';
import { recordOutput } from '../../billingFields';
import { ALERTS, alertCustomer, alertTypes, sendThresholds, thresholds, walletCode } from './alertFields';

export const createAlert = defineOperation({
	name: 'Create Alert',
	value: 'createAlert',
	action: 'Create a wallet balance alert',
	description: "Have Lago send a webhook when the wallet's balance crosses thresholds, to top it up or warn the customer",
	operationId: 'createCustomerWalletAlert',
	method: 'POST',
	path: ALERTS,
	preSend: [sendThresholds(true)],
	postReceive: recordOutput('alert'),
	fields: [
		alertCustomer,
		walletCode,
		{
			displayName: 'Alert Type',
			name: 'alertType',
			type: 'options',
			required: true,
			default: 'wallet_credits_balance',
			options: alertTypes,
			routing: { send: { type: 'body', property: 'alert.alert_type' } },
		},
		{
			displayName: 'Code',
			name: 'code',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'low_balance',
			description: 'Unique code of the alert within the wallet',
			routing: { send: { type: 'body', property: 'alert.code' } },
		},
		thresholds,
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [{ displayName: 'Name', name: 'name', type: 'string', default: '', routing: { send: { type: 'body', property: 'alert.name' } } }],
		},
	],
});
