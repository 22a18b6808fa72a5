import { defineOperation } from '../../../shared/operation';
import { unwrap } from '../../client';
import { ALERTS, alertCustomer, walletCode } from './alertFields';

export const getAlerts = defineOperation({
	name: 'Get Many Alerts',
	value: 'getAlerts',
	action: 'Get the balance alerts of a wallet',
	operationId: 'getCustomerWalletAlerts',
	method: 'GET',
	path: ALERTS,
	fields: [alertCustomer, walletCode],
	postReceive: unwrap('alerts'),
});
