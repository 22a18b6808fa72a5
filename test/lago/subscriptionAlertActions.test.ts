import type { ContractServer } from '../contract/server';
import { byExternalId, lagoRunner } from './lagoServer';
import { exampleResponse, startCheckedLagoServer } from './specExamples';

let server: ContractServer;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startCheckedLagoServer();
	run = lagoRunner(server, 'subscriptionAlert');
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const subscription = byExternalId('sub_1');
/** The document's example alert; its example thresholds give `recurring` as text, which its own schema refuses. */
const alert = (): Record<string, unknown> => ({
	...(exampleResponse('getSubscriptionAlert').alert as Record<string, unknown>),
	thresholds: [{ code: 'warning', value: '1000.0', recurring: false }],
});

describe('Lago › Subscription Alert', () => {
	it('creates an alert with thresholds given as rows', async () => {
		server.on('createSubscriptionAlert', { body: { alert: alert() } });
		const result = await run({
			operation: 'create',
			subscription,
			code: 'usage_warning',
			alertType: 'billable_metric_current_usage_units',
			thresholds: { values: [{ value: '1000', code: 'warning', recurring: false }, { value: ' 500 ', code: '', recurring: true }] },
			additionalFields: { billableMetricCode: 'storage', name: 'Storage warning' },
		});
		expect(result.error).toBeUndefined();
		const [call] = server.calls('createSubscriptionAlert');
		expect(call.path).toBe('/subscriptions/sub_1/alerts');
		expect(call.query).toEqual({ subscription_status: 'active' });
		expect(call.body).toEqual({
			alert: {
				code: 'usage_warning',
				alert_type: 'billable_metric_current_usage_units',
				thresholds: [
					{ value: '1000', code: 'warning', recurring: false },
					{ value: '500', recurring: true },
				],
				billable_metric_code: 'storage',
				name: 'Storage warning',
			},
		});
		expect(result.items).toEqual([alert()]);
	});

	it('lists, gets, updates and deletes alerts', async () => {
		server.on('getSubscriptionAlerts', { body: { alerts: [alert(), { ...alert(), code: 'second' }], meta: exampleResponse('getSubscriptionAlerts').meta } });
		server.on('getSubscriptionAlert', { body: { alert: alert() } });
		server.on('updateSubscriptionAlert', { body: { alert: alert() } });
		server.on('deleteSubscriptionAlert', { body: { alert: alert() } });
		server.on('deleteAllSubscriptionAlerts', { status: 200 });
		expect((await run({ operation: 'getAll', subscription })).items.map((a) => a.code)).toEqual([alert().code, 'second']);
		expect((await run({ operation: 'get', subscription, alertCode: 'usage_warning', subscriptionStatus: 'terminated' })).items).toEqual([alert()]);
		expect(server.calls('getSubscriptionAlert')[0]).toMatchObject({ path: '/subscriptions/sub_1/alerts/usage_warning', query: { subscription_status: 'terminated' } });
		await run({ operation: 'update', subscription, alertCode: 'usage_warning', updateFields: { name: 'Renamed', thresholds: { values: [{ value: '2000', code: '', recurring: false }] } } });
		expect(server.calls('updateSubscriptionAlert')[0].body).toEqual({ alert: { name: 'Renamed', thresholds: [{ value: '2000', recurring: false }] } });
		expect((await run({ operation: 'delete', subscription, alertCode: 'usage_warning' })).items).toEqual([{ deleted: true, id: 'usage_warning' }]);
		const all = await run({ operation: 'deleteAll', subscription });
		expect(server.calls('deleteAllSubscriptionAlerts')[0].path).toBe('/subscriptions/sub_1/alerts');
		expect(all.items).toEqual([{ deleted: true, id: 'sub_1' }]);
	});
});
