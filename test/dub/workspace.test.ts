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

const run = (parameters: Record<string, unknown>, extra: { input?: Record<string, unknown>[] } = {}) =>
	runNode({ type: 'dub', parameters, credentials: dubCredentials(server), ...extra });
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

const tag = (n: number) => ({ id: `tag_${n}`, name: `tag ${n}`, color: 'blue' });
const folder = (n: number) => ({
	id: `fold_${n}`,
	name: `Folder ${n}`,
	description: null,
	type: 'default',
	accessLevel: 'write',
	createdAt: '2026-01-01T00:00:00.000Z',
	updatedAt: '2026-01-01T00:00:00.000Z',
});
const domain = (slug: string) => ({
	id: `dom_${slug}`,
	slug,
	verified: true,
	primary: false,
	archived: false,
	placeholder: null,
	expiredUrl: null,
	notFoundUrl: null,
	logo: null,
	assetLinks: null,
	appleAppSiteAssociation: null,
	createdAt: '2026-01-01T00:00:00.000Z',
	updatedAt: '2026-01-01T00:00:00.000Z',
	registeredDomain: null,
});

describe('Dub › Tag', () => {
	it('creates a tag with a colour', async () => {
		server.on('createTag', ({ body }) => ({ status: 201, body: { id: 'tag_1', ...body } }));
		const result = await run({ resource: 'tag', operation: 'create', name: 'q3', additionalFields: { color: 'green' } });
		expect(server.calls('createTag')[0].body).toEqual({ name: 'q3', color: 'green' });
		expect(result.items).toEqual([{ id: 'tag_1', name: 'q3', color: 'green' }]);
	});

	it('gets all tags page by page', async () => {
		const all = Array.from({ length: 130 }, (_, i) => tag(i + 1));
		server.on('getTags', ({ query }) => {
			const size = Number(query.pageSize);
			return { body: all.slice((Number(query.page) - 1) * size, Number(query.page) * size) };
		});
		const result = await run({ resource: 'tag', operation: 'getAll', returnAll: true, filters: { search: 'tag', sortBy: 'createdAt' } });
		expect(result.items).toHaveLength(130);
		expect(server.calls('getTags').map((r) => r.query)).toEqual([
			{ search: 'tag', sortBy: 'createdAt', page: '1', pageSize: '100' },
			{ search: 'tag', sortBy: 'createdAt', page: '2', pageSize: '100' },
		]);
	});

	it('renames a tag and deletes one, outputting {deleted: true, id}', async () => {
		server.on('updateTag', ({ body, params }) => ({ body: { ...tag(2), id: params.id, ...body } }));
		server.on('deleteTag', ({ params }) => ({ body: { id: params.id } }));
		const updated = await run({ resource: 'tag', operation: 'update', tagId: byId('tag_2'), updateFields: { name: 'renamed' } });
		expect(server.calls('updateTag')[0]).toMatchObject({ path: '/tags/tag_2', body: { name: 'renamed' } });
		expect(updated.items).toEqual([{ id: 'tag_2', name: 'renamed', color: 'blue' }]);
		const deleted = await run({ resource: 'tag', operation: 'delete', tagId: { __rl: true, mode: 'list', value: 'tag_3' } });
		expect(server.calls('deleteTag')[0].path).toBe('/tags/tag_3');
		expect(deleted.items).toEqual([{ deleted: true, id: 'tag_3' }]);
	});

	it('refuses a tag ID with a slash before sending', async () => {
		const result = await run({ resource: 'tag', operation: 'delete', tagId: byId('../links') });
		expect(result.error?.message).toBe('Tag cannot contain "/" or "\\", got "../links" (item 0)');
		expect(server.requests).toHaveLength(0);
	});
});

describe('Dub › Folder', () => {
	it('creates, lists (50 a page), updates and deletes folders', async () => {
		server.on('createFolder', ({ body }) => ({ status: 201, body: { ...folder(1), ...body } }));
		server.on('listFolders', ({ query }) => ({ body: Array.from({ length: query.page === '1' ? 50 : 3 }, (_, i) => folder(i + (query.page === '1' ? 0 : 50))) }));
		server.on('updateFolder', ({ body, params }) => ({ body: { ...folder(1), id: params.id, ...body } }));
		server.on('deleteFolder', ({ params }) => ({ body: { id: params.id } }));

		const created = await run({ resource: 'folder', operation: 'create', name: 'Spring', additionalFields: { accessLevel: 'read' } });
		expect(server.calls('createFolder')[0].body).toEqual({ name: 'Spring', accessLevel: 'read' });
		expect(created.items[0]).toMatchObject({ name: 'Spring', accessLevel: 'read' });

		const listed = await run({ resource: 'folder', operation: 'getAll', returnAll: true });
		expect(listed.items).toHaveLength(53);
		expect(server.calls('listFolders').map((r) => r.query.page)).toEqual(['1', '2']);
		expect(server.calls('listFolders')[0].query.pageSize).toBe('50');

		await run({ resource: 'folder', operation: 'update', folderId: byId('fold_9'), updateFields: { description: 'All spring links' } });
		expect(server.calls('updateFolder')[0]).toMatchObject({ path: '/folders/fold_9', body: { description: 'All spring links' } });

		const deleted = await run({ resource: 'folder', operation: 'delete', folderId: byId('fold_9') });
		expect(deleted.items).toEqual([{ deleted: true, id: 'fold_9' }]);
	});
});

describe('Dub › Domain', () => {
	it('creates a domain and updates one by name', async () => {
		server.on('createDomain', ({ body }) => ({ status: 201, body: { ...domain(String(body.slug)), ...body } }));
		server.on('updateDomain', ({ body, params }) => ({ body: { ...domain(params.slug), ...body } }));
		const created = await run({
			resource: 'domain',
			operation: 'create',
			slug: 'acme.link',
			additionalFields: { notFoundUrl: 'https://acme.com' },
		});
		expect(server.calls('createDomain')[0].body).toEqual({ slug: 'acme.link', notFoundUrl: 'https://acme.com' });
		expect(created.items[0]).toMatchObject({ slug: 'acme.link', notFoundUrl: 'https://acme.com' });
		await run({
			resource: 'domain',
			operation: 'update',
			domain: byId('acme.link'),
			updateFields: { archived: true, slug: 'acme.to' },
		});
		expect(server.calls('updateDomain')[0]).toMatchObject({ path: '/domains/acme.link', body: { archived: true, slug: 'acme.to' } });
	});

	it('lists, deletes, registers and checks domains', async () => {
		server.on('listDomains', { body: [domain('a.link'), domain('b.link')] });
		server.on('deleteDomain', ({ params }) => ({ body: { slug: params.slug } }));
		server.on('registerDomain', ({ body }) => ({ body: { domain: body.domain, status: 'registered', expiration: null } }));
		server.on('checkDomainStatus', ({ query }) => ({
			body: String(query.domains)
				.split(',')
				.map((d) => ({ domain: d, available: d === 'free.link', price: d === 'free.link' ? '$12' : null, premium: false })),
		}));

		const listed = await run({ resource: 'domain', operation: 'getAll', returnAll: false, limit: 10, filters: { archived: true } });
		expect(listed.items.map((d) => d.slug)).toEqual(['a.link', 'b.link']);
		expect(server.calls('listDomains')[0].query).toEqual({ archived: 'true', page: '1', pageSize: '10' });

		const deleted = await run({ resource: 'domain', operation: 'delete', domain: byId('a.link') });
		expect(deleted.items).toEqual([{ deleted: true, id: 'a.link' }]);

		const registered = await run({ resource: 'domain', operation: 'register', domain: 'mine.link' });
		expect(server.calls('registerDomain')[0].body).toEqual({ domain: 'mine.link' });
		expect(registered.items[0]).toMatchObject({ domain: 'mine.link', status: 'registered' });

		const checked = await run({ resource: 'domain', operation: 'checkStatus', domains: ' free.link , taken.link ' });
		expect(server.calls('checkDomainStatus')[0].query).toEqual({ domains: 'free.link,taken.link' });
		expect(checked.items.map((d) => [d.domain, d.available])).toEqual([
			['free.link', true],
			['taken.link', false],
		]);
	});
});

describe('Dub › From List searches of tags, folders and domains', () => {
	const search = (method: string, filter?: string, paginationToken?: string) =>
		runListSearch({ type: 'dub', method, credentials: dubCredentials(server), filter, paginationToken });

	it('pages tags by number and folders 50 at a time; domains give their name as the value', async () => {
		server.on('getTags', ({ query }) => ({ body: Array.from({ length: query.page === '1' ? 100 : 1 }, (_, i) => tag(i)) }));
		server.on('listFolders', { body: [folder(1)] });
		server.on('listDomains', { body: [domain('acme.link')] });
		const tags = await search('searchTags', 'q');
		expect(tags.results[0]).toEqual({ name: 'tag 0', value: 'tag_0' });
		expect(tags.paginationToken).toBe('2');
		expect((await search('searchTags', 'q', '2')).paginationToken).toBeUndefined();
		expect(server.calls('getTags').map((r) => r.query)).toEqual([
			{ pageSize: '100', page: '1', search: 'q' },
			{ pageSize: '100', page: '2', search: 'q' },
		]);
		expect((await search('searchFolders')).results).toEqual([{ name: 'Folder 1', value: 'fold_1' }]);
		expect(server.calls('listFolders')[0].query).toEqual({ pageSize: '50', page: '1' });
		expect((await search('searchDomains')).results).toEqual([{ name: 'acme.link', value: 'acme.link' }]);
	});
});
