import { runNode } from '../engine';
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
	runNode({ type: 'dub', parameters: { resource: 'link', ...parameters }, credentials: dubCredentials(server), ...extra });

const created = (body: Record<string, unknown>, n: number) => ({ id: `link_${n}`, domain: 'dub.sh', key: `k${n}`, shortLink: `https://dub.sh/k${n}`, ...body });

describe('Dub › Link › Create Many', () => {
	it('sends 101 input items as chunks of 100 and 1, one output item per input item in order', async () => {
		let n = 0;
		server.on('bulkCreateLinks', ({ body }) => ({ body: (body as Record<string, unknown>[]).map((link) => created(link, ++n)) }));
		const input = Array.from({ length: 101 }, (_, i) => ({ url: `https://example.com/p/${i}`, campaign: 'spring' }));
		const result = await run(
			{ operation: 'bulkCreate', url: '={{ $json.url }}', additionalFields: { utmCampaign: '={{ $json.campaign }}' } },
			{ input },
		);
		expect(result.error).toBeUndefined();
		expect(server.calls('bulkCreateLinks').map((r) => (r.body as unknown[]).length)).toEqual([100, 1]);
		expect(server.calls('bulkCreateLinks')[0].body).toEqual(expect.arrayContaining([{ url: 'https://example.com/p/0', utm_campaign: 'spring' }]));
		expect(result.items).toHaveLength(101);
		expect(result.items.map((link) => link.url)).toEqual(input.map((item) => item.url));
		expect(result.rawItems[100].pairedItem).toEqual({ item: 100 });
	});

	it('fails only the item of a link Dub refused, with Continue On Fail', async () => {
		server.on('bulkCreateLinks', ({ body }) => ({
			body: (body as Record<string, unknown>[]).map((link, i) =>
				i === 1 ? { link, error: 'The key "taken" is already in use.', code: 'conflict' } : created(link, i),
			),
		}));
		const result = await run(
			{ operation: 'bulkCreate', url: '={{ $json.url }}', key: '={{ $json.key }}' },
			{ input: [{ url: 'https://a.com', key: 'a' }, { url: 'https://b.com', key: 'taken' }, { url: 'https://c.com', key: 'c' }], continueOnFail: true },
		);
		expect(server.calls('bulkCreateLinks')).toHaveLength(1);
		expect(result.items).toHaveLength(3);
		expect(result.items[0]).toMatchObject({ key: 'a' });
		expect(result.items[1]).toEqual({ error: 'Dub did not create the link to https://b.com: The key "taken" is already in use. (conflict)' });
		expect(result.items[2]).toMatchObject({ key: 'c' });
	});

	it('refuses an item without a URL before sending anything, naming the item', async () => {
		server.on('bulkCreateLinks', { body: [] });
		const result = await run({ operation: 'bulkCreate', url: '={{ $json.url }}' }, { input: [{ url: 'https://a.com' }, { url: '' }] });
		expect(result.error?.message).toBe('Destination URL is required (item 1)');
		expect(server.calls('bulkCreateLinks')).toHaveLength(0);
	});
});

describe('Dub › Link › Update Many', () => {
	it('sends the items’ link IDs with one set of changes, and pairs each answer with its item', async () => {
		server.on('bulkUpdateLinks', ({ body }) => {
			const { linkIds, data } = body as { linkIds: string[]; data: Record<string, unknown> };
			// Dub answers in its own order.
			return { body: [...linkIds].reverse().map((id) => ({ id, domain: 'dub.sh', key: id, ...data })) };
		});
		const result = await run(
			{ operation: 'bulkUpdate', linkId: { __rl: true, mode: 'id', value: '={{ $json.id }}' }, updateFields: { archived: true, tagIds: ['tag_1'] } },
			{ input: [{ id: 'link_1' }, { id: 'link_2' }, { id: 'link_3' }] },
		);
		expect(server.calls('bulkUpdateLinks')[0].body).toEqual({ linkIds: ['link_1', 'link_2', 'link_3'], data: { archived: true, tagIds: ['tag_1'] } });
		expect(result.items.map((link) => link.id)).toEqual(['link_1', 'link_2', 'link_3']);
		expect(result.items[0]).toMatchObject({ archived: true });
	});

	it('addresses links by external ID, and fails the item of a link Dub did not update', async () => {
		server.on('bulkUpdateLinks', ({ body }) => ({
			body: [{ id: 'link_9', externalId: 'crm_1', archived: false }],
		}));
		const result = await run(
			{ operation: 'bulkUpdate', linkId: { __rl: true, mode: 'externalId', value: '={{ $json.ext }}' }, updateFields: { archived: false } },
			{ input: [{ ext: 'crm_1' }, { ext: 'crm_404' }], continueOnFail: true },
		);
		expect(server.calls('bulkUpdateLinks')[0].body).toEqual({ externalIds: ['crm_1', 'crm_404'], data: { archived: false } });
		expect(result.items[0]).toMatchObject({ id: 'link_9' });
		expect(result.items[1]).toEqual({ error: 'Dub did not update the link external ID crm_404: it may not exist' });
	});

	it('refuses items that ask for different changes in one request', async () => {
		server.on('bulkUpdateLinks', { body: [] });
		const result = await run(
			{ operation: 'bulkUpdate', linkId: { __rl: true, mode: 'id', value: '={{ $json.id }}' }, updateFields: { comments: '={{ $json.note }}' } },
			{ input: [{ id: 'link_1', note: 'a' }, { id: 'link_2', note: 'b' }] },
		);
		expect(result.error?.message).toContain('Update Many applies one set of changes to every link of a request');
		expect(server.calls('bulkUpdateLinks')).toHaveLength(0);
	});
});

describe('Dub › Link › Delete Many', () => {
	it('deletes the items’ links in chunks, one {deleted: true, id} per item', async () => {
		server.on('bulkDeleteLinks', ({ query }) => ({ body: { deletedCount: String(query.linkIds).split(',').length } }));
		const input = Array.from({ length: 3 }, (_, i) => ({ id: `link_${i}` }));
		const result = await run(
			{ operation: 'bulkDelete', linkId: { __rl: true, mode: 'id', value: '={{ $json.id }}' }, batchOptions: { batchSize: 2 } },
			{ input },
		);
		expect(server.calls('bulkDeleteLinks').map((r) => r.query)).toEqual([{ linkIds: 'link_0,link_1' }, { linkIds: 'link_2' }]);
		expect(result.items).toEqual(input.map(({ id }) => ({ deleted: true, id })));
	});

	it('refuses a Batch Size above 100', async () => {
		server.on('bulkDeleteLinks', { body: { deletedCount: 1 } });
		const result = await run({ operation: 'bulkDelete', linkId: { __rl: true, mode: 'id', value: 'link_1' }, batchOptions: { batchSize: 101 } });
		expect(result.error?.message).toMatch(/^(Batch Options › )?Batch Size must be .*101 \(item 0\)$/);
		expect(server.calls('bulkDeleteLinks')).toHaveLength(0);
	});
});
