import { LoadOptionsContext } from 'n8n-core';
import { Workflow, type INode, type INodeParameters, type INodeTypeDescription } from 'n8n-workflow';

import { resources as lagoResources } from '../../nodes/Lago/actions';
import { lagoDocuments } from '../../scripts/lib/specs';
import type { ContractServer } from '../contract/server';
import { additionalDataFor, nodeTypes, TestCredentialsHelper } from '../engine';
import { lagoCredentials, meta } from './lagoServer';
import { exampleResponse, startCheckedLagoServer } from './specExamples';

const operations = lagoResources.flatMap((r) => r.operations);

/** method and path (placeholders blanked) of every operationId of the Lago document. */
function documented() {
	const paths = (lagoDocuments()[0] as { paths: Record<string, Record<string, { operationId?: string }>> }).paths;
	const byId = new Map<string, string>();
	for (const [path, item] of Object.entries(paths)) {
		for (const [method, op] of Object.entries(item)) {
			if (op?.operationId) byId.set(op.operationId, `${method.toUpperCase()} ${path.replace(/\{\w+\}/g, '{}')}`);
		}
	}
	return byId;
}

describe('Lago › catalog operations', () => {
	it('each has the operationId, method and path of the Lago document', () => {
		const byId = documented();
		const mismatches = operations
			.map((op) => [op.operationId, `${op.method} ${op.path.replace(/\{\w+\}/g, '{}')}`, byId.get(op.operationId)])
			.filter(([, ours, theirs]) => ours !== theirs);
		expect(mismatches).toEqual([]);
		// One route may serve two operations: Payment Receipt › Download PDF reads the receipt until its file exists.
		const routes = operations.filter((op) => op.value !== 'downloadPdf').map((op) => op.operationId);
		expect(new Set(routes).size).toBe(routes.length);
	});

	it('every Lago node resource and operation is in the Resource and Operation lists', () => {
		const properties = (nodeTypes.getByName('lago').description as INodeTypeDescription).properties;
		const resources = properties.find((p) => p.name === 'resource')?.options as Array<{ value: string }>;
		for (const resource of lagoResources) {
			expect(resources.map((r) => r.value)).toContain(resource.value);
			const selector = properties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource.value));
			expect((selector?.options as Array<{ value: string }>).map((o) => o.value).sort()).toEqual(resource.operations.map((o) => o.value).sort());
		}
	});
});

describe('Lago › catalog list searches', () => {
	let server: ContractServer;
	beforeAll(async () => {
		server = await startCheckedLagoServer();
	});
	afterAll(async () => await server.close());
	beforeEach(() => server.reset());
	afterEach(() => server.expectNoViolations());

	type Search = (filter?: string, token?: string) => Promise<{ results: Array<{ name: string; value: string | number }>; paginationToken?: unknown }>;
	function search(method: string, parameters: INodeParameters = {}): Search {
		const node: INode = {
			id: 'lago',
			name: 'Lago',
			type: 'n8n-nodes-customer-stack.lago',
			typeVersion: 1,
			position: [0, 0],
			parameters,
			credentials: { lagoApi: { id: 'cred-1', name: 'Lago' } },
		};
		const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
		const additionalData = additionalDataFor(new TestCredentialsHelper(lagoCredentials(server)));
		additionalData.currentNodeParameters = parameters;
		const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters.resource');
		const lago = nodeTypes.getByName('lago') as unknown as { methods: { listSearch: Record<string, Search> } };
		return async (filter, token) => await lago.methods.listSearch[method].call(context as never, filter, token);
	}

	it('offers taxes by code, filtered by the search text', async () => {
		const tax = exampleResponse('findTax').tax as Record<string, unknown>;
		server.on('findAllTaxes', { body: { taxes: [tax, { ...tax, name: 'Reduced', code: 'reduced', rate: 5.5 }], meta: meta(1, 1, 2) } });
		expect((await search('searchTaxes')('reduc')).results).toEqual([{ name: 'Reduced · reduced · 5.5%', value: 'reduced' }]);
	});

	it("searches features with Lago's search", async () => {
		const feature = exampleResponse('findFeature').feature as Record<string, unknown>;
		server.on('findAllFeatures', { body: { features: [feature], meta: meta(1, 2, 2) } });
		const result = await search('searchFeatures')('seat');
		expect(result).toEqual({ results: [{ name: `${String(feature.name)} · ${String(feature.code)}`, value: feature.code }], paginationToken: '2' });
		expect(server.calls('findAllFeatures')[0].query).toEqual({ search_term: 'seat', page: '1', per_page: '100' });
	});

	it('offers billable metrics by Lago ID for charges', async () => {
		const metric = exampleResponse('findBillableMetric').billable_metric as Record<string, unknown>;
		server.on('findAllBillableMetrics', { body: { billable_metrics: [metric], meta: meta(1, 1, 1) } });
		expect((await search('searchBillableMetricIds')()).results).toEqual([{ name: `${String(metric.name)} · ${String(metric.code)}`, value: metric.lago_id }]);
	});

	it('offers the charges of the plan chosen in the node, and nothing before a plan is chosen', async () => {
		const charge = exampleResponse('findPlanCharge').charge as Record<string, unknown>;
		server.on('findAllPlanCharges', { body: { charges: [{ ...charge, code: 'api_requests', invoice_display_name: 'API calls' }], meta: meta(1, 1, 1) } });
		expect(await search('searchPlanCharges')()).toEqual({ results: [] });
		const result = await search('searchPlanCharges', { plan: { __rl: true, mode: 'code', value: 'start up' } })();
		expect(result.results).toEqual([{ name: `API calls · api_requests · ${String(charge.charge_model)}`, value: 'api_requests' }]);
		expect(server.calls('findAllPlanCharges')[0].path).toBe('/plans/start%20up/charges');
	});

	it('offers billing entities by code and webhook endpoints by ID', async () => {
		const [entity] = exampleResponse('listBillingEntities').billing_entities as Array<Record<string, unknown>>;
		server.on('listBillingEntities', { body: { billing_entities: [{ ...entity, is_default: true }] } });
		expect((await search('searchBillingEntities')()).results).toEqual([{ name: `${String(entity.name)} · ${String(entity.code)} · default`, value: entity.code }]);
		const endpoint = exampleResponse('findWebhookEndpoint').webhook_endpoint as Record<string, unknown>;
		server.on('findAllWebhookEndpoints', { body: { webhook_endpoints: [{ ...endpoint, name: 'CRM' }], meta: meta(1, 1, 1) } });
		expect((await search('searchWebhookEndpoints')()).results).toEqual([{ name: `CRM · ${String(endpoint.webhook_url)}`, value: endpoint.lago_id }]);
	});
});
