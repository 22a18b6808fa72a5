import { LoadOptionsContext } from 'n8n-core';
import { Workflow, type INode, type INodeParameters } from 'n8n-workflow';

import type { ContractServer } from '../contract/server';
import { additionalDataFor, nodeTypes, TestCredentialsHelper } from '../engine';
import { sample, startBillingServer } from './billingSamples';
import { lagoCredentials, meta } from './lagoServer';

let server: ContractServer;
beforeAll(async () => (server = await startBillingServer()));
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

type Search = (filter?: string, paginationToken?: string) => Promise<{ results: { name: string; value: string | number }[]; paginationToken?: unknown }>;

/** Calls a "From List" search of the Lago node the way the editor does, with the node's current parameters. */
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

describe('Lago › From List searches of billing records', () => {
	it("searches credit notes with Lago's search and pages on", async () => {
		const note = { ...sample('CreditNote').credit_note, number: 'CN-1', invoice_number: 'INV-1', issuing_date: '2026-07-01' };
		server.on('findAllCreditNotes', { body: { credit_notes: [note], meta: meta(1, 2, 2) } });
		const found = await search('searchCreditNotes')('acme');
		expect(found).toEqual({ results: [{ name: `CN-1 · ${note.customer.name} · for INV-1 · 2026-07-01`, value: note.lago_id }], paginationToken: '2' });
		expect(server.calls('findAllCreditNotes')[0].query).toEqual({ search_term: 'acme', page: '1', per_page: '100' });
	});

	it('lists the wallets of the customer chosen in the node, by Lago ID', async () => {
		const wallet = { ...sample('Wallet').wallet, name: 'Prepaid', code: 'prepaid', status: 'active', credits_balance: '12.0' };
		server.on('findAllWallets', { body: { wallets: [wallet], meta: meta(1, 1, 1) } });
		const found = await search('searchWallets', { customer: { __rl: true, mode: 'list', value: 'cust_1' } })();
		expect(found.results).toEqual([{ name: 'Prepaid · prepaid · active · 12.0 credits', value: wallet.lago_id }]);
		expect(server.calls('findAllWallets')[0].query.external_customer_id).toBe('cust_1');
	});

	it("takes the search text as the customer's external ID when the node has no customer", async () => {
		const wallet = { ...sample('Wallet').wallet, name: null, code: 'main', status: 'active', credits_balance: '3.0', external_customer_id: 'cust_9' };
		server.on('findAllWallets', { body: { wallets: [wallet], meta: meta(1, 1, 1) } });
		const found = await search('searchWallets')('cust_9');
		expect(found.results).toEqual([{ name: 'main · active · 3.0 credits · cust_9', value: wallet.lago_id }]);
		expect(server.calls('findAllWallets')[0].query.external_customer_id).toBe('cust_9');
		expect(await search('searchWallets')()).toEqual({ results: [] });
	});

	it('lists add-ons by code, filtered by the search text', async () => {
		const addOn = sample('AddOn').add_on;
		server.on('findAllAddOns', { body: { add_ons: [{ ...addOn, name: 'Setup Fee', code: 'setup' }, { ...addOn, name: 'Support', code: 'support' }], meta: meta(1, 1, 2) } });
		expect((await search('searchAddOns')('setup')).results).toEqual([{ name: 'Setup Fee · setup', value: 'setup' }]);
	});
});
