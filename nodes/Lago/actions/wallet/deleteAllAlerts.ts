import { defineOperation } from '../../../shared/operation';
import { acknowledged } from '../../../shared/output';
import { ALERTS, alertCustomer, walletCode } from './alertFields';

export const deleteAllAlerts = defineOperation({
	name: 'Delete All Alerts',
	value: 'deleteAllAlerts',
	action: 'Delete all balance alerts of a wallet',
	operationId: 'deleteAllCustomerWalletAlerts',
	method: 'DELETE',
	path: ALERTS,
	fields: [alertCustomer, walletCode],
	postReceive: [acknowledged('walletCode', 'walletCode')],
});
