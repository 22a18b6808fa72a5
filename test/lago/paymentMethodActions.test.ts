import type { ContractServer } from '../contract/server';
import { byExternalId, lagoRunner, meta } from './lagoServer';
import { exampleResponse, startCheckedLagoServer } from './specExamples';

let server: ContractServer;
let run: ReturnType<typeof lagoRunner>;
beforeAll(async () => {
	server = await startCheckedLagoServer();
	run = lagoRunner(server, 'paymentMethod');
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

const method = () => exampleResponse('paymentMethodSetAsDefault').payment_method as Record<string, unknown>;
const ID = '1a901a90-1a90-1a90-1a90-1a901a901a95';

describe('Lago › Payment Method', () => {
	it('lists the payment methods of a customer, all pages', async () => {
		server.on('findAllCustomersPaymentMethods', ({ query }) => ({
			body: { payment_methods: [{ ...method(), lago_id: `1a901a90-1a90-1a90-1a90-00000000000${String(query.page)}` }], meta: meta(Number(query.page), 2, 2) },
		}));
		const result = await run({ operation: 'getAll', customer: byExternalId('cust 1'), returnAll: true });
		expect(server.calls('findAllCustomersPaymentMethods')[0].path).toBe('/customers/cust%201/payment_methods');
		expect(result.items.map((m) => m.lago_id)).toEqual(['1a901a90-1a90-1a90-1a90-000000000001', '1a901a90-1a90-1a90-1a90-000000000002']);
	});

	it('sets a default payment method and deletes one', async () => {
		server.on('paymentMethodSetAsDefault', { body: { payment_method: method() } });
		server.on('destroyPaymentMethod', { body: { payment_method: method() } });
		const made = await run({ operation: 'setAsDefault', customer: byExternalId('cust_1'), paymentMethodId: ID });
		expect(server.calls('paymentMethodSetAsDefault')[0].path).toBe(`/customers/cust_1/payment_methods/${ID}/set_as_default`);
		expect(made.items).toEqual([method()]);
		const deleted = await run({ operation: 'delete', customer: byExternalId('cust_1'), paymentMethodId: ID });
		expect(server.calls('destroyPaymentMethod')[0].path).toBe(`/customers/cust_1/payment_methods/${ID}`);
		expect(deleted.items).toEqual([{ deleted: true, id: ID }]);
	});
});
