/** The Dub nodes of the example workflows, run as they are stored, against the contract server. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { runNode } from '../engine';
import type { ContractServer } from '../contract/server';
import { dubAnswers, dubCredentials, startDubServer } from './dubServer';

let server: ContractServer;
beforeAll(async () => {
	server = await startDubServer();
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

interface StoredNode {
	name: string;
	type: string;
	parameters: Record<string, unknown>;
}
const example = (file: string) =>
	JSON.parse(readFileSync(path.join(__dirname, '../../examples', file), 'utf8')) as { nodes: StoredNode[]; pinData: Record<string, Array<{ json: Record<string, unknown> }>> };
const dubNode = (file: string, name: string) => {
	const found = example(file).nodes.find((n) => n.name === name);
	if (!found || found.type !== 'n8n-nodes-customer-stack.dub') throw new Error(`${file} has no Dub node ${name}`);
	return found.parameters;
};
const run = (parameters: Record<string, unknown>, input?: Record<string, unknown>[]) =>
	runNode({ type: 'dub', parameters, credentials: dubCredentials(server), input });

describe('Dub examples', () => {
	it('weekly digest: asks for last week’s clicks by country, one item per country', async () => {
		const rows = dubAnswers.complete('retrieveAnalytics', [{ country: 'US', clicks: 12 }, { country: 'DE', clicks: 5 }]);
		server.on('retrieveAnalytics', { body: rows });
		const result = await run(dubNode('dub-weekly-clicks-by-country.json', 'Clicks by Country, Last 7 Days'));
		expect(server.calls('retrieveAnalytics')[0].query).toMatchObject({ event: 'clicks', groupBy: 'countries', interval: '7d' });
		expect(result.items).toEqual(rows);
		expect(result.items.map((row) => [row.country, row.clicks])).toEqual([
			['US', 12],
			['DE', 5],
		]);
	});

	it('bulk campaign links: one request for the rows, one link per row', async () => {
		server.on('bulkCreateLinks', ({ body }) => ({
			body: (body as Array<Record<string, unknown>>).map((link, i) => dubAnswers.record('getLinkInfo', { id: `link_${i}`, ...link })),
		}));
		const rows = [
			{ slug: 'a', url: 'https://acme.example/a', channel: 'x' },
			{ slug: 'b', url: 'https://acme.example/b', channel: 'newsletter' },
		];
		const result = await run(dubNode('dub-bulk-campaign-links.json', 'Create Campaign Links'), rows);
		expect(server.calls('bulkCreateLinks')).toHaveLength(1);
		expect(result.items.map((link) => [link.key, link.utm_medium])).toEqual([
			['a', 'x'],
			['b', 'newsletter'],
		]);
	});

	it('internal sale: finds the commission of the sale’s invoice and cancels it', async () => {
		const file = 'dub-sale-cancel-partner-commission.json';
		const [sale] = example(file).pinData['New Sale in Dub'];
		const commission = (status: string) => dubAnswers.record('listCommissions', { id: 'cm_1', status });
		server.on('listCommissions', { body: [commission('pending')] });
		server.on('updateCommission', ({ params, body }) => ({ body: { ...commission('pending'), id: params.id, ...(body as object) } }));
		const found = await run(dubNode(file, "Find the Sale's Commission"), [sale.json]);
		expect(server.calls('listCommissions')[0].query).toEqual({ invoiceId: 'in_sample_0001', partnerId: 'pn_sample_jane', page: '1', pageSize: '10' });
		const updated = await run(dubNode(file, 'Mark Commission Canceled'), found.items);
		expect(server.calls('updateCommission')[0]).toMatchObject({ path: '/commissions/cm_1', body: { status: 'canceled' } });
		expect(updated.items).toEqual([commission('canceled')]);
	});
});
