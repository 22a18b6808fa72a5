import type { ContractServer } from '../contract/server';
import { byExternalId, lagoRunner } from './lagoServer';
import { exampleResponse, startCheckedLagoServer } from './specExamples';

let server: ContractServer;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startCheckedLagoServer();
	run = lagoRunner(server, 'entitlement');
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const plan = { __rl: true, mode: 'code', value: 'startup' };
const subscription = byExternalId('sub_1');
const rows = {
	values: [
		{ feature: 'seats', privilege: 'max', value: '20' },
		{ feature: 'seats', privilege: 'root', value: 'false' },
		{ feature: 'sso', privilege: 'provider', value: 'okta' },
		{ feature: 'api', privilege: '', value: '' },
	],
};
const sentMap = { seats: { max: 20, root: false }, sso: { provider: 'okta' }, api: {} };

describe('Lago › Entitlement', () => {
	it('replaces and updates plan entitlements from rows, typed values, one item per feature', async () => {
		const answer = exampleResponse('createEntitlement');
		server.on('createEntitlement', { body: answer });
		server.on('updateEntitlement', { body: { entitlements: [...answer.entitlements as object[], ...answer.entitlements as object[]] } });
		const replaced = await run({ operation: 'replaceForPlan', plan, entitlements: rows });
		expect(replaced.error).toBeUndefined();
		expect(server.calls('createEntitlement')[0].body).toEqual({ entitlements: sentMap });
		expect(replaced.items).toEqual(answer.entitlements);
		const updated = await run({ operation: 'updateForPlan', plan, entitlements: { values: [{ feature: 'seats', privilege: 'max', value: '25' }] } });
		expect(server.calls('updateEntitlement')[0].body).toEqual({ entitlements: { seats: { max: 25 } } });
		expect(updated.items).toHaveLength(2);
	});

	it('lists, gets and removes entitlements of a plan', async () => {
		const list = exampleResponse('findAllEntitlements');
		const one = exampleResponse('findEntitlement');
		server.on('findAllEntitlements', { body: list });
		server.on('findEntitlement', { body: one });
		server.on('destroyEntitlement', { body: one });
		server.on('removeEntitlementPrivilege', { body: one });
		expect((await run({ operation: 'getAllForPlan', plan })).items).toEqual(list.entitlements);
		expect((await run({ operation: 'getForPlan', plan, featureCode: 'seats' })).items).toEqual([one.entitlement]);
		expect(server.calls('findEntitlement')[0].path).toBe('/plans/startup/entitlements/seats');
		expect((await run({ operation: 'deleteFromPlan', plan, featureCode: 'seats' })).items).toEqual([{ deleted: true, id: 'seats' }]);
		const privilege = await run({ operation: 'removePrivilegeFromPlan', plan, featureCode: 'seats', privilegeCode: 'max' });
		expect(server.calls('removeEntitlementPrivilege')[0].path).toBe('/plans/startup/entitlements/seats/privileges/max');
		expect(privilege.items).toEqual([one.entitlement]);
	});

	it('reads, overrides and removes entitlements of a subscription, for the chosen status', async () => {
		const list = exampleResponse('findAllSubscriptionEntitlements');
		const one = exampleResponse('destroySubscriptionEntitlement');
		server.on('findAllSubscriptionEntitlements', { body: list });
		server.on('updateSubscriptionEntitlements', { body: list });
		server.on('destroySubscriptionEntitlement', { body: one });
		server.on('destroySubscriptionEntitlementPrivilege', { body: one });
		expect((await run({ operation: 'getAllForSubscription', subscription, subscriptionStatus: 'pending' })).items).toEqual(list.entitlements);
		expect(server.calls('findAllSubscriptionEntitlements')[0]).toMatchObject({ path: '/subscriptions/sub_1/entitlements', query: { subscription_status: 'pending' } });
		await run({ operation: 'updateForSubscription', subscription, entitlements: rows });
		expect(server.calls('updateSubscriptionEntitlements')[0].body).toEqual({ entitlements: sentMap });
		expect((await run({ operation: 'deleteFromSubscription', subscription, featureCode: 'sso' })).items).toEqual([{ deleted: true, id: 'sso' }]);
		const privilege = await run({ operation: 'removePrivilegeFromSubscription', subscription, featureCode: 'sso', privilegeCode: 'provider' });
		expect(server.calls('destroySubscriptionEntitlementPrivilege')[0].path).toBe('/subscriptions/sub_1/entitlements/sso/privileges/provider');
		expect(privilege.items).toEqual([one.entitlement]);
	});
});
