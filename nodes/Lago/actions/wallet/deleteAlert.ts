import { defineOperation } from '../../../shared/operation';
import { ALERTS, alertCode, alertCustomer, walletCode } from './alertFields';

export const deleteAlert = defineOperation({
	name: 'Delete Alert',
	value: 'deleteAlert',
	action: 'Delete a wallet balance alert',
	operationId: 'deleteCustomerWalletAlert',
	method: 'DELETE',
	path: `${ALERTS}/{alertCode}`,
	fields: [alertCustomer, walletCode, alertCode],
});
