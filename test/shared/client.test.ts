/**
 * The service client's page walk against a vendor whose list never ends: held = it stops after MAX_PAGES pages
 * with an error that says so and what to do, instead of reading forever.
 */
import { createServiceClient, MAX_PAGES, pageNumberWalk } from '../../nodes/shared/client';

it(`stops a list that never ends after ${MAX_PAGES} pages, with an error that says what to do`, async () => {
	const client = createServiceClient({
		vendor: 'Endless',
		credentialType: 'endlessApi',
		parseError: () => undefined,
		rateLimit: { maxRetries: 3, resetHeaders: [], fallbackWaitMs: 1000, maxWaitMs: 65_000 },
	});
	let pages = 0;
	const ctx = {
		getNode: () => ({ name: 'Endless', type: 'endless', typeVersion: 1, parameters: {} }),
		getItemIndex: () => 0,
		getCredentials: async () => ({}),
		getNodeParameter: (name: string) => (name === 'returnAll' ? true : undefined),
		makeRoutingRequest: async () => [{ json: { id: ++pages } }],
	};
	const walk = client.paginate(pageNumberWalk({ pageParameter: 'page', pageSizeParameter: 'limit', maxPageSize: 1 }));
	const requestData = { options: { method: 'GET', url: '/records', qs: {} }, preSend: [], postReceive: [] };
	await expect(walk.call(ctx as never, requestData as never)).rejects.toMatchObject({
		message: `Stopped after ${MAX_PAGES} pages of Endless results`,
		description: 'Narrow the list with filters, or turn off Return All and set a Limit.',
	});
	expect(pages).toBe(MAX_PAGES);
});
