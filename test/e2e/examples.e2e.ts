/**
 * Four workflows of examples/ in a real n8n, run as a user runs them from the editor ("Execute workflow": the Lago
 * examples on the pinned sample event of their trigger, the weekly digest with its schedule trigger run by hand):
 * imported unchanged with n8n's CLI, their credentials (the IDs the files name) pointing at the Dub and Lago contract
 * servers, which check every request against the vendor's OpenAPI document (the Lago one every answer too).
 * test/dub/examples.test.ts and test/lago/billingExamples.test.ts run the same nodes through the test engine; here
 * n8n itself runs the whole workflow: triggers, expressions, the Code nodes, binary data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { repoRoot } from '../../scripts/lib/runtime';
import type { ContractRequest, ContractServer } from '../contract/server';
import { DUB_API_KEY, link, startDubServer } from '../dub/dubServer';
import { sample, startBillingServer, startFileServer } from '../lago/billingSamples';
import { LAGO_API_KEY, lagoCredentials } from '../lago/lagoServer';
import { itemsOf, N8nInstance, waitFor, type ExecutionRun, type ImportedCredential, type workflowFile } from './helpers';

interface ExampleNode {
	name: string;
	type: string;
	credentials?: Record<string, { id: string; name: string }>;
}
interface Example {
	id: string;
	nodes: ExampleNode[];
	pinData?: Record<string, Array<{ json: Record<string, unknown> }>>;
}
const example = (file: string) => JSON.parse(readFileSync(join(repoRoot, 'examples', file), 'utf8')) as Example;

const invoicePdf = example('lago-invoice-pdf.json');
const walletTopUp = example('lago-wallet-top-up.json');
const weeklyClicks = example('dub-weekly-clicks-by-country.json');
const bulkLinks = example('dub-bulk-campaign-links.json');
const examples = [invoicePdf, walletTopUp, weeklyClicks, bulkLinks];

/** The node the run starts from: the workflow's trigger. */
const triggerOf = (workflow: Example) => workflow.nodes.find((node) => /trigger$/i.test(node.type))!.name;
/** The sample event pinned on the trigger, as the run gets it. */
const pinnedEvent = (workflow: Example) => workflow.pinData![triggerOf(workflow)][0].json;

interface BinaryData {
	data?: string;
	id?: string;
	fileName?: string;
	mimeType?: string;
	fileExtension?: string;
	fileSize?: string;
}
type Execution = ExecutionRun & { id: string; mode: string; status: string };

let dub: ContractServer;
let lago: ContractServer;
let files: Awaited<ReturnType<typeof startFileServer>>;
let n8n: N8nInstance;
let rest: NonNullable<N8nInstance['rest']>;

beforeAll(async () => {
	[dub, lago, files] = await Promise.all([startDubServer(), startBillingServer(), startFileServer()]);
	n8n = await new N8nInstance().install();
	// The credentials the examples name, with the contract servers' URLs and keys.
	const data: Record<string, Record<string, unknown>> = {
		dubApi: { apiKey: DUB_API_KEY, baseUrl: `${dub.url}/` },
		lagoApi: lagoCredentials(lago).lagoApi,
	};
	const named = new Map<string, ImportedCredential>();
	for (const node of examples.flatMap((workflow) => workflow.nodes)) {
		for (const [type, { id, name }] of Object.entries(node.credentials ?? {})) named.set(id, { id, name, type, data: data[type] });
	}
	await n8n.importCredentials([...named.values()]);
	await n8n.importWorkflows(examples as unknown as Array<ReturnType<typeof workflowFile>>);
	rest = (await n8n.start()).rest;
}, 240000);
afterAll(async () => {
	await Promise.all([dub?.close(), lago?.close(), files?.close()]);
	await n8n?.stop();
	n8n?.remove();
});
beforeEach(() => {
	dub.reset();
	lago.reset();
});
afterEach(() => {
	dub.expectNoViolations();
	lago.expectNoViolations();
});

/** Runs the workflow as the editor's "Execute workflow" button does, and waits for the run to end. */
async function runFromEditor(workflow: Example): Promise<Execution> {
	const executionId = await rest.runWorkflow(workflow.id, triggerOf(workflow));
	const execution = (await waitFor(
		async () =>
			(await n8n.executions(workflow.id)).find(
				(e) => String(e.id) === String(executionId) && ['success', 'error', 'crashed', 'canceled'].includes(String(e.status)),
			),
		{ timeoutMs: 90000, what: `the run ${executionId} of ${workflow.id}` },
	)) as Execution;
	expect(execution.data.resultData.error).toBeUndefined();
	expect([execution.status, execution.mode]).toEqual(['success', 'manual']);
	return execution;
}

/** The binary fields of the items a node sent out, as the execution stores them. */
function binariesOf(execution: ExecutionRun, nodeName: string) {
	const [first] = execution.data.resultData.runData[nodeName];
	return (first.data?.main[0] ?? []).map((item) => (item as { binary?: Record<string, BinaryData> }).binary);
}

/**
 * The bytes of a stored binary field, as the editor's download gets them: from n8n's binary data store (filesystem
 * mode: the execution holds only a reference) or from the execution itself (in-memory mode, base64).
 */
async function bytesOf(binary: BinaryData) {
	if (!binary.id) return Buffer.from(binary.data ?? '', 'base64');
	const query = new URLSearchParams({ id: binary.id, action: 'download' });
	const response = await fetch(`${n8n.server!.url}/rest/binary-data?${query.toString()}`, { headers: { cookie: rest.cookie } });
	expect(response.status).toBe(200);
	return Buffer.from(await response.arrayBuffer());
}

describe('Lago examples in n8n, run on their pinned sample event', () => {
	it('"invoice created → invoice PDF" waits for Lago’s PDF and outputs the invoice with the PDF as binary data', async () => {
		const event = pinnedEvent(invoicePdf);
		const { lago_id: invoiceId, number } = event.invoice as { lago_id: string; number: string };
		// A PDF's own bytes: the binary comment line after the header is not UTF-8, so any text round trip breaks it.
		const pdf = Buffer.concat([
			Buffer.from('%PDF-1.7\n'),
			Buffer.from([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]),
			Buffer.from(`1 0 obj << /Type /Catalog >> endobj\n% invoice ${number}\n%%EOF\n`),
		]);
		const fileUrl = files.put(`/invoices/${invoiceId}.pdf`, pdf);
		const pending = Object.fromEntries(Object.entries(sample('Invoice').invoice as Record<string, unknown>).filter(([key]) => key !== 'file_url'));
		const invoice = { ...pending, lago_id: invoiceId, number, file_url: fileUrl };
		// As Lago does: the download request queues the PDF; the invoice has its file URL once it is generated.
		lago.on('downloadInvoice', { body: { invoice: { ...pending, lago_id: invoiceId, number } } });
		lago.on('findInvoice', { body: { invoice } });
		const filesAsked = files.hits.length;

		const execution = await runFromEditor(invoicePdf);

		expect(lago.requests.map((r) => [r.method, r.path])).toEqual([
			['POST', `/invoices/${invoiceId}/download`],
			['GET', `/invoices/${invoiceId}`],
		]);
		expect(lago.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${LAGO_API_KEY}`, `Bearer ${LAGO_API_KEY}`]);
		// The file is fetched from its URL once, without the Lago API key.
		expect(files.hits.slice(filesAsked)).toEqual([{ path: `/invoices/${invoiceId}.pdf`, authorization: undefined }]);
		expect(itemsOf(execution, 'Download Invoice PDF')).toEqual([invoice]);
		const [binary] = binariesOf(execution, 'Download Invoice PDF');
		expect(Object.keys(binary ?? {})).toEqual(['data']);
		expect(binary!.data).toMatchObject({ fileName: `invoice-${number}.pdf`, mimeType: 'application/pdf', fileExtension: 'pdf', fileSize: `${pdf.length} B` });
		expect((await bytesOf(binary!.data)).equals(pdf)).toBe(true);
		expect(JSON.stringify(execution)).not.toContain(LAGO_API_KEY);
	});

	it('"wallet depleted → top up" buys 50 paid credits on the depleted wallet and outputs the wallet transaction', async () => {
		const wallet = pinnedEvent(walletTopUp).wallet as { lago_id: string };
		const [template] = sample('WalletTransactions').wallet_transactions as Array<Record<string, unknown>>;
		lago.on('createWalletTransaction', ({ body }: ContractRequest) => ({
			body: {
				wallet_transactions: [
					{
						...template,
						lago_wallet_id: body.wallet_transaction.wallet_id,
						status: 'pending',
						transaction_status: 'purchased',
						transaction_type: 'inbound',
						amount: body.wallet_transaction.paid_credits,
						credit_amount: body.wallet_transaction.paid_credits,
						name: body.wallet_transaction.name,
					},
				],
			},
		}));

		const execution = await runFromEditor(walletTopUp);

		const calls = lago.calls('createWalletTransaction');
		expect(lago.requests).toHaveLength(1);
		expect(calls.map((r) => [r.method, r.path])).toEqual([['POST', '/wallet_transactions']]);
		expect(calls[0].body).toEqual({
			wallet_transaction: {
				wallet_id: wallet.lago_id,
				paid_credits: '50',
				name: 'Automatic top-up',
				invoice_requires_successful_payment: true,
			},
		});
		expect(itemsOf(execution, 'Top Up Wallet')).toEqual([
			{
				...template,
				lago_wallet_id: wallet.lago_id,
				status: 'pending',
				transaction_status: 'purchased',
				transaction_type: 'inbound',
				amount: '50',
				credit_amount: '50',
				name: 'Automatic top-up',
			},
		]);
	});
});

describe('Dub examples in n8n, run from the editor', () => {
	it('"weekly clicks-by-country digest" asks for last week’s clicks by country and writes the digest, most clicks first', async () => {
		const country = (code: string, clicks: number) => ({ country: code, region: '*', city: '*', clicks, leads: 0, sales: 0, saleAmount: 0 });
		const rows = [country('DE', 5), country('US', 12), country('FR', 3)];
		dub.on('retrieveAnalytics', { body: rows });

		const execution = await runFromEditor(weeklyClicks);

		expect(dub.requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/analytics', { event: 'clicks', groupBy: 'countries', interval: '7d', timezone: 'Europe/Berlin' }],
		]);
		expect(dub.requests[0].headers.authorization).toBe(`Bearer ${DUB_API_KEY}`);
		expect(itemsOf(execution, 'Clicks by Country, Last 7 Days')).toEqual(rows);
		expect(itemsOf(execution, 'Write the Digest')).toEqual([
			{
				subject: 'Dub: 20 clicks in the last 7 days',
				text: ['Clicks by country, last 7 days (20 in all):', '1. US: 12 clicks (60%)', '2. DE: 5 clicks (25%)', '3. FR: 3 clicks (15%)'].join('\n'),
				countries: 3,
			},
		]);
	});

	it('"bulk-create campaign links" creates the four rows’ links in one request, with the campaign’s UTM tags', async () => {
		/** Dub's answer: each link as sent, completed into a whole link record. */
		const created = (sentLinks: Array<Record<string, unknown>>) =>
			sentLinks.map((sentLink, i) => link(i + 1, { ...sentLink, shortLink: `https://dub.sh/${String(sentLink.key)}` }));
		dub.on('bulkCreateLinks', ({ body }: ContractRequest) => ({ body: created(body as Array<Record<string, unknown>>) }));

		const execution = await runFromEditor(bulkLinks);

		const rows = itemsOf(execution, 'Campaign Rows') as Array<{ slug: string; url: string; channel: string }>;
		expect(rows.map((row) => row.slug)).toEqual(['spring-pricing', 'spring-blog', 'spring-x', 'spring-linkedin']);
		const sent = rows.map((row) => ({
			url: row.url,
			key: row.slug,
			utm_campaign: 'spring-launch',
			utm_medium: row.channel,
			utm_source: 'acme',
			comments: 'Spring launch campaign',
		}));
		expect(dub.requests.map((r) => [r.method, r.path, r.query])).toEqual([['POST', '/links/bulk', {}]]);
		expect(dub.calls('bulkCreateLinks')[0].body).toEqual(sent);
		expect(itemsOf(execution, 'Create Campaign Links')).toEqual(created(sent));
	});
});
