import { runNode } from '../engine';
import { runListSearch } from '../engine/listSearch';
import type { ContractServer } from '../contract/server';
import { dubCredentials, startDubServer } from './dubServer';

let server: ContractServer;
beforeAll(async () => {
	server = await startDubServer();
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const run = (parameters: Record<string, unknown>, extra: { input?: Record<string, unknown>[]; continueOnFail?: boolean } = {}) =>
	runNode({ type: 'dub', parameters, credentials: dubCredentials(server), ...extra });
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

const commission = (n: number, extra: Record<string, unknown> = {}) => ({
	id: `cm_${n}`,
	type: 'sale',
	amount: 10000,
	earnings: 1000,
	currency: 'usd',
	status: 'pending',
	partner: { id: 'pn_1', name: 'Jane' },
	createdAt: '2026-01-01T00:00:00.000Z',
	...extra,
});

describe('Dub › Commission', () => {
	it('creates a custom commission for a partner, in cents', async () => {
		server.on('createCommission', ({ body }) => ({ body: commission(1, { ...body }) }));
		const result = await run({
			resource: 'commission',
			operation: 'create',
			partnerId: byId('pn_123'),
			type: 'custom',
			amount: 5000,
			additionalFields: { description: 'Launch bonus' },
		});
		expect(result.error).toBeUndefined();
		expect(server.calls('createCommission')[0].body).toEqual({ partnerId: 'pn_123', type: 'custom', amount: 5000, description: 'Launch bonus' });
	});

	it('refuses an amount with cents after the point before sending', async () => {
		const result = await run({ resource: 'commission', operation: 'create', partnerId: byId('pn_123'), type: 'custom', amount: 19.99 });
		expect(result.error?.message).toBe('Amount must be a whole number, got 19.99 (item 0)');
		expect(server.requests).toHaveLength(0);
	});

	it('lists commissions with filters, page by page', async () => {
		server.on('listCommissions', ({ query }) => ({
			body: Array.from({ length: query.page === '1' ? 100 : 20 }, (_, i) => commission(Number(query.page) * 1000 + i)),
		}));
		const result = await run({
			resource: 'commission',
			operation: 'getAll',
			returnAll: true,
			filters: { status: 'pending', partnerId: 'pn_1', sortBy: 'amount', start: '2026-01-01T00:00:00Z' },
		});
		expect(result.items).toHaveLength(120);
		expect(server.calls('listCommissions').map((r) => r.query)).toEqual([
			{ status: 'pending', partnerId: 'pn_1', sortBy: 'amount', start: '2026-01-01T00:00:00Z', page: '1', pageSize: '100' },
			{ status: 'pending', partnerId: 'pn_1', sortBy: 'amount', start: '2026-01-01T00:00:00Z', page: '2', pageSize: '100' },
		]);
	});

	it("updates a commission's status", async () => {
		server.on('updateCommission', ({ params, body }) => ({ body: commission(7, { id: params.id, ...body }) }));
		const result = await run({
			resource: 'commission',
			operation: 'update',
			commissionId: byId('cm_7'),
			updateFields: { status: 'refunded' },
		});
		expect(server.calls('updateCommission')[0]).toMatchObject({ path: '/commissions/cm_7', body: { status: 'refunded' } });
		expect(result.items[0]).toMatchObject({ id: 'cm_7', status: 'refunded' });
	});

	it('bulk-updates commissions, one item per commission, and refuses more than 100', async () => {
		server.on('bulkUpdateCommissions', ({ body }) => ({
			body: (body.commissionIds as string[]).map((id) => ({ id, status: body.status })),
		}));
		const result = await run({ resource: 'commission', operation: 'bulkUpdate', commissionIds: 'cm_1, cm_2,cm_3', status: 'canceled' });
		expect(server.calls('bulkUpdateCommissions')[0].body).toEqual({ commissionIds: ['cm_1', 'cm_2', 'cm_3'], status: 'canceled' });
		expect(result.items).toEqual([
			{ id: 'cm_1', status: 'canceled' },
			{ id: 'cm_2', status: 'canceled' },
			{ id: 'cm_3', status: 'canceled' },
		]);
		const tooMany = await run({
			resource: 'commission',
			operation: 'bulkUpdate',
			commissionIds: Array.from({ length: 101 }, (_, i) => `cm_${i}`).join(','),
			status: 'canceled',
		});
		expect(tooMany.error?.message).toBe('Commission IDs can hold at most 100 IDs, got 101 (item 0)');
		expect(server.calls('bulkUpdateCommissions')).toHaveLength(1);
	});

	it('searches commissions for the From List mode', async () => {
		server.on('listCommissions', { body: [commission(1)] });
		const found = await runListSearch({ type: 'dub', method: 'searchCommissions', credentials: dubCredentials(server) });
		expect(found.results).toEqual([{ name: 'cm_1 · Jane 10.00 USD', value: 'cm_1' }]);
	});
});

describe('Dub › Payout', () => {
	it('lists payouts with filters', async () => {
		server.on('listPayouts', { body: [{ id: 'po_1', amount: 5000, status: 'pending' }] });
		const result = await run({ resource: 'payout', operation: 'getAll', returnAll: false, limit: 20, filters: { status: 'pending', sortBy: 'paidAt', sortOrder: 'asc' } });
		expect(result.items).toEqual([{ id: 'po_1', amount: 5000, status: 'pending' }]);
		expect(server.calls('listPayouts')[0].query).toEqual({ status: 'pending', sortBy: 'paidAt', sortOrder: 'asc', page: '1', pageSize: '20' });
	});
});

describe('Dub › Bounty Submission', () => {
	const submission = { id: 'sub_1', bountyId: 'bnty_1', partnerId: 'pn_1', status: 'submitted' };

	it('lists, approves and rejects submissions of a bounty', async () => {
		server.on('listBountySubmissions', { body: [submission] });
		server.on('approveBountySubmission', ({ body }) => ({ body: { ...submission, status: 'approved', ...body } }));
		server.on('rejectBountySubmission', { body: { ...submission, status: 'rejected' } });

		const listed = await run({ resource: 'bountySubmission', operation: 'getAll', bountyId: byId('bnty_1'), returnAll: false, limit: 5, filters: { status: 'submitted' } });
		expect(listed.items).toEqual([submission]);
		expect(server.calls('listBountySubmissions')[0]).toMatchObject({ path: '/bounties/bnty_1/submissions', query: { status: 'submitted', page: '1', pageSize: '5' } });

		await run({ resource: 'bountySubmission', operation: 'approve', bountyId: byId('bnty_1'), submissionId: byId('sub_1'), additionalFields: { rewardAmount: 2500 } });
		expect(server.calls('approveBountySubmission')[0]).toMatchObject({ path: '/bounties/bnty_1/submissions/sub_1/approve', body: { rewardAmount: 2500 } });

		const rejected = await run({
			resource: 'bountySubmission',
			operation: 'reject',
			bountyId: byId('bnty_1'),
			submissionId: byId('sub_1'),
			additionalFields: { rejectionReason: 'invalidProof', rejectionNote: 'Screenshot missing' },
		});
		expect(server.calls('rejectBountySubmission')[0].body).toEqual({ rejectionReason: 'invalidProof', rejectionNote: 'Screenshot missing' });
		expect(rejected.items[0]).toMatchObject({ status: 'rejected' });
	});
});
