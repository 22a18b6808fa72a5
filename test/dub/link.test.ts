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

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** A link as Dub returns it (LinkSchema), trimmed to the fields the tests look at plus the usual ones. */
function link(n: number, overrides: Record<string, unknown> = {}) {
	const id = `link_${String(n).padStart(6, '0')}`;
	const key = `key${n}`;
	return {
		id,
		domain: 'dub.sh',
		key,
		url: `https://example.com/page/${n}`,
		shortLink: `https://dub.sh/${key}`,
		qrCode: `https://api.dub.co/qr?url=https://dub.sh/${key}`,
		externalId: null,
		tenantId: null,
		programId: null,
		partnerId: null,
		archived: false,
		expiresAt: null,
		trackConversion: false,
		tags: [],
		clicks: n,
		leads: 0,
		sales: 0,
		saleAmount: 0,
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z',
		...overrides,
	};
}

describe('Dub › Link › Create', () => {
	it('sends URL, domain, key and the additional fields in Dub’s formats, and outputs the created link', async () => {
		server.on('createLink', ({ body }) => ({ body: link(1, body) }));
		const result = await run({
			operation: 'create',
			url: 'https://dub.co/blog',
			domain: ' acme.link ',
			key: 'blog',
			additionalFields: {
				tagIds: 'tag_1, tag_2,,',
				expiresAt: '2026-12-31T23:59:59Z',
				expiredUrl: 'https://dub.co/expired',
				geo: '{"DE": "https://dub.co/de"}',
				utmSource: 'newsletter',
				utmCampaign: 'launch',
				trackConversion: true,
				externalId: 'post_1',
				comments: '',
				webhookIds: 'wh_1',
				testVariants: {
					variant: [
						{ url: 'https://dub.co/a', percentage: 60 },
						{ url: 'https://dub.co/b', percentage: 40 },
					],
				},
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = server.calls('createLink');
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/links');
		expect(request.body).toEqual({
			url: 'https://dub.co/blog',
			domain: 'acme.link',
			key: 'blog',
			tagIds: ['tag_1', 'tag_2'],
			expiresAt: '2026-12-31T23:59:59Z',
			expiredUrl: 'https://dub.co/expired',
			geo: { DE: 'https://dub.co/de' },
			utm_source: 'newsletter',
			utm_campaign: 'launch',
			trackConversion: true,
			externalId: 'post_1',
			comments: null,
			webhookIds: ['wh_1'],
			testVariants: [
				{ url: 'https://dub.co/a', percentage: 60 },
				{ url: 'https://dub.co/b', percentage: 40 },
			],
		});
		expect(result.items).toEqual([link(1, request.body)]);
	});

	it('leaves out an empty domain and key so Dub picks them, and shapes the random key', async () => {
		server.on('createLink', ({ body }) => ({ body: link(2, { url: body.url, key: 'c/x7Yz9Ab1' }) }));
		const result = await run({
			operation: 'create',
			url: 'https://dub.co',
			domain: '',
			key: '',
			additionalFields: { keyLength: 8, prefix: '/c/' },
		});
		expect(server.calls('createLink')[0].body).toEqual({ url: 'https://dub.co', keyLength: 8, prefix: '/c/' });
		expect(result.items).toEqual([link(2, { url: 'https://dub.co', key: 'c/x7Yz9Ab1' })]);
	});

	it('refuses geo targeting that is not a JSON object before sending, naming the field and the item', async () => {
		server.on('createLink', ({ body }) => ({ body: link(1, body) }));
		const result = await run(
			{ operation: 'create', url: '={{ $json.url }}', additionalFields: { geo: '={{ $json.geo }}' } },
			{ input: [{ url: 'https://a.example', geo: { US: 'https://a.example/us' } }, { url: 'https://b.example', geo: 'https://b.example/us' }] },
		);
		expect(result.error?.message).toMatch(/^Geo Targeting is not valid JSON: .+ \(item 1\)$/);
		expect(server.calls('createLink').map((r) => r.body)).toEqual([
			{ url: 'https://a.example', geo: { US: 'https://a.example/us' } },
		]);
	});

	it('refuses a blank destination URL before sending', async () => {
		const result = await run({ operation: 'create', url: '={{ $json.url }}' }, { input: [{ url: '' }] });
		expect(result.error?.message).toBe('Destination URL is required (item 0)');
		expect(server.requests).toHaveLength(0);
	});

	it('surfaces Dub’s conflict error when the key is taken', async () => {
		server.on('createLink', {
			status: 409,
			body: { error: { code: 'conflict', message: 'Duplicate key: This short link already exists.', doc_url: 'https://dub.co/docs/api-reference/errors#conflict' } },
		});
		const result = await run({ operation: 'create', url: 'https://dub.co', key: 'taken' });
		expect(result.error?.message).toBe('Duplicate key: This short link already exists.');
		expect(result.error?.httpCode).toBe('409');
	});
});

describe('Dub › Link › Create or Update', () => {
	it('PUTs to /links/upsert with the URL and the fields given', async () => {
		server.on('upsertLink', ({ body }) => ({ body: link(5, body) }));
		const result = await run({
			operation: 'upsert',
			url: 'https://dub.co/pricing',
			key: 'pricing',
			additionalFields: { tagNames: 'pricing, Q3', archived: false, password: 'hunter2' },
		});
		const [request] = server.calls('upsertLink');
		expect(request.method).toBe('PUT');
		expect(request.path).toBe('/links/upsert');
		expect(request.body).toEqual({
			url: 'https://dub.co/pricing',
			key: 'pricing',
			tagNames: ['pricing', 'Q3'],
			archived: false,
			password: 'hunter2',
		});
		expect(result.items).toEqual([link(5, request.body)]);
	});
});

describe('Dub › Link › Get', () => {
	beforeEach(() => {
		server.on('getLinkInfo', ({ query }) => ({ body: link(9, { id: query.linkId ?? 'link_000009' }) }));
	});

	it('gets a link by ID through /links/info', async () => {
		const result = await run({ operation: 'get', linkId: byId('link_1KAP4CDPBSVMMBMH9XX3YZZ0Z') });
		const [request] = server.calls('getLinkInfo');
		expect(request.path).toBe('/links/info');
		expect(request.query).toEqual({ linkId: 'link_1KAP4CDPBSVMMBMH9XX3YZZ0Z' });
		expect(result.items).toEqual([link(9, { id: 'link_1KAP4CDPBSVMMBMH9XX3YZZ0Z' })]);
	});

	it('gets a link picked from the list by its ID', async () => {
		const result = await run({ operation: 'get', linkId: { __rl: true, mode: 'list', value: 'link_000003' } });
		expect(server.calls('getLinkInfo')[0].query).toEqual({ linkId: 'link_000003' });
		expect(result.items).toEqual([link(9, { id: 'link_000003' })]);
	});

	it('gets a link by external ID, prefixed ext_ as Dub requires', async () => {
		const result = await run({ operation: 'get', linkId: { __rl: true, mode: 'externalId', value: '123456' } });
		expect(server.calls('getLinkInfo')[0].query).toEqual({ externalId: 'ext_123456' });
		expect(result.items).toEqual([link(9)]);
	});

	it('gets a link by short link as domain and key, with or without the protocol', async () => {
		const result = await run(
			{ operation: 'get', linkId: { __rl: true, mode: 'shortLink', value: '={{ $json.shortLink }}' } },
			{ input: [{ shortLink: 'https://Dub.sh/github' }, { shortLink: 'acme.link/c/launch%20day?ref=x' }, { shortLink: 'acme.link' }] },
		);
		expect(result.error).toBeUndefined();
		expect(server.calls('getLinkInfo').map((r) => r.query)).toEqual([
			{ domain: 'dub.sh', key: 'github' },
			{ domain: 'acme.link', key: 'c/launch day' },
			{ domain: 'acme.link' },
		]);
		expect(result.items).toHaveLength(3);
	});

	it('refuses a short link without a domain before sending, typed or from an expression', async () => {
		await expect(run({ operation: 'get', linkId: { __rl: true, mode: 'shortLink', value: 'github' } })).rejects.toThrow(
			'Enter a short link such as dub.sh/github',
		);
		const result = await run(
			{ operation: 'get', linkId: { __rl: true, mode: 'shortLink', value: '={{ $json.shortLink }}' } },
			{ input: [{ shortLink: 'github' }] },
		);
		expect(result.error?.message).toBe('Link must be a short link such as "dub.sh/github", got "github" (item 0)');
		expect(server.requests).toHaveLength(0);
	});

	it('surfaces Dub’s not-found error', async () => {
		server.on('getLinkInfo', { status: 404, body: { error: { code: 'not_found', message: 'Link not found.' } } });
		const result = await run({ operation: 'get', linkId: byId('link_missing') });
		expect(result.error?.message).toBe('Link not found.');
		expect(result.error?.httpCode).toBe('404');
	});
});

describe('Dub › Link › Update', () => {
	it('PATCHes the link addressed by external ID as ext_<id> with only the fields given', async () => {
		server.on('updateLink', ({ params, body }) => ({ body: link(4, { ...body, externalId: String(params.linkId).slice(4) }) }));
		const result = await run({
			operation: 'update',
			linkId: { __rl: true, mode: 'externalId', value: 'post 7' },
			updateFields: { url: 'https://dub.co/new', archived: true, expiresAt: '', tagIds: '', utmMedium: 'email' },
		});
		const [request] = server.calls('updateLink');
		expect(request.method).toBe('PATCH');
		expect(request.path).toBe('/links/ext_post%207');
		expect(request.params.linkId).toBe('ext_post 7');
		expect(request.body).toEqual({ url: 'https://dub.co/new', archived: true, expiresAt: null, tagIds: [], utm_medium: 'email' });
		expect(result.items).toEqual([
			link(4, { url: 'https://dub.co/new', archived: true, expiresAt: null, tagIds: [], utm_medium: 'email', externalId: 'post 7' }),
		]);
	});

	it('PATCHes the link addressed by Dub ID, moving it to another domain and key', async () => {
		server.on('updateLink', ({ params, body }) => ({ body: link(4, { ...body, id: params.linkId }) }));
		const result = await run({
			operation: 'update',
			linkId: byId('link_000004'),
			updateFields: { domain: 'acme.link', key: 'spring', folderId: 'fold_1' },
		});
		expect(server.calls('updateLink')[0].path).toBe('/links/link_000004');
		expect(server.calls('updateLink')[0].body).toEqual({ domain: 'acme.link', key: 'spring', folderId: 'fold_1' });
		expect(result.items[0]).toMatchObject({ id: 'link_000004', domain: 'acme.link', key: 'spring' });
	});
});

describe('Dub › Link › Delete', () => {
	it('DELETEs the link by ID and outputs {deleted: true, id}', async () => {
		server.on('deleteLink', ({ params }) => ({ body: { id: params.linkId } }));
		const result = await run({ operation: 'delete', linkId: byId('link_000008') });
		const [request] = server.calls('deleteLink');
		expect(request.method).toBe('DELETE');
		expect(request.path).toBe('/links/link_000008');
		expect(result.items).toEqual([{ deleted: true, id: 'link_000008' }]);
	});

	it('DELETEs the link by external ID as ext_<id>, reporting Dub’s ID of the deleted link', async () => {
		server.on('deleteLink', { body: { id: 'link_000011' } });
		const result = await run({ operation: 'delete', linkId: { __rl: true, mode: 'externalId', value: 'abc' } });
		expect(server.calls('deleteLink')[0].path).toBe('/links/ext_abc');
		expect(result.items).toEqual([{ deleted: true, id: 'link_000011' }]);
	});
});

describe('Dub › Link › Get Many', () => {
	it('sends the filters, tag lists as one comma-separated value, and Limit caps the output', async () => {
		server.on('getLinks', { body: [1, 2, 3, 4, 5].map((n) => link(n)) });
		const result = await run({
			operation: 'getAll',
			returnAll: false,
			limit: 3,
			filters: {
				domain: 'dub.sh',
				tagIds: 'tag_1, tag_2',
				tagNames: 'launch',
				folderId: 'fold_1',
				search: 'blog',
				showArchived: true,
				tenantId: 'tenant_1',
				userId: 'user_1',
			},
		});
		expect(result.items.map((l) => l.id)).toEqual(['link_000001', 'link_000002', 'link_000003']);
		expect(server.calls('getLinks')).toHaveLength(1);
		expect(server.calls('getLinks')[0].query).toEqual({
			domain: 'dub.sh',
			tagIds: 'tag_1,tag_2',
			tagNames: 'launch',
			folderId: 'fold_1',
			search: 'blog',
			showArchived: 'true',
			tenantId: 'tenant_1',
			userId: 'user_1',
			pageSize: '3',
		});
	});

	it('Return All follows the startingAfter cursor, 100 a page, until a short page', async () => {
		const all = Array.from({ length: 230 }, (_, i) => link(i + 1));
		server.on('getLinks', ({ query }) => {
			const start = query.startingAfter ? all.findIndex((l) => l.id === query.startingAfter) + 1 : 0;
			return { body: all.slice(start, start + Number(query.pageSize)) };
		});
		const result = await run({ operation: 'getAll', returnAll: true, filters: { domain: 'dub.sh' } });
		expect(result.items).toEqual(all);
		expect(server.calls('getLinks').map((r) => r.query)).toEqual([
			{ domain: 'dub.sh', pageSize: '100' },
			{ domain: 'dub.sh', pageSize: '100', startingAfter: 'link_000100' },
			{ domain: 'dub.sh', pageSize: '100', startingAfter: 'link_000200' },
		]);
	});

	it('Return All stops after an exactly full last page when the next one is empty', async () => {
		const all = Array.from({ length: 200 }, (_, i) => link(i + 1));
		server.on('getLinks', ({ query }) => {
			const start = query.startingAfter ? all.findIndex((l) => l.id === query.startingAfter) + 1 : 0;
			return { body: all.slice(start, start + Number(query.pageSize)) };
		});
		const result = await run({ operation: 'getAll', returnAll: true });
		expect(result.items).toHaveLength(200);
		expect(server.calls('getLinks').map((r) => r.query.startingAfter)).toEqual([undefined, 'link_000100', 'link_000200']);
	});
});
