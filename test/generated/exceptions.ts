import type { OperationUnderTest } from './services';

/**
 * The entry of `table` for an operation: keyed `<Service>:<operationId>`, or `<Service>:<resource>.<operation>` where
 * two operations share an operationId (Lago's payment receipt Get and Download PDF both read findPaymentReceipt).
 */
export function entryFor<T>(table: Record<string, T>, { service, resource, operation }: OperationUnderTest): T | undefined {
	return table[`${service.service}:${resource.value}.${operation.value}`] ?? table[`${service.service}:${operation.operationId}`];
}

/** The keys an operation can be listed under. */
export const keysOf = ({ service, resource, operation }: OperationUnderTest) => [
	`${service.service}:${resource.value}.${operation.value}`,
	`${service.service}:${operation.operationId}`,
];

/**
 * Operations whose output is not "the documented answer, shaped the usual way" (root property unwrapped, one item
 * per array element, `{ deleted: true, id }` for deletes). For these the generated contract test still checks the
 * request and that the node accepts the documented answer, but not the output: a hand-written test does. Keyed by
 * `<Service>:<operationId>`; each entry says why and where the output is tested. Keep it short: the test fails
 * when a listed operation outputs the usual shape after all, so stale entries cannot stay.
 */
export const outputExceptions: Record<string, string> = {
	'Lago:deleteFeaturePrivilege': 'outputs the feature Lago answers after removing the privilege; test/lago/featureActions.test.ts.',
	'Lago:deleteAllCustomerWalletAlerts': 'removes every alert of the wallet, not one record: outputs { success: true, walletCode }; test/lago/wallet.test.ts.',
};

/**
 * Operations the generator cannot run from the documented request and answer alone (special output shapes, several
 * requests, validation a documented example does not meet). The generated test checks instead that the named
 * hand-written test exists and exercises the operation; the reason says what the generator would need to learn.
 * Value: [reason, hand-written test file].
 */
export const runExceptions: Record<string, [reason: string, test: string]> = {
	'Dub:createCustomerDeprecated': ['deprecated POST /customers: the supplement (the route is missing from the Dub document) documents no answer body to check the output against', 'test/dub/customer.test.ts'],
	'Dub:getLinksCount': ['outputs one item per group (groupBy), not the documented number', 'test/dub/linkExtras.test.ts'],
	'Dub:bulkDeleteLinks': ['batch runner: gathers the items into one request and outputs one item per link', 'test/dub/bulkLinks.test.ts'],
	'Dub:bulkUpdateLinks': ['batch runner: matches the answered links to the ids asked for', 'test/dub/bulkLinks.test.ts'],
	'Dub:getQRCode': ['binary answer (request encoding arraybuffer): outputs a PNG as n8n binary data', 'test/dub/qrCode.test.ts'],
	'Dub:createWebhook': ['the supplement (the route is missing from the Dub document) documents no answer body to check the output against', 'test/dub/webhook.test.ts'],
	'Dub:getWebhook': ['the supplement (the route is missing from the Dub document) documents no answer body to check the output against', 'test/dub/webhook.test.ts'],
	'Dub:listWebhooks': ['the supplement (the route is missing from the Dub document) documents no answer body to check the output against', 'test/dub/webhook.test.ts'],
	'Dub:updateWebhook': ['the supplement (the route is missing from the Dub document) documents no answer body to check the output against', 'test/dub/webhook.test.ts'],
	'Lago:downloadInvoice': ['PDF download: asks Lago for the file, waits while it is generated, then fetches it from file_url as binary data', 'test/lago/invoiceActions.test.ts'],
	'Lago:downloadCreditNote': ['PDF download: asks Lago for the file, waits while it is generated, then fetches it from file_url as binary data', 'test/lago/creditNote.test.ts'],
	'Lago:paymentReceipt.downloadPdf': ['PDF download: reads the receipt until Lago gives its file_url, then fetches the file as binary data', 'test/lago/payment.test.ts'],
	'Notihub:updateContact': ['keepCurrentValues runner: reads the customer first and needs the contact among its contacts', 'test/notihub/contact.test.ts'],
};
