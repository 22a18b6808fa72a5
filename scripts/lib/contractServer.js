'use strict';
/**
 * A local HTTP server that plays a vendor API. Every request is matched to an operation of the vendor's OpenAPI
 * document and validated against it (path, query, headers, body, bearer auth). A request that breaks the contract
 * is answered 422 and recorded in `violations`; `expectNoViolations()` fails the test.
 *
 * Handlers registered per operationId decide the answer; `requests` shows what arrived. The contract tests
 * (test/contract/server.ts re-exports this) and the sandbox servers of `npm run demo` (scripts/sandbox) both use it;
 * its types are in contractServer.d.ts.
 */
const { createServer } = require('node:http');
const addFormats = require('ajv-formats');
const OpenAPIBackend = require('openapi-backend').default;

/**
 * Rewrites OpenAPI idioms that Ajv (JSON Schema draft-07) reads differently, without loosening anything:
 * boolean `exclusiveMinimum`/`exclusiveMaximum` become numeric bounds, `nullable` without `type` becomes
 * `anyOf [schema, null]`, and a `oneOf` that lists both `integer` and `number` loses the redundant `integer`.
 * OpenAPI 3.1's own idioms (`type: [string, 'null']`, `examples`) need nothing: Ajv reads the first and, with
 * `strict: false`, ignores the second.
 */
function normalizeSchemas(node) {
	if (Array.isArray(node)) return node.forEach(normalizeSchemas);
	if (!node || typeof node !== 'object') return;
	const schema = node;
	for (const [exclusive, bound] of [
		['exclusiveMinimum', 'minimum'],
		['exclusiveMaximum', 'maximum'],
	]) {
		if (typeof schema[exclusive] !== 'boolean') continue;
		if (schema[exclusive] && typeof schema[bound] === 'number') {
			schema[exclusive] = schema[bound];
			delete schema[bound];
		} else {
			delete schema[exclusive];
		}
	}
	// Lago (OpenAPI 3.1) writes "a string or a number" as `oneOf: [string, integer, number]`. Every integer is also a
	// number, so read literally that refuses all whole numbers, the document's own examples included (`{"gb": 10}`).
	// The integer branch accepts nothing the number branch does not, so dropping it leaves what the authors meant.
	if (Array.isArray(schema.oneOf)) {
		const bare = (branch, type) =>
			!!branch &&
			typeof branch === 'object' &&
			branch.type === type &&
			Object.keys(branch).every((key) => key === 'type' || key === 'description');
		if (schema.oneOf.some((branch) => bare(branch, 'number'))) {
			schema.oneOf = schema.oneOf.filter((branch) => !bare(branch, 'integer'));
		}
	}
	if (schema.nullable === true && schema.type === undefined) {
		const rest = { ...schema };
		delete rest.nullable;
		for (const key of Object.keys(schema)) delete schema[key];
		schema.anyOf = [rest, { type: 'null' }];
		normalizeSchemas(rest);
		return;
	}
	Object.values(schema).forEach(normalizeSchemas);
}

/**
 * Lago documents free-form query keys as one parameter named `metadata[key]`, "replace `key` with the actual
 * metadata key". A validator reads that name literally and refuses `metadata[plan]`, so such keys are taken out
 * of the query before validation; each must still be given once, as text. Returns the problem when there is one.
 */
function withoutTemplatedKeys(parameters, query) {
	const prefixes = (parameters ?? [])
		.filter((p) => p.in === 'query' && p.name?.endsWith('[key]'))
		.map((p) => p.name.slice(0, -'key]'.length));
	const rest = { ...query };
	for (const [name, value] of Object.entries(query)) {
		if (!prefixes.some((prefix) => name.startsWith(prefix) && name.endsWith(']'))) continue;
		if (typeof value !== 'string') return `${name} is given more than once`;
		delete rest[name];
	}
	return rest;
}

/** One document from several: later ones add paths (or methods of a path) the first one lacks. */
function mergeDocuments(documents) {
	const [first, ...rest] = documents.map((d) => JSON.parse(JSON.stringify(d)));
	for (const extra of rest) {
		const paths = (first.paths ??= {});
		for (const [p, item] of Object.entries(extra.paths ?? {})) {
			paths[p] = { ...(paths[p] ?? {}), ...item };
		}
	}
	normalizeSchemas(first);
	return first;
}

const quietAboutUnknownFormats = {
	log: (...args) => console.log(...args),
	warn: (message, ...rest) => {
		if (!String(message).startsWith('unknown format')) console.warn(message, ...rest);
	},
	error: (...args) => console.error(...args),
};

class ContractServer {
	/** @param {import('./contractServer').ContractServerOptions} options */
	constructor(options) {
		this.options = options;
		this.requests = [];
		this.violations = [];
		this.handlers = new Map();
		this.securitySchemes = {};
		this.url = '';
		this.server = undefined;
		this.api = undefined;
	}

	static async start(options) {
		const server = new ContractServer(options);
		await server.listen();
		return server;
	}

	async listen() {
		const definition = mergeDocuments(this.options.documents);
		this.securitySchemes = definition.components?.securitySchemes ?? {};
		this.api = new OpenAPIBackend({
			definition,
			strict: false,
			quick: true,
			ignoreTrailingSlashes: !this.options.exactPaths,
			validate: true,
			// Lago's document puts a regular expression where a format name belongs; Ajv ignores it either way.
			ajvOpts: { strict: false, validateFormats: true, logger: quietAboutUnknownFormats },
			customizeAjv: (ajv) => {
				addFormats(ajv);
				return ajv;
			},
		});
		await this.api.init();
		this.server = createServer((req, res) => {
			const chunks = [];
			req.on('data', (c) => chunks.push(c));
			req.on('end', () => {
				void this.handle(req.method ?? 'GET', req.url ?? '/', req.headers, Buffer.concat(chunks).toString('utf8'))
					.then(({ status, body, headers }) => {
						const raw = typeof body === 'string' || Buffer.isBuffer(body);
						const payload = body === undefined ? '' : raw ? body : JSON.stringify(body);
						res.writeHead(status ?? 200, {
							...(payload && !raw ? { 'content-type': 'application/json' } : {}),
							...headers,
						});
						res.end(payload);
					})
					.catch((error) => {
						this.recordViolation(`handler crashed: ${error.stack}`);
						res.writeHead(500);
						res.end();
					});
			});
		});
		const host = this.options.host ?? '127.0.0.1';
		await new Promise((resolve, reject) => {
			this.server.once('error', reject);
			this.server.listen(this.options.port ?? 0, host, () => {
				this.server.off('error', reject);
				resolve();
			});
		});
		const urlHost = this.options.publicHost ?? host;
		this.url = `http://${urlHost}:${this.server.address().port}${this.options.prefix ?? ''}`;
	}

	/** Answers `operationId` with `handler` (a fixed response or a function of the request). */
	on(operationId, handler) {
		this.handlers.set(operationId, typeof handler === 'function' ? handler : () => handler);
		return this;
	}

	/** Requests that reached one operation. */
	calls(operationId) {
		return this.requests.filter((r) => r.operationId === operationId);
	}

	/** Every operationId of the document. */
	operationIds() {
		return this.api.getOperations().map((operation) => operation.operationId).filter(Boolean);
	}

	reset() {
		this.requests.length = 0;
		this.violations.length = 0;
		this.handlers.clear();
	}

	expectNoViolations() {
		if (this.violations.length) {
			throw new Error(`Requests broke the vendor contract:\n${this.violations.join('\n')}`);
		}
	}

	async close() {
		this.server.closeAllConnections();
		await new Promise((resolve) => this.server.close(() => resolve()));
	}

	recordViolation(message) {
		this.violations.push(message);
		this.options.onViolation?.(message);
	}

	async handle(method, rawUrl, headers, rawBody) {
		const url = new URL(rawUrl, 'http://localhost');
		const prefix = this.options.prefix ?? '';
		if (prefix && !url.pathname.startsWith(prefix)) {
			return this.violation(`${method} ${url.pathname}: outside the API prefix ${prefix}`, 404);
		}
		const path = url.pathname.slice(prefix.length) || '/';
		const query = {};
		for (const key of new Set(url.searchParams.keys())) {
			const all = url.searchParams.getAll(key);
			query[key] = all.length > 1 ? all : all[0];
		}
		let body;
		if (rawBody) {
			try {
				body = JSON.parse(rawBody);
			} catch {
				return this.violation(`${method} ${path}: body is not JSON: ${rawBody.slice(0, 200)}`, 400);
			}
		}
		const request = { method, path, query, headers, body };
		const operation = this.api.matchOperation(request);
		if (!operation) return this.violation(`${method} ${path}: no such operation in the contract`, 404);

		const recorded = {
			operationId: operation.operationId ?? `${method} ${path}`,
			method,
			path,
			params: {},
			query,
			headers,
			body,
			rawBody,
		};
		const parsed = this.api.router.parseRequest(request, operation);
		recorded.params = parsed.params;
		this.requests.push(recorded);
		const keep = this.options.maxRequests;
		if (keep !== undefined && this.requests.length > keep) this.requests.splice(0, this.requests.length - keep);

		if (this.options.bearer && operation.security?.length) {
			const auth = headers.authorization ?? '';
			const basic = operation.security
				.flatMap((requirement) => Object.keys(requirement))
				.some((name) => this.securitySchemes[name]?.type === 'http' && this.securitySchemes[name]?.scheme?.toLowerCase() === 'basic');
			if (basic && !/^Basic [A-Za-z0-9+/]+={0,2}$/.test(auth)) {
				return this.violation(`${recorded.operationId}: missing or malformed basic credentials`, 401);
			}
			if (!basic && !/^Bearer \S+$/.test(auth)) {
				return this.violation(`${recorded.operationId}: missing or malformed bearer token`, 401);
			}
		}
		const checkedQuery = withoutTemplatedKeys(operation.parameters, query);
		if (typeof checkedQuery === 'string') return this.violation(`${recorded.operationId}: ${checkedQuery}`, 422);
		const result = this.api.validateRequest({ ...request, query: checkedQuery }, operation);
		if (!result.valid) {
			const details = (result.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
			return this.violation(`${recorded.operationId}: ${details.join('; ')}`, 422);
		}
		const handler = this.handlers.get(recorded.operationId) ?? this.options.fallback;
		if (!handler) return this.violation(`${recorded.operationId}: the test registered no answer`, 501);
		const response = await handler(recorded);
		if (this.options.checkResponses) this.checkResponse(recorded.operationId, response);
		return response;
	}

	/** Records an answer whose JSON body does not fit the operation's documented response for its status. */
	checkResponse(operationId, { status = 200, body }) {
		if (status < 200 || status >= 300 || body === undefined || typeof body === 'string' || Buffer.isBuffer(body)) return;
		const result = this.api.validateResponse(body, operationId, status);
		if (result.valid) return;
		const details = (result.errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
		this.recordViolation(`answer to ${operationId} (${status}) does not fit the contract: ${details.join('; ')}`);
	}

	violation(message, status) {
		this.recordViolation(message);
		return { status, body: { error: { code: 'contract_violation', message } } };
	}
}

module.exports = { ContractServer, mergeDocuments, normalizeSchemas };
