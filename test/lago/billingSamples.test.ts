import type { ContractServer } from '../contract/server';
import { sample, startBillingServer } from './billingSamples';

let server: ContractServer;
beforeAll(async () => (server = await startBillingServer()));
afterAll(async () => await server.close());
beforeEach(() => server.reset());

it.each([
	['findInvoice', 'Invoice'],
	['findCreditNote', 'CreditNoteExtended'],
	['findWallet', 'Wallet'],
	['findCoupon', 'Coupon'],
	['findAddOn', 'AddOn'],
	['findFee', 'Fee'],
	['findPayment', 'PaymentObject'],
	['findPaymentRequest', 'PaymentRequestObject'],
	['findPaymentReceipt', 'PaymentReceipt'],
	['findWalletTransaction', 'WalletTransactionObject'],
	['createWalletTransaction', 'WalletTransactions'],
	['invoicePaymentUrl', 'InvoicePaymentUrl'],
	['estimateCreditNote', 'CreditNoteEstimated'],
	['walletTransactionPaymentUrl', 'WalletTransactionPaymentUrl'],
])('the sample answer to %s fits the contract', (operationId, schema) => {
	(server as any).checkResponse(operationId, { body: sample(schema) });
	expect(server.violations).toEqual([]);
});
