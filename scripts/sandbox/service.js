'use strict';
/**
 * What the three sandbox services share: a contract server (every request validated against the vendor's document,
 * answers checked against it too) whose handlers read and write an in-memory store, answers completed from the
 * documented response schemas, ids, paging, and signed webhook deliveries to n8n.
 */
const { randomBytes } = require('node:crypto');

const { ContractServer } = require('../lib/contractServer');
const { SchemaFiller } = require('./schema');

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A random id like Dub's (`cus_1KB6W7Z8…`): a prefix and `length` base-62 characters. */
function randomId(prefix = '', length = 24) {
	const bytes = randomBytes(length);
	let id = '';
	for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
	return `${prefix}${id}`;
}

const isoNow = () => new Date().toISOString();

/** An ISO timestamp `days` before now (seed data is dated relative to the start of the sandbox). */
const daysAgo = (days, hour = 10) => {
	const date = new Date(Date.now() - days * 86400_000);
	date.setUTCHours(hour, 0, 0, 0);
	return date.toISOString();
};

/** Records in insertion order, by key. */
class Table {
	constructor(key, records = []) {
		this.key = key;
		this.rows = new Map();
		for (const record of records) this.put(record);
	}

	all() {
		return [...this.rows.values()];
	}

	get(key) {
		return key === undefined ? undefined : this.rows.get(String(key));
	}

	find(predicate) {
		return this.all().find(predicate);
	}

	filter(predicate) {
		return this.all().filter(predicate);
	}

	put(record) {
		this.rows.set(String(record[this.key]), record);
		return record;
	}

	delete(key) {
		const record = this.get(key);
		this.rows.delete(String(key));
		return record;
	}

	get size() {
		return this.rows.size;
	}
}

/** Page `page` (1-based) of `pageSize` records. */
function numberedPage(records, page, pageSize) {
	const current = Math.max(1, Number(page) || 1);
	const size = Math.max(1, Number(pageSize) || records.length || 1);
	return records.slice((current - 1) * size, current * size);
}

/**
 * `{ <root>: page, meta }` as Lago's list routes answer: `page`, and `per_page` 20 by default, at most 100 (and at
 * most `maxPerPage`, for a test that makes the fake page smaller than asked).
 */
function lagoPage(records, query, root, maxPerPage = Infinity) {
	const perPage = Math.min(Math.max(Number(query.per_page ?? 20) || 20, 1), 100, maxPerPage);
	const current = Math.max(Number(query.page ?? 1) || 1, 1);
	const totalPages = Math.max(1, Math.ceil(records.length / perPage));
	return {
		body: {
			[root]: numberedPage(records, current, perPage),
			meta: {
				current_page: current,
				next_page: current < totalPages ? current + 1 : null,
				prev_page: current > 1 ? current - 1 : null,
				total_pages: totalPages,
				total_count: records.length,
			},
		},
	};
}

/** Values of a query parameter that may be given once, repeated, as `name[]`, or comma-separated. */
function listParameter(query, name) {
	const raw = query[name] ?? query[`${name}[]`];
	if (raw === undefined) return undefined;
	return (Array.isArray(raw) ? raw : [raw]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);
}

const contains = (value, needle) => String(value ?? '').toLowerCase().includes(String(needle).toLowerCase());

/**
 * Posts webhook deliveries to n8n (or wherever a webhook points) and remembers each attempt. Deliveries go out
 * after the answer to the request that caused them, like a vendor's queue would send them.
 */
class Deliveries {
	constructor(log) {
		this.log = log;
		this.sent = [];
		this.pending = new Set();
	}

	/** @param {{ url: string, event: string, body: string, headers: Record<string, string> }} delivery */
	send(delivery) {
		const attempt = (async () => {
			await new Promise((resolve) => setTimeout(resolve, 50));
			const record = { url: delivery.url, event: delivery.event, body: delivery.body, headers: delivery.headers, at: isoNow() };
			try {
				const response = await fetch(delivery.url, {
					method: 'POST',
					headers: { 'content-type': 'application/json', 'user-agent': 'n8n-nodes-customer-stack sandbox', ...delivery.headers },
					body: delivery.body,
					signal: AbortSignal.timeout(15000),
				});
				record.status = response.status;
				record.answer = (await response.text()).slice(0, 500);
				this.log(`${delivery.event} → ${delivery.url}: HTTP ${response.status}`);
			} catch (error) {
				record.error = error.cause?.code ?? error.message;
				this.log(`${delivery.event} → ${delivery.url}: not delivered (${record.error})`);
			}
			this.sent.push(record);
			if (this.sent.length > 200) this.sent.splice(0, this.sent.length - 200);
			return record;
		})();
		this.pending.add(attempt);
		void attempt.finally(() => this.pending.delete(attempt));
		return attempt;
	}

	/** Resolves once every delivery under way has been answered (or failed). */
	async settled() {
		while (this.pending.size) await Promise.all([...this.pending]);
	}
}

/**
 * Starts one service: a contract server for `documents` whose operations are answered by `handlers` (operationId →
 * function of the request), with answers completed from the response schemas. Operations without a handler answer
 * 501 with `unsupported(operationId)`, in the vendor's error format.
 */
async function startService({ name, documents, prefix, exactPaths, host, port, publicHost, log, handlers, unsupported }) {
	const filler = new SchemaFiller(documents);
	const say = (message) => log?.(`[sandbox ${name}] ${message}`);
	const options = {
		documents,
		prefix,
		exactPaths,
		bearer: true,
		checkResponses: true,
		maxRequests: 1000,
		host,
		port,
		publicHost,
		onViolation: (message) => say(`contract violation: ${message}`),
		fallback: (request) => unsupported(request.operationId),
	};
	let server;
	try {
		server = await ContractServer.start(options);
	} catch (error) {
		if (error.code !== 'EADDRINUSE' || !port) throw error;
		say(`port ${port} is in use; taking a free one`);
		server = await ContractServer.start({ ...options, port: 0 });
	}
	for (const [operationId, handler] of Object.entries(handlers)) {
		server.on(operationId, async (request) => {
			const response = await handler(request);
			const status = response.status ?? 200;
			const schema = response.body !== undefined && typeof response.body === 'object' ? filler.responseSchema(operationId, status) : undefined;
			return schema ? { ...response, body: filler.complete(schema, response.body) } : response;
		});
	}
	return { server, say };
}

module.exports = { Deliveries, Table, contains, daysAgo, isoNow, lagoPage, listParameter, numberedPage, randomId, startService };
