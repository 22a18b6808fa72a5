import type { ContractServer } from '../contract/server';
import { runNode } from '../engine';
import { apiCalls, notihubAuth, notihubCredentials, startNotihubServer, uuid } from './notihubServer';

let server: ContractServer;
let auth: ReturnType<typeof notihubAuth>;
beforeAll(async () => {
	server = await startNotihubServer();
});
afterAll(async () => await server.close());
beforeEach(() => {
	server.reset();
	auth = notihubAuth(server);
});
afterEach(() => server.expectNoViolations());

const run = (parameters: Record<string, unknown>) =>
	runNode({ type: 'notihub', parameters: { resource: 'preference', ...parameters }, credentials: notihubCredentials(server) });

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Notihub › Preference', () => {
	it('sets preferences as the bare array Notihub expects; one item per template group comes out', async () => {
		server.on('setPreferences', auth.api(({ body }) => ({ status: 201, body })));
		const result = await run({
			operation: 'set',
			customerId: byId(uuid(6)),
			preferences: {
				preference: [
					{ templateGroupId: ' system.products ', mechanisms: ['EMAIL', 'PUSH'] },
					{ templateGroupId: 'system.friends', mechanisms: ['NONE'] },
				],
			},
		});
		expect(apiCalls(server)).toEqual([`POST /customers/${uuid(6)}/preferences/`]);
		expect(server.calls('setPreferences')[0].body).toEqual([
			{ templateGroupId: 'system.products', mechanisms: ['EMAIL', 'PUSH'] },
			{ templateGroupId: 'system.friends', mechanisms: ['NONE'] },
		]);
		expect(result.items).toEqual([
			{ templateGroupId: 'system.products', mechanisms: ['EMAIL', 'PUSH'] },
			{ templateGroupId: 'system.friends', mechanisms: ['NONE'] },
		]);
	});

	it('refuses None mixed with other mechanisms, an empty choice and a missing group, before sending', async () => {
		const mixed = await run({
			operation: 'set',
			customerId: byId(uuid(6)),
			preferences: { preference: [{ templateGroupId: 'a', mechanisms: ['EMAIL'] }, { templateGroupId: 'b', mechanisms: ['NONE', 'PUSH'] }] },
		});
		expect(mixed.error?.message).toBe('Preference 2 › Mechanisms cannot combine None with other mechanisms (item 0)');
		const empty = await run({
			operation: 'set',
			customerId: byId(uuid(6)),
			preferences: { preference: [{ templateGroupId: 'a', mechanisms: [] }] },
		});
		expect(empty.error?.message).toBe('Preference › Mechanisms needs at least one value (item 0)');
		expect(empty.error?.description).toBe('Choose None to turn this group off.');
		const none = await run({ operation: 'set', customerId: byId(uuid(6)), preferences: {} });
		expect(none.error?.message).toBe('Preferences needs at least one template group (item 0)');
		expect(server.requests).toHaveLength(0);
	});

	it('gets the preferences of a customer', async () => {
		const stored = [{ templateGroupId: 'memberships', mechanisms: ['PHONE'] }];
		server.on('getPreferences', auth.api(() => ({ body: stored })));
		const result = await run({ operation: 'get', customerId: byId(uuid(6)) });
		expect(apiCalls(server)).toEqual([`GET /customers/${uuid(6)}/preferences/`]);
		expect(result.items).toEqual(stored);
	});
});
