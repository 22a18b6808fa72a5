import type { ContractServer } from '../contract/server';
import { sample, startBillingServer } from './billingSamples';
import { byExternalId, lagoRunner, meta, pick } from './lagoServer';

const WALLET_ID = '1a901a90-1a90-1a90-1a90-1a901a901a90';
const wallet = () => sample('Wallet').wallet as Record<string, any>;
const byId = (value = WALLET_ID) => ({ __rl: true, mode: 'id', value });
const SIMPLE_KEYS = [
	'lago_id',
	'external_customer_id',
	'code',
	'name',
	'status',
	'currency',
	'rate_amount',
	'credits_balance',
	'balance_cents',
	'consumed_credits',
	'credits_ongoing_balance',
	'ongoing_balance_cents',
	'priority',
	'expiration_at',
	'recurring_transaction_rules',
	'created_at',
	'terminated_at',
];
const simplified = (record: Record<string, any>) => pick(record, SIMPLE_KEYS);

let server: ContractServer;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startBillingServer();
	run = lagoRunner(server, 'wallet');
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

describe('Lago › Wallet', () => {
	it('creates a wallet with paid and granted credits and a threshold top-up rule', async () => {
		server.on('createWallet', { body: { wallet: wallet() } });
		const result = await run({
			operation: 'create',
			customer: byExternalId('cust_1'),
			currency: 'usd',
			rateAmount: '1.5',
			additionalFields: {
				name: 'Prepaid',
				code: 'prepaid',
				paidCredits: '20',
				grantedCredits: '10.0',
				expirationAt: '2027-01-01T00:00:00',
				feeTypes: ['charge'],
				metadata: { pair: [{ key: 'source', value: 'n8n' }] },
			},
			recurringTopUp: { rule: { trigger: 'threshold', thresholdCredits: '5', method: 'fixed', paidCredits: '50' } },
		});
		expect(result.error).toBeUndefined();
		expect(server.calls('createWallet')[0].body).toEqual({
			wallet: {
				external_customer_id: 'cust_1',
				currency: 'USD',
				rate_amount: '1.5',
				name: 'Prepaid',
				code: 'prepaid',
				paid_credits: '20',
				granted_credits: '10.0',
				expiration_at: '2027-01-01T00:00:00.000Z',
				applies_to: { fee_types: ['charge'] },
				metadata: { source: 'n8n' },
				recurring_transaction_rules: [{ trigger: 'threshold', method: 'fixed', threshold_credits: '5', paid_credits: '50', invoice_requires_successful_payment: false }],
			},
		});
		expect(result.items).toEqual([simplified(wallet())]);
	});

	it('sends a monthly target top-up rule on update, and the raw record with Simplify off', async () => {
		server.on('updateWallet', { body: { wallet: wallet() } });
		const result = await run({
			operation: 'update',
			walletId: byId(),
			updateFields: { priority: 2 },
			recurringTopUp: { rule: { trigger: 'interval', interval: 'monthly', method: 'target', targetOngoingBalance: '200', grantsTargetTopUp: true, startedAt: '2026-08-01T00:00:00Z' } },
			simplify: false,
		});
		expect(server.calls('updateWallet')[0].body).toEqual({
			wallet: {
				priority: 2,
				recurring_transaction_rules: [
					{ trigger: 'interval', interval: 'monthly', method: 'target', target_ongoing_balance: '200', grants_target_top_up: true, started_at: '2026-08-01T00:00:00.000Z', invoice_requires_successful_payment: false },
				],
			},
		});
		expect(result.items).toEqual([wallet()]);
	});

	it('refuses a threshold rule without a threshold before sending', async () => {
		const result = await run({ operation: 'update', walletId: byId(), recurringTopUp: { rule: { trigger: 'threshold', method: 'fixed', paidCredits: '5' } } });
		expect(result.error?.message).toBe('Recurring Top-Up entry 1: Threshold Credits is required for a balance threshold trigger (item 0)');
		expect(server.requests).toEqual([]);
	});

	it.each([
		['get', 'findWallet', 'GET'],
		['terminate', 'destroyWallet', 'DELETE'],
	])('%s sends %s and outputs the simplified wallet', async (operation, operationId, method) => {
		server.on(operationId, { body: { wallet: wallet() } });
		const result = await run({ operation, walletId: byId() });
		expect([server.calls(operationId)[0].method, server.calls(operationId)[0].path]).toEqual([method, `/wallets/${WALLET_ID}`]);
		expect(result.items).toEqual([simplified(wallet())]);
	});

	it("gets many of a customer's wallets, simplified, across pages", async () => {
		const records = [1, 2, 3].map((n) => ({ ...wallet(), code: `w${n}` }));
		server.on('findAllWallets', ({ query }) => {
			const page = Number(query.page);
			return { body: { wallets: records.slice((page - 1) * 2, page * 2), meta: meta(page, 2, 3) } };
		});
		const result = await run({ operation: 'getAll', customer: byExternalId('cust_1'), returnAll: true, filters: { currency: 'usd' } });
		expect(result.items).toEqual(records.map(simplified));
		expect(server.calls('findAllWallets').map((c) => c.query)).toEqual([
			{ external_customer_id: 'cust_1', currency: 'USD', page: '1', per_page: '100' },
			{ external_customer_id: 'cust_1', currency: 'USD', page: '2', per_page: '100' },
		]);
	});

	it('tops up with paid and granted credits, one item per transaction', async () => {
		const transactions = sample('WalletTransactions');
		const [one] = transactions.wallet_transactions;
		server.on('createWalletTransaction', { body: { wallet_transactions: [one, { ...one, transaction_status: 'granted' }] } });
		const result = await run({ operation: 'topUp', walletId: byId(), paidCredits: '20', grantedCredits: ' 5 ', additionalFields: { name: 'August top-up' } });
		expect(server.calls('createWalletTransaction')[0].body).toEqual({
			wallet_transaction: { wallet_id: WALLET_ID, paid_credits: '20', granted_credits: '5', name: 'August top-up' },
		});
		expect(result.items).toEqual([one, { ...one, transaction_status: 'granted' }]);
	});

	it('refuses a top-up without credits before sending', async () => {
		const result = await run({ operation: 'topUp', walletId: byId() });
		expect(result.error?.message).toBe('Paid Credits or Granted Credits is required (item 0)');
		expect(server.requests).toEqual([]);
	});

	it.each([
		['replaceMetadata', 'replaceWalletMetadata', 'POST', { metadata: { tier: 'gold' } }],
		['mergeMetadata', 'mergeWalletMetadata', 'PATCH', { metadata: { tier: 'gold' } }],
		['deleteAllMetadata', 'deleteAllWalletMetadata', 'DELETE', undefined],
	])('%s sends %s', async (operation, operationId, method, body) => {
		server.on(operationId, { body: { metadata: { tier: 'gold' } } });
		const result = await run({ operation, walletId: byId(), metadata: { pair: [{ key: 'tier', value: 'gold' }] } });
		const [call] = server.calls(operationId);
		expect([call.method, call.path, call.body]).toEqual([method, `/wallets/${WALLET_ID}/metadata`, body]);
		expect(result.items).toEqual([{ metadata: { tier: 'gold' } }]);
	});

	it('replacing with no pairs clears the metadata', async () => {
		server.on('replaceWalletMetadata', { body: { metadata: {} } });
		await run({ operation: 'replaceMetadata', walletId: byId() });
		expect(server.calls('replaceWalletMetadata')[0].body).toEqual({ metadata: {} });
	});

	it('deletes one metadata key', async () => {
		server.on('deleteWalletMetadataKey', { body: { metadata: {} } });
		await run({ operation: 'deleteMetadataKey', walletId: byId(), metadataKey: 'tier' });
		expect(server.calls('deleteWalletMetadataKey')[0].path).toBe(`/wallets/${WALLET_ID}/metadata/tier`);
	});
});

describe('Lago › Wallet › Alerts', () => {
	const alert = () => sample('WalletAlert').alert as Record<string, any>;
	const wallet = { __rl: true, mode: 'code', value: 'prepaid' };
	const ALERTS = '/customers/cust_1/wallets/prepaid/alerts';

	it('creates a credits balance alert with thresholds', async () => {
		server.on('createCustomerWalletAlert', { body: { alert: alert() } });
		const result = await run({
			operation: 'createAlert',
			customer: byExternalId('cust_1'),
			walletCode: wallet,
			alertType: 'wallet_credits_balance',
			code: 'low_balance',
			thresholds: { threshold: [{ value: '10', recurring: true }, { value: '2.5', code: 'critical' }] },
			additionalFields: { name: 'Low balance' },
		});
		const [call] = server.calls('createCustomerWalletAlert');
		expect([call.path, call.body]).toEqual([
			ALERTS,
			{ alert: { alert_type: 'wallet_credits_balance', code: 'low_balance', name: 'Low balance', thresholds: [{ value: '10', recurring: true }, { value: '2.5', code: 'critical', recurring: false }] } },
		]);
		expect(result.items).toEqual([alert()]);
	});

	it('refuses a threshold that is not a number before sending', async () => {
		const result = await run({ operation: 'createAlert', customer: byExternalId('cust_1'), walletCode: wallet, alertType: 'wallet_credits_balance', code: 'x', thresholds: { threshold: [{ value: 'low' }] } });
		expect(result.error?.message).toBe('Thresholds entry 1: Value must be a number such as 10.0, got "low" (item 0)');
		expect(server.requests).toEqual([]);
	});

	it('gets, lists, updates and deletes alerts', async () => {
		server.on('getCustomerWalletAlert', { body: { alert: alert() } });
		server.on('getCustomerWalletAlerts', { body: { alerts: [alert(), { ...alert(), code: 'other' }], meta: meta(1, 1, 2) } });
		server.on('updateCustomerWalletAlert', { body: { alert: alert() } });
		server.on('deleteCustomerWalletAlert', { body: { alert: alert() } });
		server.on('deleteAllCustomerWalletAlerts', { status: 200 });
		const where = { customer: byExternalId('cust_1'), walletCode: wallet };
		expect((await run({ operation: 'getAlert', ...where, alertCode: 'low_balance' })).items).toEqual([alert()]);
		expect((await run({ operation: 'getAlerts', ...where })).items).toEqual([alert(), { ...alert(), code: 'other' }]);
		await run({ operation: 'updateAlert', ...where, alertCode: 'low_balance', updateFields: { name: 'Renamed' } });
		expect(server.calls('updateCustomerWalletAlert')[0].body).toEqual({ alert: { name: 'Renamed' } });
		expect((await run({ operation: 'deleteAlert', ...where, alertCode: 'low_balance' })).items).toEqual([{ deleted: true, id: 'low_balance' }]);
		expect((await run({ operation: 'deleteAllAlerts', ...where })).items).toEqual([{ success: true, walletCode: 'prepaid' }]);
		expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET ${ALERTS}/low_balance`,
			`GET ${ALERTS}`,
			`PUT ${ALERTS}/low_balance`,
			`DELETE ${ALERTS}/low_balance`,
			`DELETE ${ALERTS}`,
		]);
	});
});

describe('Lago › Wallet › by customer and wallet code', () => {
	const where = { customer: byExternalId('cus 7?a#b'), walletCode: { __rl: true, mode: 'code', value: 'main+1' } };
	const WALLET = '/customers/cus%207%3Fa%23b/wallets/main%2B1';

	it.each([
		['getByCode', 'findCustomerWallet', 'GET', ''],
		['updateByCode', 'updateCustomerWallet', 'PUT', ''],
		['terminateByCode', 'destroyCustomerWallet', 'DELETE', ''],
		['replaceMetadataByCode', 'replaceCustomerWalletMetadata', 'POST', '/metadata'],
		['mergeMetadataByCode', 'mergeCustomerWalletMetadata', 'PATCH', '/metadata'],
		['deleteAllMetadataByCode', 'deleteAllCustomerWalletMetadata', 'DELETE', '/metadata'],
		['deleteMetadataKeyByCode', 'deleteCustomerWalletMetadataKey', 'DELETE', '/metadata/tier%201'],
	])('%s sends %s with the customer external ID and the wallet code encoded as one segment each', async (operation, operationId, method, suffix) => {
		server.on(operationId, { body: suffix ? { metadata: { tier: 'gold' } } : { wallet: wallet() } });
		const result = await run({ operation, ...where, updateFields: { name: 'Main' }, metadata: { pair: [{ key: 'tier', value: 'gold' }] }, metadataKey: 'tier 1' });
		expect(result.error).toBeUndefined();
		const [call] = server.calls(operationId);
		expect([call.method, call.path]).toEqual([method, `${WALLET}${suffix}`]);
		expect(result.items).toEqual([suffix ? { metadata: { tier: 'gold' } } : simplified(wallet())]);
	});

	it.each(['..', '%2e%2E', ' . '])('refuses the wallet code %p before sending', async (code) => {
		const result = await run({ operation: 'terminateByCode', customer: byExternalId('cust_1'), walletCode: { __rl: true, mode: 'code', value: code } });
		expect(result.error?.message).toBe(`Wallet cannot be "${code.trim()}" (item 0)`);
		expect(server.requests).toEqual([]);
	});
});
