/**
 * n8n registers an active trigger's webhook once and does not register it again when it boots, so `npm run demo`
 * keeps the sandbox's webhook registrations (and Lago's signing key, which the Lago Trigger caches) across restarts;
 * the sample data starts over.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DUB_SANDBOX_API_KEY, LAGO_SANDBOX_API_KEY, startSandbox } from '../../scripts/sandbox';
import { call } from './receiver';

const folder = mkdtempSync(join(tmpdir(), 'sandbox-state-'));
const stateFile = join(folder, 'sandbox-webhooks.json');
const ports = { dub: 0, lago: 0, notihub: 0 };
afterAll(() => rmSync(folder, { recursive: true, force: true }));

it('keeps registered webhooks and the Lago signing key across a restart, and starts the sample data over', async () => {
	const first = await startSandbox({ ports, stateFile });
	const dub = (method: string, path: string, body?: unknown) => call(first.dub.url, method, path, { token: DUB_SANDBOX_API_KEY, body });
	const webhook = (await dub('POST', '/webhooks', { name: 'n8n: leads', url: 'http://localhost:5678/webhook/abc/webhook', triggers: ['lead.created'] })).body;
	const endpoint = (
		await call(first.lago.url, 'POST', '/webhook_endpoints', {
			token: LAGO_SANDBOX_API_KEY,
			body: { webhook_endpoint: { webhook_url: 'http://localhost:5678/webhook/def/webhook', signature_algo: 'jwt' } },
		})
	).body.webhook_endpoint;
	const key = (await call(first.lago.url, 'GET', '/webhooks/json_public_key', { token: LAGO_SANDBOX_API_KEY })).body;
	await dub('POST', '/links', { url: 'https://acme.example/temporary', key: 'temporary' });
	await first.close();

	const second = await startSandbox({ ports, stateFile });
	try {
		expect((await call(second.dub.url, 'GET', `/webhooks/${webhook.id}`, { token: DUB_SANDBOX_API_KEY })).body).toEqual(webhook);
		expect((await call(second.lago.url, 'GET', `/webhook_endpoints/${endpoint.lago_id}`, { token: LAGO_SANDBOX_API_KEY })).body).toEqual({ webhook_endpoint: endpoint });
		expect((await call(second.lago.url, 'GET', '/webhooks/json_public_key', { token: LAGO_SANDBOX_API_KEY })).body).toEqual(key);
		expect((await call(second.dub.url, 'GET', '/links/info?domain=dub.sh&key=temporary', { token: DUB_SANDBOX_API_KEY })).status).toBe(404);
		expect(second.violations()).toEqual({ Dub: [], Lago: [], Notihub: [] });
	} finally {
		await second.close();
	}
});

it('without a state file, each start begins with no webhooks', async () => {
	const sandbox = await startSandbox({ ports });
	try {
		expect((await call(sandbox.dub.url, 'GET', '/webhooks', { token: DUB_SANDBOX_API_KEY })).body).toEqual([]);
	} finally {
		await sandbox.close();
	}
});
