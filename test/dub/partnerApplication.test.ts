import type { IDataObject } from 'n8n-workflow';

import { runNode } from '../engine';
import type { ContractServer } from '../contract/server';
import { dubCredentials, startDubServer } from './dubServer';
import { application, locator } from './partnerFixtures';

let server: ContractServer;
beforeAll(async () => {
	server = await startDubServer();
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const run = (parameters: IDataObject, extra: { input?: IDataObject[]; continueOnFail?: boolean } = {}) =>
	runNode({ type: 'dub', parameters: { resource: 'partnerApplication', ...parameters }, credentials: dubCredentials(server), ...extra });

describe('Dub › Partner Application', () => {
	it('gets many pending applications with filters, and Limit caps the output', async () => {
		server.on('listPartnerApplications', { body: [1, 2, 3].map(application) });
		const result = await run({ operation: 'getAll', returnAll: false, limit: 2, filters: { country: 'gb', groupId: 'grp_123' } });
		const [request] = server.calls('listPartnerApplications');
		expect(request.path).toBe('/partners/applications');
		expect(request.query).toEqual({ country: 'GB', groupId: 'grp_123', page: '1', pageSize: '2' });
		expect(result.items).toEqual([application(1), application(2)]);
	});

	it('Return All walks the 1-based pages of 100 until a short page', async () => {
		const all = Array.from({ length: 130 }, (_, i) => application(i + 1));
		server.on('listPartnerApplications', ({ query }) => {
			const size = Number(query.pageSize);
			const start = (Number(query.page) - 1) * size;
			return { body: all.slice(start, start + size) };
		});
		const result = await run({ operation: 'getAll', returnAll: true });
		expect(result.items).toEqual(all);
		expect(server.calls('listPartnerApplications').map((r) => r.query)).toEqual([
			{ page: '1', pageSize: '100' },
			{ page: '2', pageSize: '100' },
		]);
	});

	it('approves an application into a group', async () => {
		server.on('approvePartnerApplication', ({ body }) => ({ body: { partnerId: body.partnerId } }));
		const result = await run({ operation: 'approve', partnerId: locator('list', 'pn_000004'), additionalFields: { groupId: 'grp_vip' } });
		const [request] = server.calls('approvePartnerApplication');
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/partners/applications/approve');
		expect(request.body).toEqual({ partnerId: 'pn_000004', groupId: 'grp_vip' });
		expect(result.items).toEqual([{ partnerId: 'pn_000004' }]);
	});

	it('approves each application of the input, taking the partner ID from the application', async () => {
		server.on('approvePartnerApplication', ({ body }) => ({ body: { partnerId: body.partnerId } }));
		const result = await run(
			{ operation: 'approve', partnerId: locator('id', '={{ $json.partner.id }}') },
			{ input: [application(1), application(2)] },
		);
		expect(server.calls('approvePartnerApplication').map((r) => r.body)).toEqual([{ partnerId: 'pn_000001' }, { partnerId: 'pn_000002' }]);
		expect(result.items).toEqual([{ partnerId: 'pn_000001' }, { partnerId: 'pn_000002' }]);
	});

	it('rejects an application with a reason, a note, a reapplication rule and a fraud flag', async () => {
		server.on('rejectPartnerApplication', ({ body }) => ({ body: { partnerId: body.partnerId } }));
		const result = await run({
			operation: 'reject',
			partnerId: locator('id', 'pn_000005'),
			additionalFields: {
				rejectionReason: 'doesNotMeetRequirements',
				rejectionNote: 'We need an audience of at least 1,000.',
				reapplicationTimeframe: 'never',
				flagForFraud: true,
				flagForFraudReason: 'Same payout details as a banned partner',
			},
		});
		const [request] = server.calls('rejectPartnerApplication');
		expect(request.path).toBe('/partners/applications/reject');
		expect(request.body).toEqual({
			partnerId: 'pn_000005',
			rejectionReason: 'doesNotMeetRequirements',
			rejectionNote: 'We need an audience of at least 1,000.',
			reapplicationTimeframe: 'never',
			flagForFraud: true,
			flagForFraudReason: 'Same payout details as a banned partner',
		});
		expect(result.items).toEqual([{ partnerId: 'pn_000005' }]);
	});

	it('rejects with only the partner', async () => {
		server.on('rejectPartnerApplication', ({ body }) => ({ body: { partnerId: body.partnerId } }));
		const result = await run({ operation: 'reject', partnerId: locator('id', 'pn_000006') });
		expect(server.calls('rejectPartnerApplication')[0].body).toEqual({ partnerId: 'pn_000006' });
		expect(result.items).toEqual([{ partnerId: 'pn_000006' }]);
	});

	describe('refuses bad input before sending, naming the field and the item', () => {
		it('a fraud flag without its reason', async () => {
			const result = await run({ operation: 'reject', partnerId: locator('id', 'pn_000005'), additionalFields: { flagForFraud: true } });
			expect(result.error?.message).toBe('Fraud Reason is required when Flag for Fraud is on (item 0)');
			expect(server.requests).toHaveLength(0);
		});

		it('a fraud flag with instant reapplication', async () => {
			const result = await run({
				operation: 'reject',
				partnerId: locator('id', 'pn_000005'),
				additionalFields: { flagForFraud: true, flagForFraudReason: 'Fake traffic', reapplicationTimeframe: 'instant' },
			});
			expect(result.error?.message).toBe('Reapplication cannot be "Instant" when Flag for Fraud is on (item 0)');
			expect(server.requests).toHaveLength(0);
		});

		it('the application ID given where the partner ID belongs', async () => {
			const result = await run({ operation: 'approve', partnerId: locator('id', '={{ $json.id }}') }, { input: [application(1)] });
			expect(result.error?.message).toBe('Partner is not a Dub partner ID (they start with pn_): "pga_000001" (item 0)');
			expect(server.requests).toHaveLength(0);
		});

		it('a country that is not an ISO code', async () => {
			const result = await run({ operation: 'getAll', filters: { country: 'Germany' } });
			expect(result.error?.message).toBe('Country must be a two-letter ISO 3166-1 country code such as "US", got "Germany" (item 0)');
			expect(server.requests).toHaveLength(0);
		});
	});
});
