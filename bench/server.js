/**
 * A local Dub- or Lago-compatible customer list, run in its own process (forked by bench/run.js) so its CPU and
 * memory stay out of the client's measurements. `node bench/server.js <dub|lago> <N>`; it answers the parent over
 * IPC: {type:'count'} → the requests served since the last {type:'reset'}.
 *
 * Dub: GET /customers?pageSize=&startingAfter=<id>, a bare array, at most 100 a page (422 above).
 * Lago: GET [/api/v1]/customers?page=&per_page=, {customers, meta:{current_page,next_page,prev_page,total_pages,total_count}}.
 * Both need `Authorization: Bearer <key>`. Pages are built from pre-serialized records, so the server costs little.
 */
const http = require('node:http');

const { API_KEY } = require('./common');
const [api, nArg] = process.argv.slice(2);
const N = Number(nArg);
if (!['dub', 'lago'].includes(api) || !Number.isInteger(N) || N < 0) {
	console.error('usage: node bench/server.js <dub|lago> <N>');
	process.exit(2);
}

const pad = (i, width) => String(i).padStart(width, '0');
const createdAt = (i) => new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();

function dubCustomer(i) {
	return {
		id: `cus_1K${pad(i, 24)}`,
		name: `Customer ${i}`,
		email: `customer${i}@example.com`,
		avatar: `https://api.dicebear.com/9.x/notionists/png?seed=${i}`,
		externalId: `user_${i}`,
		stripeCustomerId: i % 3 === 0 ? `cus_Nf${pad(i, 12)}` : null,
		country: ['US', 'DE', 'FR', 'GB', 'BR'][i % 5],
		sales: i % 7,
		saleAmount: (i % 7) * 4900,
		createdAt: createdAt(N - i),
		firstSaleAt: i % 7 ? createdAt(N - i + 5) : null,
		subscriptionCanceledAt: null,
		programId: 'prog_1K0000000000000000000000',
	};
}

function lagoCustomer(i) {
	return {
		lago_id: `1a901a90-1a90-1a90-1a90-${pad(i, 12)}`,
		external_id: `cust_${i}`,
		account_type: 'customer',
		name: `Customer ${i}`,
		firstname: 'Ada',
		lastname: `Lovelace ${i}`,
		customer_type: 'company',
		sequential_id: i,
		slug: `LAG-1234-${pad(i, 6)}`,
		created_at: createdAt(i),
		updated_at: createdAt(i),
		country: ['US', 'DE', 'FR', 'GB', 'BR'][i % 5],
		address_line1: `${i} Main Street`,
		address_line2: null,
		state: null,
		zipcode: '10001',
		email: `customer${i}@example.com`,
		city: 'New York',
		url: null,
		phone: null,
		logo_url: null,
		legal_name: null,
		legal_number: null,
		currency: 'USD',
		net_payment_term: null,
		tax_identification_number: null,
		timezone: 'UTC',
		applicable_timezone: 'UTC',
		finalize_zero_amount_invoice: 'inherit',
		skip_invoice_custom_sections: false,
		billing_configuration: { invoice_grace_period: 3, payment_provider: null, document_locale: 'en' },
		shipping_address: { address_line1: null, city: null, country: null, state: null, zipcode: null },
		metadata: [],
		integration_customers: [],
		taxes: [],
	};
}

const records = [];
for (let i = 1; i <= N; i++) records.push(JSON.stringify(api === 'dub' ? dubCustomer(i) : lagoCustomer(i)));
const dubIndex = new Map();
if (api === 'dub') for (let i = 1; i <= N; i++) dubIndex.set(dubCustomer(i).id, i - 1);

let count = 0;

function send(res, status, body) {
	res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
	res.end(body);
}

function intParam(query, name, fallback) {
	const raw = query.get(name);
	if (raw === null) return fallback;
	const value = Number(raw);
	return Number.isInteger(value) ? value : NaN;
}

function dub(res, query) {
	const pageSize = intParam(query, 'pageSize', 100);
	if (!(pageSize >= 1 && pageSize <= 100)) {
		return send(res, 422, JSON.stringify({ error: { code: 'unprocessable_entity', message: 'pageSize must be 1-100' } }));
	}
	let start = 0;
	const after = query.get('startingAfter');
	if (after !== null) {
		const index = dubIndex.get(after);
		if (index === undefined) return send(res, 400, JSON.stringify({ error: { code: 'bad_request', message: 'Unknown cursor' } }));
		start = index + 1;
	}
	send(res, 200, `[${records.slice(start, start + pageSize).join(',')}]`);
}

function lago(res, query) {
	const page = intParam(query, 'page', 1);
	const perPage = intParam(query, 'per_page', 100);
	if (!(page >= 1) || !(perPage >= 1 && perPage <= 100)) {
		return send(res, 422, JSON.stringify({ status: 422, error: 'Unprocessable Entity', code: 'validation_errors', error_details: {} }));
	}
	const totalPages = Math.ceil(N / perPage);
	const meta = {
		current_page: page,
		next_page: page < totalPages ? page + 1 : null,
		prev_page: page > 1 ? page - 1 : null,
		total_pages: totalPages,
		total_count: N,
	};
	const start = (page - 1) * perPage;
	send(res, 200, `{"customers":[${records.slice(start, start + perPage).join(',')}],"meta":${JSON.stringify(meta)}}`);
}

const server = http.createServer((req, res) => {
	count++;
	const url = new URL(req.url, 'http://localhost');
	if (req.headers.authorization !== `Bearer ${API_KEY}`) {
		return send(res, 401, JSON.stringify(api === 'dub' ? { error: { code: 'unauthorized', message: 'Bad key' } } : { status: 401, error: 'Unauthorized' }));
	}
	const path = url.pathname.replace(/^\/api\/v1(?=\/)/, '');
	if (req.method !== 'GET' || path !== '/customers') return send(res, 404, '{"error":"not found"}');
	if (api === 'dub') dub(res, url.searchParams);
	else lago(res, url.searchParams);
});

server.listen(0, '127.0.0.1', () => {
	const { port } = server.address();
	process.send?.({ type: 'ready', url: `http://127.0.0.1:${port}` });
});

process.on('message', (message) => {
	if (message?.type === 'count') process.send({ type: 'count', count });
	else if (message?.type === 'reset') {
		count = 0;
		process.send({ type: 'reset' });
	} else if (message?.type === 'stop') server.close(() => process.exit(0));
});
process.on('disconnect', () => process.exit(0));
