import { simplifySwitch } from '../../../shared/output';
import { defineOperation } from '../../../shared/operation';
import { wholeNumber, currency, dateTime, decimalText } from '../../../shared/validation';
import { WALLET_FIELDS, billingCustomer, recordOutput, sendPairs } from '../../billingFields';
import { inside } from '../../validation';
import { credits, recurringRule, sendRecurringRule, walletDetails } from './fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a wallet',
	description: 'Give a customer a prepaid-credit wallet, optionally with paid or free credits and a recurring top-up',
	operationId: 'createWallet',
	method: 'POST',
	path: '/wallets',
	checks: [
		inside(
			'wallet',
			currency('Currency', 'currency'),
			decimalText('Rate Amount', 'rate_amount'),
			decimalText('Paid Credits', 'paid_credits'),
			decimalText('Granted Credits', 'granted_credits'),
			dateTime('Expiration At', 'expiration_at'),
			wholeNumber('Paid Top-Up Minimum (Cents)', 'paid_top_up_min_amount_cents', { min: 0 }),
			wholeNumber('Paid Top-Up Maximum (Cents)', 'paid_top_up_max_amount_cents', { min: 0 }),
		),
	],
	preSend: [sendPairs('Metadata', 'additionalFields.metadata', 'wallet.metadata', 'object'), sendRecurringRule('recurringTopUp')],
	postReceive: recordOutput('wallet', WALLET_FIELDS),
	fields: [
		billingCustomer('wallet.external_customer_id', 'The customer who owns the wallet, by the external ID your application gave it'),
		{
			displayName: 'Currency',
			name: 'currency',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'USD',
			description: "Three-letter ISO 4217 code; must be the customer's currency",
			routing: { send: { type: 'body', property: 'wallet.currency' } },
		},
		{
			displayName: 'Rate Amount',
			name: 'rateAmount',
			type: 'string',
			required: true,
			default: '1',
			description: 'What one credit is worth in the currency: 1 means 1 credit = 1.00 USD',
			routing: { send: { type: 'body', property: 'wallet.rate_amount' } },
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				...walletDetails,
				{
					displayName: 'Billing Entity Code',
					name: 'billingEntityCode',
					type: 'string',
					default: '',
					description: "The billing entity invoicing top-ups; the customer's when empty",
					routing: { send: { type: 'body', property: 'wallet.billing_entity_code' } },
				},
				credits('Granted Credits', 'grantedCredits', 'wallet.granted_credits', 'Free credits given when the wallet is created'),
				{
					displayName: 'Ignore Paid Top-Up Limits on Creation',
					name: 'ignorePaidTopUpLimitsOnCreation',
					type: 'boolean',
					default: false,
					description: 'Whether the initial paid credits may fall outside the paid top-up minimum and maximum',
					routing: { send: { type: 'body', property: 'wallet.ignore_paid_top_up_limits_on_creation' } },
				},
				credits('Paid Credits', 'paidCredits', 'wallet.paid_credits', 'Credits bought (and invoiced) when the wallet is created'),
				{
					displayName: 'Paid Top-Up Maximum (Cents)',
					name: 'paidTopUpMaxAmountCents',
					type: 'number',
					typeOptions: { minValue: 0 },
					default: 0,
					description: 'Largest paid top-up allowed, in cents',
					routing: { send: { type: 'body', property: 'wallet.paid_top_up_max_amount_cents' } },
				},
				{
					displayName: 'Paid Top-Up Minimum (Cents)',
					name: 'paidTopUpMinAmountCents',
					type: 'number',
					typeOptions: { minValue: 0 },
					default: 0,
					description: 'Smallest paid top-up allowed, in cents',
					routing: { send: { type: 'body', property: 'wallet.paid_top_up_min_amount_cents' } },
				},
				{
					displayName: 'Transaction Name',
					name: 'transactionName',
					type: 'string',
					default: '',
					description: 'The label of the initial top-up on its invoice',
					routing: { send: { type: 'body', property: 'wallet.transaction_name' } },
				},
			],
		},
		recurringRule,
		simplifySwitch('wallet'),
	],
});
