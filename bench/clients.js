/**
 * The four ways to list every customer, per API. Each `load()` requires what the client needs (so a client's
 * process loads only its own code) and returns `list(url)`, which resolves with every customer: n8n items
 * (`{json}`) for the n8n clients, plain objects for the others.
 */
const { API_KEY, PAGE_SIZE } = require('./common');

const headers = { Authorization: `Bearer ${API_KEY}`, Accept: 'application/json' };

async function getJson(url) {
	const response = await fetch(url, { headers });
	if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
	return await response.json();
}


const clients = {
	dub: {
		/** The Dub node's Customer → Get Many with Return All, run by n8n-core. */
		ours: () => {
			const { runChain } = require('./engine');
			return async (url) =>
				await runChain(
					[
						{
							name: 'Dub',
							type: 'dub',
							parameters: { resource: 'customer', operation: 'getAll', returnAll: true },
							credentials: { dubApi: { id: 'cred-dub', name: 'Dub account' } },
						},
					],
					{ dubApi: { apiKey: API_KEY, baseUrl: url } },
				);
		},

		/** n8n's HTTP Request node, Bearer Auth credential, its own pagination: the last id as `startingAfter`. */
		httpRequestNode: () => {
			const { runChain, useNodesBase, nodeTypeInstances } = require('./engine');
			useNodesBase();
			const typeVersion = nodeTypeInstances['n8n-nodes-base.httpRequest'].description.defaultVersion;
			return async (url) =>
				await runChain(
					[
						{
							name: 'HTTP Request',
							type: 'n8n-nodes-base.httpRequest',
							typeVersion,
							credentials: { httpBearerAuth: { id: 'cred-bearer', name: 'Dub bearer' } },
							parameters: {
								method: 'GET',
								url: `${url}/customers`,
								authentication: 'genericCredentialType',
								genericAuthType: 'httpBearerAuth',
								sendQuery: true,
								queryParameters: { parameters: [{ name: 'pageSize', value: String(PAGE_SIZE) }] },
								options: {
									pagination: {
										pagination: {
											paginationMode: 'updateAParameterInEachRequest',
											parameters: {
												parameters: [{ type: 'qs', name: 'startingAfter', value: '={{ $response.body[$response.body.length - 1].id }}' }],
											},
											paginationCompleteWhen: 'other',
											completeExpression: `={{ $response.body.length < ${PAGE_SIZE} }}`,
											limitPagesFetched: false,
											requestInterval: 0,
										},
									},
								},
							},
						},
					],
					{ httpBearerAuth: { token: API_KEY } },
				);
		},

		/** The official SDK's own pager (it stops on an empty page). */
		sdk: () => {
			const { Dub } = require('./deps').requireDep('dub');
			return async (url) => {
				const dub = new Dub({ token: API_KEY, serverURL: url });
				const customers = [];
				for await (const page of await dub.customers.list({ pageSize: PAGE_SIZE })) customers.push(...page.result);
				return customers;
			};
		},

		/** A plain fetch loop: the floor. */
		raw: () => async (url) => {
			const customers = [];
			let after;
			for (;;) {
				const query = new URLSearchParams({ pageSize: String(PAGE_SIZE), ...(after ? { startingAfter: after } : {}) });
				const page = await getJson(`${url}/customers?${query}`);
				customers.push(...page);
				if (page.length < PAGE_SIZE) break;
				after = page[page.length - 1].id;
			}
			return customers;
		},
	},

	lago: {
		/** The Lago node's Customer → Get Many with Return All, run by n8n-core (needs the Lago node built). */
		ours: () => {
			const { runChain, nodeTypeInstances } = require('./engine');
			if (!nodeTypeInstances.lago) return undefined;
			return async (url) =>
				await runChain(
					[
						{
							name: 'Lago',
							type: 'lago',
							parameters: { resource: 'customer', operation: 'getAll', returnAll: true },
							credentials: { lagoApi: { id: 'cred-lago', name: 'Lago account' } },
						},
					],
					{ lagoApi: { apiKey: API_KEY, region: 'custom', customUrl: url } },
				);
		},

		/**
		 * n8n's HTTP Request node with `page` from `meta.next_page`; it outputs one item per PAGE, so a Split Out on
		 * `customers` follows, as a user needs to get one item per customer.
		 */
		httpRequestNode: () => {
			const { runChain, useNodesBase, nodeTypeInstances } = require('./engine');
			useNodesBase();
			const typeVersion = nodeTypeInstances['n8n-nodes-base.httpRequest'].description.defaultVersion;
			return async (url) =>
				await runChain(
					[
						{
							name: 'HTTP Request',
							type: 'n8n-nodes-base.httpRequest',
							typeVersion,
							credentials: { httpBearerAuth: { id: 'cred-bearer', name: 'Lago bearer' } },
							parameters: {
								method: 'GET',
								url: `${url}/api/v1/customers`,
								authentication: 'genericCredentialType',
								genericAuthType: 'httpBearerAuth',
								sendQuery: true,
								queryParameters: { parameters: [{ name: 'per_page', value: String(PAGE_SIZE) }] },
								options: {
									pagination: {
										pagination: {
											paginationMode: 'updateAParameterInEachRequest',
											parameters: { parameters: [{ type: 'qs', name: 'page', value: '={{ $response.body.meta.next_page }}' }] },
											paginationCompleteWhen: 'other',
											completeExpression: '={{ !$response.body.meta.next_page }}',
											limitPagesFetched: false,
											requestInterval: 0,
										},
									},
								},
							},
						},
						{
							name: 'Split Out',
							type: 'n8n-nodes-base.splitOut',
							typeVersion: 1,
							parameters: { fieldToSplitOut: 'customers', include: 'noOtherFields', options: {} },
						},
					],
					{ httpBearerAuth: { token: API_KEY } },
				);
		},

		/** The official client has no pager: the loop a Code node would run, following `meta.next_page`. */
		sdk: () => {
			const { Client } = require('./deps').requireDep('lago-javascript-client');
			return async (url) => {
				const lago = Client(API_KEY, { baseUrl: `${url}/api/v1` });
				const customers = [];
				let page = 1;
				while (page) {
					const { data } = await lago.customers.findAllCustomers({ page, per_page: PAGE_SIZE });
					customers.push(...data.customers);
					page = data.meta.next_page;
				}
				return customers;
			};
		},

		raw: () => async (url) => {
			const customers = [];
			let page = 1;
			while (page) {
				const body = await getJson(`${url}/api/v1/customers?page=${page}&per_page=${PAGE_SIZE}`);
				customers.push(...body.customers);
				page = body.meta.next_page;
			}
			return customers;
		},
	},
};

/** The id of a listed customer, and the one the server gives the customer at 1-based position `i`. */
const identity = {
	dub: { of: (record) => (record.json ?? record).id, at: (i) => `cus_1K${String(i).padStart(24, '0')}` },
	lago: { of: (record) => (record.json ?? record).external_id, at: (i) => `cust_${i}` },
};

module.exports = { clients, identity, CLIENTS: ['ours', 'httpRequestNode', 'sdk', 'raw'] };
