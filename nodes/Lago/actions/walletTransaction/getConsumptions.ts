import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';
import { walletTransactionId } from './fields';

export const getConsumptions = defineOperation({
	name: 'Get Consumptions',
	value: 'getConsumptions',
	action: 'Get the consumptions of a wallet transaction',
	description: 'For an inbound transaction (a top-up): the outbound transactions that consumed its credits',
	operationId: 'findAllWalletTransactionConsumptions',
	method: 'GET',
	path: '/wallet_transactions/{walletTransactionId}/consumptions',
	walk: lagoPages('wallet_transaction_consumptions'),
	fields: [{ ...walletTransactionId, description: 'The Lago ID of an inbound wallet transaction (a top-up)' }],
});
