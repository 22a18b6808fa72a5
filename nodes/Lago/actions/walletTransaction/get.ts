import { defineOperation } from '../../../shared/operation';
import { recordOutput } from '../../billingFields';
import { walletTransactionId } from './fields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a wallet transaction',
	operationId: 'findWalletTransaction',
	method: 'GET',
	path: '/wallet_transactions/{walletTransactionId}',
	fields: [walletTransactionId],
	postReceive: recordOutput('wallet_transaction'),
});
