import { runNode } from '../engine';
import type { ContractServer } from '../contract/server';
import { dubCredentials, startDubServer } from './dubServer';

let server: ContractServer;
beforeAll(async () => {
	server = await startDubServer();
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const run = (parameters: Record<string, unknown>, extra: { input?: Record<string, unknown>[]; continueOnFail?: boolean } = {}) =>
	runNode({ type: 'dub', parameters: { resource: 'track', ...parameters }, credentials: dubCredentials(server), ...extra });

/** Dub's answer to POST /track/lead, built from what was sent. */
function leadAnswer(body: Record<string, any>) {
	return {
		click: { id: body.clickId || 'click_from_deferred' },
		link: {
			id: 'link_1',
			domain: 'dub.sh',
			key: 'github',
			shortLink: 'https://dub.sh/github',
			url: 'https://github.com/dubinc/dub',
			partnerId: null,
			programId: null,
			tenantId: null,
			externalId: null,
		},
		customer: {
			name: body.customerName ?? 'Big Red Caribou',
			email: body.customerEmail ?? null,
			avatar: body.customerAvatar ?? null,
			externalId: body.customerExternalId,
		},
	};
}

/** Dub's answer to POST /track/sale, built from what was sent. */
function saleAnswer(body: Record<string, any>) {
	return {
		eventName: body.eventName ?? 'Purchase',
		customer: { id: 'cus_1', name: 'Ann', email: 'ann@example.com', avatar: null, externalId: body.customerExternalId },
		sale: {
			amount: body.amount,
			currency: body.currency ?? 'usd',
			paymentProcessor: body.paymentProcessor ?? 'custom',
			invoiceId: body.invoiceId ?? null,
			metadata: body.metadata ?? null,
		},
	};
}

describe('Dub › Track › Lead', () => {
	it('sends every lead field, with metadata parsed from JSON text, and outputs Dub’s answer', async () => {
		server.on('trackLead', ({ body }) => ({ body: leadAnswer(body) }));
		const result = await run({
			operation: 'lead',
			clickId: ' rLnWe1uz9t282v7g ',
			eventName: 'Sign up',
			customerExternalId: 'user_42',
			additionalFields: {
				customerName: 'Ann Lee',
				customerEmail: ' ann@example.com ',
				customerAvatar: 'https://example.com/ann.png',
				mode: 'wait',
				eventQuantity: 3,
				metadata: '{"plan": "pro", "seats": 3}',
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = server.calls('trackLead');
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/track/lead');
		expect(request.body).toEqual({
			clickId: 'rLnWe1uz9t282v7g',
			eventName: 'Sign up',
			customerExternalId: 'user_42',
			customerName: 'Ann Lee',
			customerEmail: 'ann@example.com',
			customerAvatar: 'https://example.com/ann.png',
			mode: 'wait',
			eventQuantity: 3,
			metadata: { plan: 'pro', seats: 3 },
		});
		expect(result.items).toEqual([leadAnswer(request.body)]);
		expect(result.items[0]).toMatchObject({ click: { id: 'rLnWe1uz9t282v7g' }, customer: { externalId: 'user_42' } });
	});

	it('sends an empty click ID in deferred mode, and metadata given as an object by an expression', async () => {
		server.on('trackLead', ({ body }) => ({ body: leadAnswer(body) }));
		const result = await run(
			{
				operation: 'lead',
				clickId: '',
				eventName: 'Trial started',
				customerExternalId: '={{ $json.userId }}',
				additionalFields: { mode: 'deferred', metadata: '={{ $json.meta }}' },
			},
			{ input: [{ userId: 'user_7', meta: { source: 'app' } }] },
		);
		expect(result.error).toBeUndefined();
		expect(server.calls('trackLead')[0].body).toEqual({
			clickId: '',
			eventName: 'Trial started',
			customerExternalId: 'user_7',
			mode: 'deferred',
			metadata: { source: 'app' },
		});
		expect(result.items).toEqual([leadAnswer({ clickId: '', customerExternalId: 'user_7' })]);
	});

	it('tracks one lead per input item', async () => {
		server.on('trackLead', ({ body }) => ({ body: leadAnswer(body) }));
		const result = await run(
			{ operation: 'lead', clickId: '={{ $json.click }}', eventName: 'Sign up', customerExternalId: '={{ $json.user }}' },
			{ input: [{ click: 'c1', user: 'u1' }, { click: 'c2', user: 'u2' }] },
		);
		expect(server.calls('trackLead').map((r) => r.body)).toEqual([
			{ clickId: 'c1', eventName: 'Sign up', customerExternalId: 'u1' },
			{ clickId: 'c2', eventName: 'Sign up', customerExternalId: 'u2' },
		]);
		expect(result.items.map((i) => (i.customer as { externalId: string }).externalId)).toEqual(['u1', 'u2']);
	});

	it('refuses metadata that is not a JSON object before sending, naming the field and the item', async () => {
		server.on('trackLead', ({ body }) => ({ body: leadAnswer(body) }));
		const result = await run(
			{
				operation: 'lead',
				clickId: 'c',
				eventName: 'Sign up',
				customerExternalId: '={{ $json.user }}',
				additionalFields: { metadata: '={{ $json.meta }}' },
			},
			{ input: [{ user: 'u1', meta: '{"ok": true}' }, { user: 'u2', meta: '["pro"]' }] },
		);
		expect(result.error?.message).toBe('Metadata must be a JSON object, like {"plan": "pro"} (item 1)');
		expect(server.calls('trackLead').map((r) => r.body.customerExternalId)).toEqual(['u1']);
	});

	it('refuses metadata that is not valid JSON', async () => {
		const result = await run({
			operation: 'lead',
			clickId: 'c',
			eventName: 'Sign up',
			customerExternalId: 'u1',
			additionalFields: { metadata: '{plan: pro}' },
		});
		expect(result.error?.message).toMatch(/^Metadata is not valid JSON: .+ \(item 0\)$/);
		expect(server.requests).toHaveLength(0);
	});

	it('refuses a malformed customer email before sending, naming the field and the item', async () => {
		server.on('trackLead', ({ body }) => ({ body: leadAnswer(body) }));
		const result = await run(
			{
				operation: 'lead',
				clickId: 'c',
				eventName: 'Sign up',
				customerExternalId: '={{ $json.user }}',
				additionalFields: { customerEmail: '={{ $json.email }}' },
			},
			{ input: [{ user: 'u1', email: 'ann@example.com' }, { user: 'u2', email: 'ann at example.com' }] },
		);
		expect(result.error?.message).toBe('Customer Email is not a valid email address: "ann at example.com" (item 1)');
		expect(server.calls('trackLead').map((r) => r.body.customerEmail)).toEqual(['ann@example.com']);
	});

	it('refuses a blank customer external ID and a fractional event quantity', async () => {
		const blank = await run({ operation: 'lead', clickId: 'c', eventName: 'Sign up', customerExternalId: ' ' });
		expect(blank.error?.message).toBe('Customer External ID is required (item 0)');
		const fraction = await run({
			operation: 'lead',
			clickId: 'c',
			eventName: 'Sign up',
			customerExternalId: 'u1',
			additionalFields: { eventQuantity: 2.5 },
		});
		expect(fraction.error?.message).toBe('Event Quantity must be a whole number, got 2.5 (item 0)');
		expect(server.requests).toHaveLength(0);
	});

	it('surfaces Dub’s own error message', async () => {
		server.on('trackLead', {
			status: 404,
			body: { error: { code: 'not_found', message: 'Click not found for clickId: nope', doc_url: 'https://dub.co/docs/api-reference/errors#not-found' } },
		});
		const result = await run({ operation: 'lead', clickId: 'nope', eventName: 'Sign up', customerExternalId: 'u1' });
		expect(result.error?.message).toBe('Click not found for clickId: nope');
		expect(result.items).toEqual([]);
	});
});

describe('Dub › Track › Sale', () => {
	it('sends every sale field, with the currency lower-cased, and outputs Dub’s answer', async () => {
		server.on('trackSale', ({ body }) => ({ body: saleAnswer(body) }));
		const result = await run({
			operation: 'sale',
			customerExternalId: 'user_42',
			amount: 1999,
			currency: ' EUR ',
			additionalFields: {
				eventName: 'Invoice paid',
				paymentProcessor: 'stripe',
				invoiceId: 'in_1MtHbELkdIwHu7ixl4OzzPMv',
				leadEventName: 'Sign up',
				metadata: '{"plan": "pro"}',
				clickId: 'rLnWe1uz9t282v7g',
				customerName: 'Ann Lee',
				customerEmail: 'ann@example.com',
				customerAvatar: 'https://example.com/ann.png',
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = server.calls('trackSale');
		expect(request.path).toBe('/track/sale');
		expect(request.body).toEqual({
			customerExternalId: 'user_42',
			amount: 1999,
			currency: 'eur',
			eventName: 'Invoice paid',
			paymentProcessor: 'stripe',
			invoiceId: 'in_1MtHbELkdIwHu7ixl4OzzPMv',
			leadEventName: 'Sign up',
			metadata: { plan: 'pro' },
			clickId: 'rLnWe1uz9t282v7g',
			customerName: 'Ann Lee',
			customerEmail: 'ann@example.com',
			customerAvatar: 'https://example.com/ann.png',
		});
		expect(result.items).toEqual([saleAnswer(request.body)]);
		expect(result.items[0]).toMatchObject({ sale: { amount: 1999, currency: 'eur', invoiceId: 'in_1MtHbELkdIwHu7ixl4OzzPMv' } });
	});

	it('sends the default currency usd and an amount given as text from an expression as an integer', async () => {
		server.on('trackSale', ({ body }) => ({ body: saleAnswer(body) }));
		const result = await run(
			{ operation: 'sale', customerExternalId: 'user_1', amount: '={{ $json.cents }}' },
			{ input: [{ cents: '4900' }] },
		);
		expect(server.calls('trackSale')[0].body).toEqual({ customerExternalId: 'user_1', amount: 4900, currency: 'usd' });
		expect(result.items[0]).toMatchObject({ sale: { amount: 4900, currency: 'usd' } });
	});

	it('refuses an amount of 19.99 before sending, naming the field and the item', async () => {
		server.on('trackSale', ({ body }) => ({ body: saleAnswer(body) }));
		const result = await run(
			{ operation: 'sale', customerExternalId: '={{ $json.user }}', amount: '={{ $json.amount }}', currency: 'usd' },
			{ input: [{ user: 'u1', amount: 1999 }, { user: 'u2', amount: 19.99 }] },
		);
		expect(result.error?.message).toBe('Amount must be a whole number, got 19.99 (item 1)');
		expect(result.error?.description).toContain('1999 for $19.99');
		expect(server.calls('trackSale').map((r) => r.body)).toEqual([{ customerExternalId: 'u1', amount: 1999, currency: 'usd' }]);
	});

	it('refuses a negative amount and a currency that is not an ISO 4217 code', async () => {
		const negative = await run({ operation: 'sale', customerExternalId: 'u1', amount: -100, currency: 'usd' });
		expect(negative.error?.message).toBe('Amount must be at least 0, got -100 (item 0)');
		const currency = await run({ operation: 'sale', customerExternalId: 'u1', amount: 100, currency: 'dollars' });
		expect(currency.error?.message).toBe(
			'Currency must be a three-letter ISO 4217 currency code such as "usd", got "dollars" (item 0)',
		);
		expect(server.requests).toHaveLength(0);
	});

	it('refuses a malformed customer email on a direct sale', async () => {
		const result = await run({
			operation: 'sale',
			customerExternalId: 'u1',
			amount: 100,
			currency: 'usd',
			additionalFields: { clickId: 'c', customerEmail: 'ann@' },
		});
		expect(result.error?.message).toBe('Customer Email is not a valid email address: "ann@" (item 0)');
		expect(server.requests).toHaveLength(0);
	});
});
