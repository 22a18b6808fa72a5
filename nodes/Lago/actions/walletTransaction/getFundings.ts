import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';
import { walletTransactionId } from './fields';

export const getFundings = defineOperation({
	name: 'Get Fundings',
	value: 'getFundings',
	action: 'Get the fundings of a wallet transaction',
	description: 'For an outbound transaction: the inbound transactions (top-ups) whose credits it consumed',
	operationId: 'findAllWalletTransactionFundings',
	method: 'GET',
	path: '/wallet_transactions/{walletTransactionId}/fundings',
	walk: lagoPages('wallet_transaction_fundings'),
	fields: [{ ...walletTransactionId, description: 'The Lago ID of an outbound wallet transaction' }],
});
