import type { IncomingHttpHeaders } from 'node:http';
import type { Document } from 'openapi-backend';

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
	/** Answers operations that have no handler of their own (without one, such a request is a violation). */
	fallback?: ContractHandler;
	/** Also check 2xx JSON answers against the operation's documented response; a misfit is a violation. */
	checkResponses?: boolean;
	/** Called with every violation as it is recorded. */
	onViolation?: (message: string) => void;
	/** Keep only the last N requests in `requests` (for long-running servers). */
	maxRequests?: number;
	/** Address and port to listen on; 127.0.0.1 and a free port by default. */
	host?: string;
	port?: number;
	/** The host name in `url`, when it differs from the listen address. */
	publicHost?: string;
}

export declare function normalizeSchemas(node: unknown): void;

export declare function mergeDocuments(documents: Document[]): Document;

export declare class ContractServer {
	readonly requests: ContractRequest[];

	readonly violations: string[];

	url: string;

	constructor(options: ContractServerOptions);

	static start(options: ContractServerOptions): Promise<ContractServer>;

	/** Answers `operationId` with `handler` (a fixed response or a function of the request). */
	on(operationId: string, handler: ContractHandler | ContractResponse): this;

	/** Requests that reached one operation. */
	calls(operationId: string): ContractRequest[];

	/** Every operationId of the document. */
	operationIds(): string[];

	reset(): void;

	expectNoViolations(): void;

	close(): Promise<void>;
}
