import { LoadOptionsContext } from 'n8n-core';
import { Workflow, type IDataObject, type ILoadOptionsFunctions, type INode, type INodeListSearchResult } from 'n8n-workflow';

import type { ContractServer } from '../contract/server';
import { additionalDataFor, nodeTypeInstances, nodeTypes, TestCredentialsHelper } from '../engine';
import { customer, message, notihubAuth, notihubCredentials, startNotihubServer, uuid } from './notihubServer';

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

type SearchMethod = (this: ILoadOptionsFunctions, filter?: string, token?: string) => Promise<INodeListSearchResult>;

/** Calls a "From List" search the way the editor does, with the node's current parameters. */
async function search(method: string, parameters: IDataObject, filter?: string, token?: string) {
	const node: INode = {
		id: 'node',
		name: 'Notihub',
		type: 'n8n-nodes-customer-stack.notihub',
		typeVersion: 1,
		position: [0, 0],
		parameters: parameters as INode['parameters'],
		credentials: { notihubApi: { id: 'cred-1', name: 'Test credential' } },
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const additionalData = additionalDataFor(new TestCredentialsHelper(notihubCredentials(server)));
	additionalData.currentNodeParameters = parameters as INode['parameters'];
	const context = new LoadOptionsContext(workflow, node, additionalData, 'customerId');
	const searchMethod = nodeTypeInstances.notihub.methods!.listSearch![method] as unknown as SearchMethod;
	return await searchMethod.call(context, filter, token);
}

describe('Notihub › From List pickers', () => {
	it('customers: Notihub search from page 0, named by external ID and primary email, next page while pages are full', async () => {
		const all = Array.from({ length: 150 }, (_, i) => customer(i + 1));
		server.on('listCustomers', auth.api(({ query }) => ({
			body: all.slice(Number(query.page) * Number(query.limit), (Number(query.page) + 1) * Number(query.limit)),
		})));
		const first = await search('searchCustomers', { resource: 'customer', operation: 'get' }, 'example');
		expect(first.results[0]).toEqual({ name: 'user_1 <customer1@example.com>', value: uuid(1) });
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toBe('1');
		const second = await search('searchCustomers', { resource: 'customer', operation: 'get' }, 'example', first.paginationToken as string);
		expect(second.results).toHaveLength(50);
		expect(second.paginationToken).toBeUndefined();
		expect(server.calls('listCustomers').map((r) => r.query)).toEqual([
			{ limit: '100', page: '0', search: 'example' },
			{ limit: '100', page: '1', search: 'example' },
		]);
	});

	it('contacts: those of the customer chosen above, filtered by the typed text', async () => {
		server.on('getCustomer', auth.api(() => ({
			body: {
				...customer(3),
				contacts: [
					{ contactId: 31, type: 'EMAIL', value: 'a@example.com', primary: true, verified: true },
					{ contactId: 32, type: 'PHONE', value: '+15550003', primary: false, verified: false },
				],
			},
		})));
		const parameters = { resource: 'contact', operation: 'delete', customerId: { __rl: true, mode: 'id', value: uuid(3) } };
		expect((await search('searchContacts', parameters)).results).toEqual([
			{ name: 'EMAIL: a@example.com (primary)', value: '31' },
			{ name: 'PHONE: +15550003', value: '32' },
		]);
		expect((await search('searchContacts', parameters, 'phone')).results).toEqual([{ name: 'PHONE: +15550003', value: '32' }]);
		expect(server.calls('getCustomer').map((r) => r.path)).toEqual([`/customers/${uuid(3)}`, `/customers/${uuid(3)}`]);
	});

	it('messages: recent ones named by template and customer', async () => {
		server.on('listMessages', auth.api(() => ({ body: [message(1, uuid(5))] })));
		const result = await search('searchMessages', { resource: 'message', operation: 'get' });
		expect(result).toEqual({
			results: [{ name: `users.membership.purchased → ${uuid(5)}`, value: message(1).messageId }],
			paginationToken: undefined,
		});
		expect(server.calls('listMessages')[0].query).toEqual({ limit: '100', page: '0' });
	});
});
