/**
 * Updates with nothing to change. Held: refused before anything is sent (not even the read that a Notihub update
 * does first, nor the token exchange), with an error that says what to do and names the item.
 */
import { startFake, type VendorFake } from './support';

let fake: VendorFake;
beforeAll(async () => {
	fake = await startFake('notihub');
});
afterAll(async () => await fake.server.close());
beforeEach(() => fake.server.reset());

const uuid = '00000000-0000-4000-8000-000000000001';

it.each([
	['customer', { customerId: { __rl: true, mode: 'id', value: uuid } }],
	['contact', { customerId: { __rl: true, mode: 'id', value: uuid }, contactId: { __rl: true, mode: 'id', value: '31' } }],
])('Notihub %s › Update with no Update Fields: held = "Nothing to update", no request', async (resource, ids) => {
	const result = await fake.run({ resource, operation: 'update', ...ids, updateFields: {} }, { input: [{}, {}], continueOnFail: true });
	expect(result.rawItems.map((item) => item.json.error ?? item.error?.message)).toEqual([
		'Nothing to update: add at least one field to Update Fields (item 0)',
		'Nothing to update: add at least one field to Update Fields (item 1)',
	]);
	expect(fake.server.requests).toEqual([]);
});

it('Notihub customer › Update whose read answers an empty body: held = an error, and no update is sent on a guess', async () => {
	fake.server.on('getCustomer', fake.api(() => ({ status: 200, body: '' })));
	const result = await fake.run({ resource: 'customer', operation: 'update', customerId: { __rl: true, mode: 'id', value: uuid }, updateFields: { status: 'DISABLED' } });
	expect(result.error?.message).toBe('Notihub answered HTTP 200 with an empty body instead of JSON');
	expect(fake.apiRequests().map((r) => r.operationId)).toEqual(['getCustomer']);
});
