import { defineOperation } from '../../../shared/operation';
import { walletLocator } from '../../billingFields';
import { decimalText } from '../../../shared/validation';
import { inside } from '../../validation';
import { unwrap } from '../../client';
import { invalidField, type RequestCheck } from '../../../shared/validation';
import { credits } from './fields';
import { boolean, group, text } from '../../../shared/fields';
import { toBody } from '../../fields';

/** A top-up adds something: paid, granted or voided credits. */
const someCredits: RequestCheck = function (request) {
	const body = (request.body as { wallet_transaction?: Record<string, unknown> }).wallet_transaction ?? {};
	if (!['paid_credits', 'granted_credits', 'voided_credits'].some((key) => String(body[key] ?? '').trim() !== '')) {
		throw invalidField(this, 'Paid Credits', 'or Granted Credits is required', 'A top-up adds paid (invoiced) credits, free granted credits, or both.');
	}
};

export const topUp = defineOperation({
	name: 'Top Up',
	value: 'topUp',
	action: 'Add credits to a wallet',
	description: 'Add paid (invoiced) or free granted credits to a wallet, or void credits; one item per wallet transaction created',
	operationId: 'createWalletTransaction',
	method: 'POST',
	path: '/wallet_transactions',
	checks: [
		inside('wallet_transaction', decimalText('Paid Credits', 'paid_credits'), decimalText('Granted Credits', 'granted_credits'), decimalText('Voided Credits', 'voided_credits')),
		someCredits,
	],
	postReceive: unwrap('wallet_transactions'),
	fields: [
		{ ...walletLocator, description: 'The wallet to top up', routing: toBody('wallet_transaction.wallet_id') },
		credits('Paid Credits', 'paidCredits', 'wallet_transaction.paid_credits', 'Credits the customer buys: Lago invoices them'),
		credits('Granted Credits', 'grantedCredits', 'wallet_transaction.granted_credits', 'Free credits, not invoiced'),
		group('additionalFields', [
			boolean('ignorePaidTopUpLimits', 'Ignore Paid Top-Up Limits', "Whether the paid credits may fall outside the wallet's paid top-up minimum and maximum", toBody('wallet_transaction.ignore_paid_top_up_limits')),
			boolean('invoiceRequiresSuccessfulPayment', 'Invoice Requires Successful Payment', 'Whether the credits are added only once the invoice is paid', toBody('wallet_transaction.invoice_requires_successful_payment')),
			text('name', 'Name', 'The label of the top-up on its invoice', toBody('wallet_transaction.name')),
			text('purchaseOrderNumber', 'Purchase Order Number', undefined, toBody('wallet_transaction.purchase_order_number')),
			credits('Voided Credits', 'voidedCredits', 'wallet_transaction.voided_credits', 'Credits to remove from the wallet'),
		]),
	],
});
