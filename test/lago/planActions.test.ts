import type { ContractServer } from '../contract/server';
import { lagoRunner, meta, pick } from './lagoServer';
import { exampleResponse, startCheckedLagoServer } from './specExamples';

let server: ContractServer;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startCheckedLagoServer();
	run = lagoRunner(server, 'plan');
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const byCode = (value: string) => ({ __rl: true, mode: 'code', value });
const planExample = () => exampleResponse('findPlan').plan as Record<string, unknown>;
const SUMMARY = ['lago_id', 'name', 'code', 'interval', 'amount_cents', 'amount_currency', 'pay_in_advance', 'trial_period', 'description', 'created_at'];
const summaryOf = (plan: Record<string, unknown>) => pick(plan, SUMMARY);

describe('Lago › Plan', () => {
	it('creates a plan with its required fields and structured extras, and outputs the simplified plan', async () => {
		server.on('createPlan', ({ body }) => ({ body: { plan: { ...planExample(), name: body.plan.name, code: body.plan.code, amount_currency: body.plan.amount_currency } } }));
		const result = await run({
			operation: 'create',
			name: 'Startup',
			code: 'startup',
			interval: 'monthly',
			amountCents: 4900,
			amountCurrency: ' eur ',
			payInAdvance: true,
			additionalFields: {
				taxCodes: 'vat_fr, eu_reverse',
				trialPeriod: 14,
				metadata: { pair: [{ key: 'crm_id', value: 'p-1' }] },
				usageThresholds: { values: [{ amountCents: 10000, thresholdDisplayName: '', recurring: false }] },
				minimumCommitmentCents: 2000,
			},
		});
		expect(result.error).toBeUndefined();
		expect(server.calls('createPlan')[0].body).toEqual({
			plan: {
				name: 'Startup',
				code: 'startup',
				interval: 'monthly',
				amount_cents: 4900,
				amount_currency: 'EUR',
				pay_in_advance: true,
				tax_codes: ['vat_fr', 'eu_reverse'],
				trial_period: 14,
				metadata: { crm_id: 'p-1' },
				usage_thresholds: [{ amount_cents: 10000, recurring: false }],
				minimum_commitment: { amount_cents: 2000 },
			},
		});
		expect(result.items).toEqual([summaryOf({ ...planExample(), name: 'Startup', code: 'startup', amount_currency: 'EUR' })]);
		expect(Object.keys(result.items[0])).not.toContain('charges');
	});

	it('refuses a plan without a name, or with a fee in decimals, before sending', async () => {
		const noName = await run({ operation: 'create', name: ' ', code: 'x', interval: 'monthly', amountCents: 1, amountCurrency: 'USD', payInAdvance: false });
		expect(noName.error?.message).toBe('Name is required (item 0)');
		const decimals = await run({ operation: 'create', name: 'A', code: 'x', interval: 'monthly', amountCents: 19.99, amountCurrency: 'USD', payInAdvance: false });
		expect(decimals.error?.message).toBe('Subscription Fee (Cents) must be a whole number, got 19.99 (item 0)');
		expect(server.calls('createPlan')).toHaveLength(0);
	});

	it('gets a plan by code, whole when Simplify is off', async () => {
		server.on('findPlan', ({ params }) => ({ body: { plan: { ...planExample(), code: params.code } } }));
		const result = await run({ operation: 'get', plan: byCode('start up'), simplify: false });
		expect(server.calls('findPlan')[0].path).toBe('/plans/start%20up');
		expect(result.items).toEqual([{ ...planExample(), code: 'start up' }]);
	});

	it('gets all plans across pages, simplified', async () => {
		server.on('findAllPlans', ({ query }) => {
			const page = Number(query.page);
			return { body: { plans: [{ ...planExample(), code: `p${page}` }], meta: meta(page, 2, 2) } };
		});
		const result = await run({ operation: 'getAll', returnAll: true });
		expect(server.calls('findAllPlans').map((c) => c.query)).toEqual([
			{ page: '1', per_page: '100' },
			{ page: '2', per_page: '100' },
		]);
		expect(result.items).toEqual([summaryOf({ ...planExample(), code: 'p1' }), summaryOf({ ...planExample(), code: 'p2' })]);
	});

	it('updates a plan, cascading to overriding subscriptions', async () => {
		server.on('updatePlan', ({ body }) => ({ body: { plan: { ...planExample(), ...body.plan } } }));
		const result = await run({
			operation: 'update',
			plan: byCode('startup'),
			updateFields: { name: 'Startup 2', cascadeUpdates: true, amountCents: 5900, metadata: { pair: [{ key: ' tier ', value: 'gold' }] } },
		});
		expect(server.calls('updatePlan')[0].body).toEqual({ plan: { name: 'Startup 2', cascade_updates: true, amount_cents: 5900, metadata: { tier: 'gold' } } });
		expect(result.items[0]).toMatchObject({ name: 'Startup 2', amount_cents: 5900 });
	});

	it('deletes a plan and outputs { deleted, id }', async () => {
		server.on('destroyPlan', { body: exampleResponse('destroyPlan') });
		const result = await run({ operation: 'delete', plan: byCode('startup') });
		expect(server.calls('destroyPlan')[0].path).toBe('/plans/startup');
		expect(result.items).toEqual([{ deleted: true, id: 'startup' }]);
	});

	it('replaces, merges and deletes metadata, outputting Lago’s { metadata } after each change, like wallets and credit notes', async () => {
		server.on('replacePlanMetadata', ({ body }) => ({ body: { metadata: body.metadata } }));
		server.on('mergePlanMetadata', ({ body }) => ({ body: { metadata: { crm_id: 'p-1', ...body.metadata } } }));
		server.on('deletePlanMetadataKey', { body: { metadata: { segment: 'smb' } } });
		server.on('deleteAllPlanMetadata', { body: { metadata: null } });
		const metadata = { pair: [{ key: 'crm_id', value: 'p-1' }, { key: 'segment', value: 'smb' }] };
		const replaced = await run({ operation: 'replaceMetadata', plan: byCode('startup'), metadata });
		expect(server.calls('replacePlanMetadata')[0].body).toEqual({ metadata: { crm_id: 'p-1', segment: 'smb' } });
		expect(replaced.items).toEqual([{ metadata: { crm_id: 'p-1', segment: 'smb' } }]);

		const merged = await run({ operation: 'mergeMetadata', plan: byCode('startup'), metadata: { pair: [{ key: 'tier', value: 'gold' }] } });
		expect(server.calls('mergePlanMetadata')[0].body).toEqual({ metadata: { tier: 'gold' } });
		expect(merged.items).toEqual([{ metadata: { crm_id: 'p-1', tier: 'gold' } }]);

		const keyDeleted = await run({ operation: 'deleteMetadataKey', plan: byCode('startup'), metadataKey: 'crm_id' });
		expect(server.calls('deletePlanMetadataKey')[0].path).toBe('/plans/startup/metadata/crm_id');
		expect(keyDeleted.items).toEqual([{ metadata: { segment: 'smb' } }]);

		const allDeleted = await run({ operation: 'deleteAllMetadata', plan: byCode('startup') });
		expect(server.calls('deleteAllPlanMetadata')).toHaveLength(1);
		expect(allDeleted.items).toEqual([{ metadata: null }]);
	});

	it('replacing with no pairs clears the metadata; a pair without a key is refused before any request', async () => {
		server.on('replacePlanMetadata', ({ body }) => ({ body: { metadata: body.metadata } }));

		const cleared = await run({ operation: 'replaceMetadata', plan: byCode('startup'), metadata: {} });
		expect(server.calls('replacePlanMetadata')[0].body).toEqual({ metadata: {} });
		expect(cleared.items).toEqual([{ metadata: {} }]);

		const refused = await run({ operation: 'mergeMetadata', plan: byCode('startup'), metadata: { pair: [{ key: ' ', value: 'x' }] } });
		expect(refused.error?.message).toBe('Metadata pair 1 has no key (item 0)');
		expect(server.calls('mergePlanMetadata')).toHaveLength(0);
	});
});
