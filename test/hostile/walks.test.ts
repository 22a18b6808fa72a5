/**
 * Vendors that lie about their lists. A walk (Get Many with Return All) must end: held = the node stops with an
 * error naming the vendor and what went wrong, after a bounded number of requests, and outputs nothing half-read.
 */
import { customer as dubCustomer } from '../dub/dubServer';
import { customer as lagoCustomer } from '../lago/lagoServer';
import { customer as notihubCustomer } from '../notihub/notihubServer';
import { expectNoSecrets, startFake, type Vendor, type VendorFake } from './support';

const fakes = {} as Record<Vendor, VendorFake>;
beforeAll(async () => {
	for (const vendor of ['dub', 'lago', 'notihub'] as Vendor[]) fakes[vendor] = await startFake(vendor);
});
afterAll(async () => {
	for (const fake of Object.values(fakes)) await fake.server.close();
});
beforeEach(() => Object.values(fakes).forEach((fake) => fake.server.reset()));

const getAll = (vendor: Vendor) => fakes[vendor].run({ resource: 'customer', operation: 'getAll', returnAll: true });

describe('Dub (cursor: startingAfter)', () => {
	it('the same page whatever the cursor: held = stops on the second page with "served the same records again"', async () => {
		const page = Array.from({ length: 100 }, (_, i) => dubCustomer(i + 1));
		fakes.dub.server.on('getCustomers', { body: page });
		const result = await getAll('dub');
		expect(result.error?.message).toBe("Dub's list did not advance: it served the same records again for the next page");
		expect(fakes.dub.server.calls('getCustomers')).toHaveLength(2);
		expect(result.items).toEqual([]);
		expectNoSecrets(result);
	});

	it('a cursor that repeats (the page ends on the record it started after): held = stops before asking again', async () => {
		fakes.dub.server.on('getCustomers', ({ query }: any) => ({
			body: query.startingAfter
				? [...Array.from({ length: 99 }, (_, i) => dubCustomer(200 + i)), dubCustomer(100)]
				: Array.from({ length: 100 }, (_, i) => dubCustomer(i + 1)),
		}));
		const result = await getAll('dub');
		expect(result.error?.message).toMatch(/^Dub's list did not advance: it pointed again to a page already read \(startingAfter=cus_000100\)$/);
		expect(fakes.dub.server.calls('getCustomers').map((r) => r.query.startingAfter ?? 'first')).toEqual(['first', 'cus_000100']);
	});
});

describe('Lago (page numbers with meta.next_page)', () => {
	const page = (n: number, next: number | null) => ({
		customers: Array.from({ length: 100 }, (_, i) => lagoCustomer(n * 100 + i)),
		meta: { current_page: n, next_page: next, prev_page: null, total_pages: 9, total_count: 900 },
	});

	it('next_page equal to the current page: held = stops after one request', async () => {
		fakes.lago.server.on('findAllCustomers', ({ query }: any) => ({ body: page(Number(query.page), Number(query.page)) }));
		const result = await getAll('lago');
		expect(result.error?.message).toBe('Lago\'s list did not advance: it pointed again to a page already read (page=1)');
		expect(fakes.lago.server.calls('findAllCustomers')).toHaveLength(1);
	});

	it('next_page before the current page: held = stops instead of going round', async () => {
		fakes.lago.server.on('findAllCustomers', ({ query }: any) => ({ body: page(Number(query.page), Number(query.page) === 1 ? 2 : 1) }));
		const result = await getAll('lago');
		expect(result.error?.message).toMatch(/^Lago's list did not advance: it pointed again to a page already read/);
		expect(fakes.lago.server.calls('findAllCustomers').map((r) => r.query.page)).toEqual(['1', '2']);
	});

	it('a new page number that serves the same records: held = stops on the second page', async () => {
		fakes.lago.server.on('findAllCustomers', ({ query }: any) => ({ body: { ...page(1, Number(query.page) + 1) } }));
		const result = await getAll('lago');
		expect(result.error?.message).toBe("Lago's list did not advance: it served the same records again for the next page");
		expect(fakes.lago.server.calls('findAllCustomers')).toHaveLength(2);
	});
});

describe('Notihub (page numbers, bare arrays)', () => {
	it('the same page whatever the page number: held = stops on the second page', async () => {
		const records = Array.from({ length: 200 }, (_, i) => notihubCustomer(i + 1));
		fakes.notihub.server.on('listCustomers', fakes.notihub.api(() => ({ body: records })));
		const result = await getAll('notihub');
		expect(result.error?.message).toBe("Notihub's list did not advance: it served the same records again for the next page");
		expect(fakes.notihub.apiRequests().map((r) => r.query.page)).toEqual(['0', '1']);
		expectNoSecrets(result);
	});
});
