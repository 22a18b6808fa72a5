/**
 * A local HTTP server that plays a vendor API. Every request is matched to an operation of the vendor's OpenAPI
 * document and validated against it (path, query, headers, body, bearer auth). A request that breaks the contract
 * is answered 422 and recorded in `violations`; `expectNoViolations()` fails the test.
 *
 * Tests register a handler per operationId that decides the answer, and read `requests` to see what arrived.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import addFormats from 'ajv-formats';
import OpenAPIBackend, { type Document } from 'openapi-backend';

export interface ContractRequest {
	operationId: string;
	method: string;
	path: string;
	params: Record<string, string>;
	query: Record<string, string | string[]>;
	headers: IncomingHttpHeaders;
	body: any;
	rawBody: string;
}

export interface ContractResponse {
	status?: number;
	body?: unknown;
	headers?: Record<string, string>;
}

export type ContractHandler = (request: ContractRequest) => ContractResponse | Promise<ContractResponse>;

export interface ContractServerOptions {
	/** One or more OpenAPI documents; later ones add paths the first one lacks. */
	documents: Document[];
	/** Path prefix the vendor's base URL carries, e.g. `/api/v1` for Lago. */
	prefix?: string;
	/**
	 * Check the `Authorization` header on operations that declare security: `Basic <base64>` where the operation's
	 * scheme is HTTP basic, `Bearer …` otherwise.
	 */
	bearer?: boolean;
	/** Match paths exactly, trailing slash included (for APIs like Notihub that document `/customers/`). */
	exactPaths?: boolean;
}

/**
 * Rewrites OpenAPI idioms that Ajv (JSON Schema draft-07) reads differently, without loosening anything:
 * boolean `exclusiveMinimum`/`exclusiveMaximum` become numeric bounds, `nullable` without `type` becomes
 * `anyOf [schema, null]`, and a `oneOf` that lists both `integer` and `number` loses the redundant `integer`.
 * OpenAPI 3.1's own idioms (`type: [string, 'null']`, `examples`) need nothing: Ajv reads the first and, with
 * `strict: false`, ignores the second.
 */
function normalizeSchemas(node: unknown): void {
	if (Array.isArray(node)) return node.forEach(normalizeSchemas);
	if (!node || typeof node !== 'object') return;
	const schema = node as Record<string, unknown>;
	for (const [exclusive, bound] of [
		['exclusiveMinimum', 'minimum'],
		['exclusiveMaximum', 'maximum'],
	] as const) {
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
		const bare = (branch: unknown, type: string) =>
			!!branch &&
			typeof branch === 'object' &&
			(branch as Record<string, unknown>).type === type &&
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
function withoutTemplatedKeys(parameters: unknown, query: Record<string, string | string[]>) {
	const prefixes = ((parameters ?? []) as { in?: string; name?: string }[])
		.filter((p) => p.in === 'query' && p.name?.endsWith('[key]'))
		.map((p) => p.name!.slice(0, -'key]'.length));
	const rest = { ...query };
	for (const [name, value] of Object.entries(query)) {
		if (!prefixes.some((prefix) => name.startsWith(prefix) && name.endsWith(']'))) continue;
		if (typeof value !== 'string') return `${name} is given more than once`;
		delete rest[name];
	}
	return rest;
}

function mergeDocuments(documents: Document[]): Document {
	const [first, ...rest] = documents.map((d) => JSON.parse(JSON.stringify(d)) as Document);
	for (const extra of rest) {
		const paths = (first.paths ??= {});
		for (const [p, item] of Object.entries(extra.paths ?? {})) {
			paths[p] = { ...(paths[p] ?? {}), ...(item as object) };
		}
	}
	normalizeSchemas(first);
	return first;
}

export class ContractServer {
	readonly requests: ContractRequest[] = [];

	readonly violations: string[] = [];

	private handlers = new Map<string, ContractHandler>();

	private server!: Server;

	private api!: OpenAPIBackend;

	private securitySchemes: Record<string, { type?: string; scheme?: string }> = {};

	url = '';

	constructor(private readonly options: ContractServerOptions) {}

	static async start(options: ContractServerOptions): Promise<ContractServer> {
		const server = new ContractServer(options);
		await server.listen();
		return server;
	}

	private async listen() {
		const definition = mergeDocuments(this.options.documents);
		this.securitySchemes = (definition.components?.securitySchemes ?? {}) as typeof this.securitySchemes;
		this.api = new OpenAPIBackend({
			definition,
			strict: false,
			quick: true,
			ignoreTrailingSlashes: !this.options.exactPaths,
			validate: true,
			ajvOpts: { strict: false, validateFormats: true },
			customizeAjv: (ajv) => {
				addFormats(ajv);
				return ajv;
			},
		});
		await this.api.init();
		this.server = createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (c: Buffer) => chunks.push(c));
			req.on('end', () => {
				void this.handle(req.method ?? 'GET', req.url ?? '/', req.headers, Buffer.concat(chunks).toString('utf8'))
					.then(({ status, body, headers }) => {
						const payload = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
						res.writeHead(status ?? 200, {
							...(payload && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}),
							...headers,
						});
						res.end(payload);
					})
					.catch((error: Error) => {
						this.violations.push(`handler crashed: ${error.stack}`);
						res.writeHead(500);
						res.end();
					});
			});
		});
		await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${this.options.prefix ?? ''}`;
	}

	/** Answers `operationId` with `handler` (a fixed response or a function of the request). */
	on(operationId: string, handler: ContractHandler | ContractResponse): this {
		this.handlers.set(operationId, typeof handler === 'function' ? handler : () => handler);
		return this;
	}

	/** Requests that reached one operation. */
	calls(operationId: string): ContractRequest[] {
		return this.requests.filter((r) => r.operationId === operationId);
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
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}

	private async handle(method: string, rawUrl: string, headers: IncomingHttpHeaders, rawBody: string): Promise<ContractResponse> {
		const url = new URL(rawUrl, 'http://localhost');
		const prefix = this.options.prefix ?? '';
		if (prefix && !url.pathname.startsWith(prefix)) {
			return this.violation(`${method} ${url.pathname}: outside the API prefix ${prefix}`, 404);
		}
		const path = url.pathname.slice(prefix.length) || '/';
		const query: Record<string, string | string[]> = {};
		for (const key of new Set(url.searchParams.keys())) {
			const all = url.searchParams.getAll(key);
			query[key] = all.length > 1 ? all : all[0];
		}
		let body: unknown;
		if (rawBody) {
			try {
				body = JSON.parse(rawBody);
			} catch {
				return this.violation(`${method} ${path}: body is not JSON: ${rawBody.slice(0, 200)}`, 400);
			}
		}
		const request = { method, path, query, headers: headers as Record<string, string>, body };
		const operation = this.api.matchOperation(request);
		if (!operation) return this.violation(`${method} ${path}: no such operation in the contract`, 404);

		const recorded: ContractRequest = {
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
		recorded.params = parsed.params as Record<string, string>;
		this.requests.push(recorded);

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
		const handler = this.handlers.get(recorded.operationId);
		if (!handler) return this.violation(`${recorded.operationId}: the test registered no answer`, 501);
		return await handler(recorded);
	}

	private violation(message: string, status: number): ContractResponse {
		this.violations.push(message);
		return { status, body: { error: { code: 'contract_violation', message } } };
	}
}
