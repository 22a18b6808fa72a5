import { defineOperation } from '../../../shared/operation';
import { recordOutput } from '../../billingFields';
import { ALERTS, alertCustomer, alertTypes, sendThresholds, thresholds, walletCode } from './alertFields';
import { group, text } from '../../../shared/fields';
import { toBody } from '../../fields';

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
			routing: toBody('alert.alert_type'),
		},
		text('code', 'Code', 'Unique code of the alert within the wallet', toBody('alert.code'), { required: true, placeholder: 'low_balance' }),
		thresholds,
		group('additionalFields', [text('name', 'Name', undefined, toBody('alert.name'))]),
	],
});
