import { simplifySwitch } from '../../../shared/output';
import { defineOperation } from '../../../shared/operation';
import { wholeNumber, currency, dateTime, decimalText } from '../../../shared/validation';
import { WALLET_FIELDS, billingCustomer, recordOutput, sendPairs } from '../../billingFields';
import { inside } from '../../validation';
import { credits, recurringRule, sendRecurringRule, walletDetails } from './fields';
import { boolean, group, number, text } from '../../../shared/fields';
import { toBody } from '../../fields';

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
		text('currency', 'Currency', "Three-letter ISO 4217 code; must be the customer's currency", toBody('wallet.currency'), { required: true, placeholder: 'USD' }),
		text('rateAmount', 'Rate Amount', 'What one credit is worth in the currency: 1 means 1 credit = 1.00 USD', toBody('wallet.rate_amount'), { default: '1', required: true }),
		group('additionalFields', [
			...walletDetails,
			text('billingEntityCode', 'Billing Entity Code', "The billing entity invoicing top-ups; the customer's when empty", toBody('wallet.billing_entity_code')),
			credits('Granted Credits', 'grantedCredits', 'wallet.granted_credits', 'Free credits given when the wallet is created'),
			boolean('ignorePaidTopUpLimitsOnCreation', 'Ignore Paid Top-Up Limits on Creation', 'Whether the initial paid credits may fall outside the paid top-up minimum and maximum', toBody('wallet.ignore_paid_top_up_limits_on_creation')),
			credits('Paid Credits', 'paidCredits', 'wallet.paid_credits', 'Credits bought (and invoiced) when the wallet is created'),
			number('paidTopUpMaxAmountCents', 'Paid Top-Up Maximum (Cents)', 'Largest paid top-up allowed, in cents', toBody('wallet.paid_top_up_max_amount_cents'), { typeOptions: { minValue: 0 } }),
			number('paidTopUpMinAmountCents', 'Paid Top-Up Minimum (Cents)', 'Smallest paid top-up allowed, in cents', toBody('wallet.paid_top_up_min_amount_cents'), { typeOptions: { minValue: 0 } }),
			text('transactionName', 'Transaction Name', 'The label of the initial top-up on its invoice', toBody('wallet.transaction_name')),
		]),
		recurringRule,
		simplifySwitch('wallet'),
	],
});
