import type { ContractServer } from '../contract/server';
import { lagoRunner, meta } from './lagoServer';
import { exampleResponse, startCheckedLagoServer } from './specExamples';

let server: ContractServer;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startCheckedLagoServer();
	run = lagoRunner(server, 'webhookEndpoint');
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const endpoint = () => exampleResponse('findWebhookEndpoint').webhook_endpoint as Record<string, unknown>;
const ID = '1a901a90-1a90-1a90-1a90-1a901a901a90';
const byId = { __rl: true, mode: 'id', value: ID };

describe('Lago › Webhook Endpoint', () => {
	it('creates an endpoint for some event types, signed with HMAC', async () => {
		server.on('createWebhookEndpoint', { body: { webhook_endpoint: endpoint() } });
		const result = await run({
			operation: 'create',
			webhookUrl: 'https://example.com/hooks',
			options: { signatureAlgo: 'hmac', eventTypes: 'invoice.created, customer.created', name: 'CRM' },
		});
		expect(server.calls('createWebhookEndpoint')[0].body).toEqual({
			webhook_endpoint: { webhook_url: 'https://example.com/hooks', signature_algo: 'hmac', event_types: ['invoice.created', 'customer.created'], name: 'CRM' },
		});
		expect(result.items).toEqual([endpoint()]);
	});

	it('gets, lists, updates and deletes endpoints by ID', async () => {
		server.on('findWebhookEndpoint', { body: { webhook_endpoint: endpoint() } });
		server.on('findAllWebhookEndpoints', { body: { webhook_endpoints: [endpoint()], meta: meta(1, 1, 1) } });
		server.on('updateWebhookEndpoint', { body: { webhook_endpoint: endpoint() } });
		server.on('destroyWebhookEndpoint', { body: { webhook_endpoint: endpoint() } });
		expect((await run({ operation: 'get', webhookEndpointId: byId })).items).toEqual([endpoint()]);
		expect(server.calls('findWebhookEndpoint')[0].path).toBe(`/webhook_endpoints/${ID}`);
		expect((await run({ operation: 'getAll', returnAll: true })).items).toEqual([endpoint()]);
		await run({ operation: 'update', webhookEndpointId: byId, webhookUrl: 'https://example.com/v2', updateFields: { signatureAlgo: 'jwt' } });
		expect(server.calls('updateWebhookEndpoint')[0].body).toEqual({ webhook_endpoint: { webhook_url: 'https://example.com/v2', signature_algo: 'jwt' } });
		expect((await run({ operation: 'delete', webhookEndpointId: byId })).items).toEqual([{ deleted: true, id: ID }]);
	});
});
