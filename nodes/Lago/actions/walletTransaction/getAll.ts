import { defineOperation } from '../../../shared/operation';
import { walletLocator } from '../../billingFields';
import { lagoPages } from '../../client';
import { group, options } from '../../../shared/fields';
import { toQuery } from '../../fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many transactions of a wallet',
	description: 'Top-ups, granted credits, consumption and voided credits of a wallet, newest first',
	operationId: 'findAllWalletTransactions',
	method: 'GET',
	path: '/wallets/{walletId}/wallet_transactions',
	walk: lagoPages('wallet_transactions'),
	fields: [
		walletLocator,
		group('filters', [
			options('status', 'Status', undefined, [['Failed', 'failed'], ['Pending', 'pending'], ['Settled', 'settled']], 'settled', 'query'),
			options('transactionStatus', 'Transaction Status', undefined, [
				['Granted', 'granted', 'Free credits'],
				['Invoiced', 'invoiced', 'Credits consumed by invoices'],
				['Purchased', 'purchased', 'Paid credits'],
				['Voided', 'voided', 'Credits removed'],
			], 'purchased', toQuery('transaction_status')),
			options('transactionType', 'Transaction Type', undefined, [
				['Inbound', 'inbound', 'Credits added to the wallet'],
				['Outbound', 'outbound', 'Credits taken from the wallet'],
			], 'inbound', toQuery('transaction_type')),
		]),
	],
});
