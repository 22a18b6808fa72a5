import { defineOperation } from '../../../shared/operation';
import { recordOutput } from '../../billingFields';
import { ALERTS, alertCode, alertCustomer, walletCode } from './alertFields';

export const getAlert = defineOperation({
	name: 'Get Alert',
	value: 'getAlert',
	action: 'Get a wallet balance alert',
	operationId: 'getCustomerWalletAlert',
	method: 'GET',
	path: `${ALERTS}/{alertCode}`,
	fields: [alertCustomer, walletCode, alertCode],
	postReceive: recordOutput('alert'),
});
