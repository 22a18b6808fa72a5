import { defineOperation } from '../../../shared/operation';
import { recordOutput } from '../../billingFields';
import { walletTransactionId } from './fields';

export const paymentUrl = defineOperation({
	name: 'Get Payment URL',
	value: 'paymentUrl',
	action: 'Get a payment link for a wallet top-up',
	description: "A checkout link of the customer's payment provider for a pending paid top-up",
	operationId: 'walletTransactionPaymentUrl',
	method: 'POST',
	path: '/wallet_transactions/{walletTransactionId}/payment_url',
	fields: [walletTransactionId],
	postReceive: recordOutput('wallet_transaction_payment_details'),
});
