import type { ContractServer } from '../contract/server';
import { lagoRunner, meta } from './lagoServer';
import { exampleResponse, startCheckedLagoServer } from './specExamples';

let server: ContractServer;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startCheckedLagoServer();
	run = lagoRunner(server, 'feature');
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const featureRecord = () => exampleResponse('findFeature').feature as Record<string, unknown>;
const byCode = (value: string) => ({ __rl: true, mode: 'code', value });

describe('Lago › Feature', () => {
	it('creates a feature with privileges of each type, select options only for Select', async () => {
		server.on('createFeature', { body: { feature: featureRecord() } });
		const result = await run({
			operation: 'create',
			code: 'seats',
			additionalFields: {
				name: 'Number of seats',
				privileges: {
					values: [
						{ code: 'max', name: 'Maximum', valueType: 'integer', selectOptions: '' },
						{ code: 'provider', name: '', valueType: 'select', selectOptions: 'google, okta' },
					],
				},
			},
		});
		expect(result.error).toBeUndefined();
		expect(server.calls('createFeature')[0].body).toEqual({
			feature: {
				code: 'seats',
				name: 'Number of seats',
				privileges: [
					{ code: 'max', name: 'Maximum', value_type: 'integer' },
					{ code: 'provider', value_type: 'select', config: { select_options: ['google', 'okta'] } },
				],
			},
		});
		expect(result.items).toEqual([featureRecord()]);
	});

	it('searches, gets, updates, deletes a feature and one of its privileges', async () => {
		server.on('findAllFeatures', { body: { features: [featureRecord()], meta: meta(1, 1, 1) } });
		server.on('findFeature', { body: { feature: featureRecord() } });
		server.on('updateFeature', { body: { feature: featureRecord() } });
		server.on('destroyFeature', { body: { feature: featureRecord() } });
		server.on('deleteFeaturePrivilege', { body: { feature: featureRecord() } });
		expect((await run({ operation: 'getAll', returnAll: true, filters: { searchTerm: 'seat' } })).items).toEqual([featureRecord()]);
		expect(server.calls('findAllFeatures')[0].query).toEqual({ search_term: 'seat', page: '1', per_page: '100' });
		expect((await run({ operation: 'get', feature: byCode('seats') })).items).toEqual([featureRecord()]);
		await run({ operation: 'update', feature: byCode('seats'), updateFields: { description: 'Users of the account' } });
		expect(server.calls('updateFeature')[0].body).toEqual({ feature: { description: 'Users of the account' } });
		const privilege = await run({ operation: 'deletePrivilege', feature: byCode('seats'), privilegeCode: 'max' });
		expect(server.calls('deleteFeaturePrivilege')[0].path).toBe('/features/seats/privileges/max');
		expect(privilege.items).toEqual([featureRecord()]);
		expect((await run({ operation: 'delete', feature: byCode('seats') })).items).toEqual([{ deleted: true, id: 'seats' }]);
	});
});
