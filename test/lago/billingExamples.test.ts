import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { INodeProperties } from 'n8n-workflow';

import type { ContractServer } from '../contract/server';
import { nodeTypeInstances, runNode } from '../engine';
import { sample, startBillingServer, startFileServer } from './billingSamples';
import { lagoCredentials, meta } from './lagoServer';

interface Workflow {
	nodes: Array<{ name: string; type: string; parameters: Record<string, unknown> }>;
	pinData: Record<string, Array<{ json: Record<string, unknown> }>>;
}
const example = (file: string) => JSON.parse(readFileSync(path.resolve(__dirname, '../../examples', file), 'utf8')) as Workflow;

let server: ContractServer;
let files: Awaited<ReturnType<typeof startFileServer>>;
beforeAll(async () => {
	server = await startBillingServer();
	files = await startFileServer();
});
afterAll(async () => {
	await server.close();
	await files.close();
});
beforeEach(() => server.reset());
afterEach(() => server.expectNoViolations());

/** Runs the example's Lago node `name` on `input`, as the workflow would. */
async function step(workflow: Workflow, name: string, input: Array<Record<string, unknown>>) {
	const node = workflow.nodes.find((n) => n.name === name)!;
	return await runNode({ type: 'lago', parameters: node.parameters, credentials: lagoCredentials(server), input });
}

const trigger = (workflow: Workflow) => Object.values(workflow.pinData)[0].map((item) => item.json);

describe('examples/ with the billing operations', () => {
	it.each(['lago-invoice-pdf.json', 'lago-wallet-top-up.json', 'lago-terminated-void-invoices.json'])(
		'%s sets only parameters its Lago operations have',
		(file) => {
			const properties = nodeTypeInstances.lago.description.properties as INodeProperties[];
			for (const node of example(file).nodes.filter((n) => n.type === 'n8n-nodes-customer-stack.lago')) {
				const { resource, operation, ...rest } = node.parameters;
				const shown = properties.filter((p) => {
					const show = p.displayOptions?.show;
					return show?.resource?.includes(resource as string) && show?.operation?.includes(operation as string);
				});
				expect(Object.keys(rest).filter((key) => !shown.some((p) => p.name === key))).toEqual([]);
			}
		},
	);

	it('invoice created → the PDF of that invoice as binary data', async () => {
		const workflow = example('lago-invoice-pdf.json');
		const [event] = trigger(workflow);
		const invoice = event.invoice as Record<string, unknown>;
		const url = files.put('/example/invoice.pdf', Buffer.from('%PDF example'));
		server.on('downloadInvoice', { body: { invoice: { ...sample('Invoice').invoice, lago_id: invoice.lago_id, number: invoice.number, file_url: url } } });
		const result = await step(workflow, 'Download Invoice PDF', [event]);
		expect(server.calls('downloadInvoice')[0].path).toBe(`/invoices/${String(invoice.lago_id)}/download`);
		expect(result.rawItems[0].binary?.data.fileName).toBe(`invoice-${String(invoice.number)}.pdf`);
	});

	it('wallet depleted → 50 paid credits on that wallet', async () => {
		const workflow = example('lago-wallet-top-up.json');
		const [event] = trigger(workflow);
		server.on('createWalletTransaction', { body: sample('WalletTransactions') });
		const result = await step(workflow, 'Top Up Wallet', [event]);
		expect(result.error).toBeUndefined();
		expect(server.calls('createWalletTransaction')[0].body).toEqual({
			wallet_transaction: {
				wallet_id: (event.wallet as Record<string, unknown>).lago_id,
				paid_credits: '50',
				name: 'Automatic top-up',
				invoice_requires_successful_payment: true,
			},
		});
	});

	it("subscription terminated → each unpaid invoice of the customer voided with a credit note", async () => {
		const workflow = example('lago-terminated-void-invoices.json');
		const [event] = trigger(workflow);
		const invoices = ['3c903c90-3c90-3c90-3c90-000000000001', '3c903c90-3c90-3c90-3c90-000000000002'].map((lago_id) => ({ ...sample('Invoice').invoice, lago_id }));
		server.on('findAllInvoices', { body: { invoices, meta: meta(1, 1, 2) } });
		server.on('voidInvoice', ({ params }) => ({ body: { invoice: { ...sample('Invoice').invoice, lago_id: params.lago_id, status: 'voided' } } }));
		const found = await step(workflow, 'Find Unpaid Invoices', [event]);
		expect(server.calls('findAllInvoices')[0].query).toMatchObject({ external_customer_id: 'cust_1', 'statuses[]': 'finalized' });
		const voided = await step(workflow, 'Void Invoice', found.items);
		expect(server.calls('voidInvoice').map((c) => [c.path, c.body])).toEqual(
			invoices.map((i) => [`/invoices/${i.lago_id}/void`, { generate_credit_note: true }]),
		);
		expect(voided.items.map((i) => i.status)).toEqual(['voided', 'voided']);
	});
});
