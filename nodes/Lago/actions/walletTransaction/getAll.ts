import { defineOperation } from '../../../shared/operation';
import { walletLocator } from '../../billingFields';
import { lagoPages } from '../../client';

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
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					default: 'settled',
					options: [
						{ name: 'Failed', value: 'failed' },
						{ name: 'Pending', value: 'pending' },
						{ name: 'Settled', value: 'settled' },
					],
					routing: { send: { type: 'query', property: 'status' } },
				},
				{
					displayName: 'Transaction Status',
					name: 'transactionStatus',
					type: 'options',
					default: 'purchased',
					options: [
						{ name: 'Granted', value: 'granted', description: 'Free credits' },
						{ name: 'Invoiced', value: 'invoiced', description: 'Credits consumed by invoices' },
						{ name: 'Purchased', value: 'purchased', description: 'Paid credits' },
						{ name: 'Voided', value: 'voided', description: 'Credits removed' },
					],
					routing: { send: { type: 'query', property: 'transaction_status' } },
				},
				{
					displayName: 'Transaction Type',
					name: 'transactionType',
					type: 'options',
					default: 'inbound',
					options: [
						{ name: 'Inbound', value: 'inbound', description: 'Credits added to the wallet' },
						{ name: 'Outbound', value: 'outbound', description: 'Credits taken from the wallet' },
					],
					routing: { send: { type: 'query', property: 'transaction_type' } },
				},
			],
		},
	],
});
