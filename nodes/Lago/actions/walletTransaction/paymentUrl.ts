import { defineOperation } from '../../../shared/operation';
import { recordOutput } from '../../billingFields';
import { walletTransactionId } from './fields';

export const paymentUrl = defineOperation({
	name: 'Get Payment URL',
	value: 'paymentUrl',
	action: 'Get the payment URL of a wallet transaction',
	description: "A checkout link of the customer's payment provider for a pending paid top-up",
	operationId: 'walletTransactionPaymentUrl',
	method: 'POST',
	path: '/wallet_transactions/{walletTransactionId}/payment_url',
	fields: [walletTransactionId],
	postReceive: recordOutput('wallet_transaction_payment_details'),
});
