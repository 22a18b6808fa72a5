import type { ContractServer } from '../contract/server';
import { sample, startBillingServer } from './billingSamples';
import { lagoRunner, meta } from './lagoServer';

const WALLET_ID = '1a901a90-1a90-1a90-1a90-1a901a901a90';
const TX_ID = '1a901a90-1a90-1a90-1a90-1a901a901a95';
const transaction = () => sample('WalletTransactionObject') as Record<string, any>;

let server: ContractServer;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startBillingServer();
	run = lagoRunner(server, 'walletTransaction');
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

describe('Lago › Wallet Transaction', () => {
	it('gets many transactions of a wallet with filters, across pages', async () => {
		const records = [1, 2, 3].map((n) => ({ ...transaction(), name: `t${n}` }));
		server.on('findAllWalletTransactions', ({ query }) => {
			const page = Number(query.page);
			return { body: { wallet_transactions: records.slice((page - 1) * 2, page * 2), meta: meta(page, 2, 3) } };
		});
		const result = await run({
			operation: 'getAll',
			walletId: { __rl: true, mode: 'list', value: WALLET_ID },
			returnAll: true,
			filters: { status: 'settled', transactionType: 'inbound', transactionStatus: 'purchased' },
		});
		expect(result.items).toEqual(records);
		const [first] = server.calls('findAllWalletTransactions');
		expect(first.path).toBe(`/wallets/${WALLET_ID}/wallet_transactions`);
		expect(first.query).toEqual({ status: 'settled', transaction_type: 'inbound', transaction_status: 'purchased', page: '1', per_page: '100' });
	});

	it('gets one transaction, wrapped or not', async () => {
		server.on('findWalletTransaction', { body: transaction() });
		const result = await run({ operation: 'get', walletTransactionId: TX_ID });
		expect(server.calls('findWalletTransaction')[0].path).toBe(`/wallet_transactions/${TX_ID}`);
		expect(result.items).toEqual([transaction()]);
	});

	it('refuses an empty transaction ID before sending', async () => {
		const result = await run({ operation: 'get', walletTransactionId: '  ' });
		expect(result.error?.message).toBe('Wallet Transaction ID is required (item 0)');
		expect(server.requests).toEqual([]);
	});

	it.each([
		['getConsumptions', 'findAllWalletTransactionConsumptions', 'consumptions', 'wallet_transaction_consumptions', 'WalletTransactionConsumptionObject'],
		['getFundings', 'findAllWalletTransactionFundings', 'fundings', 'wallet_transaction_fundings', 'WalletTransactionFundingObject'],
	])('%s lists %s with a limit', async (operation, operationId, segment, root, schema) => {
		const records = [1, 2, 3].map((n) => ({ ...sample(schema), amount_cents: n }));
		server.on(operationId, { body: { [root]: records.slice(0, 2), meta: meta(1, 2, 3) } });
		const result = await run({ operation, walletTransactionId: TX_ID, limit: 2 });
		expect(result.items).toEqual(records.slice(0, 2));
		expect(server.calls(operationId).map((c) => [c.path, c.query.per_page])).toEqual([[`/wallet_transactions/${TX_ID}/${segment}`, '2']]);
	});

	it('gets a payment URL for a top-up', async () => {
		const details = sample('WalletTransactionPaymentUrl');
		server.on('walletTransactionPaymentUrl', { body: details });
		const result = await run({ operation: 'paymentUrl', walletTransactionId: TX_ID });
		expect(result.items).toEqual([details.wallet_transaction_payment_details]);
	});
});
