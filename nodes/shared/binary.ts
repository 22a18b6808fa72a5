import {
	NodeOperationError,
	sleep,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type PostReceiveAction,
} from 'n8n-workflow';

/** A response body as bytes: a Buffer, an ArrayBuffer (`encoding: 'arraybuffer'`), a typed array or text. */
export function toBuffer(body: unknown): Buffer {
	if (Buffer.isBuffer(body)) return body;
	if (body instanceof ArrayBuffer) return Buffer.from(body);
	if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
	if (typeof body === 'string') return Buffer.from(body, 'utf8');
	throw new TypeError('The answer held no file');
}

export interface BinaryOutput {
	/** The file name n8n shows and downloads. */
	fileName: string;
	/** The MIME type; n8n guesses one from the file name when not given. */
	mimeType?: string;
	/** The binary property of the item, `data` by default. */
	property?: string;
	/** The item's JSON next to the file. */
	json?: IDataObject;
}

/** One n8n item holding `body` as binary data. */
export async function binaryItem(
	ctx: Pick<IExecuteSingleFunctions, 'helpers'>,
	body: unknown,
	output: BinaryOutput,
): Promise<INodeExecutionData> {
	const data = await ctx.helpers.prepareBinaryData(toBuffer(body), output.fileName, output.mimeType);
	return { json: output.json ?? {}, binary: { [output.property ?? 'data']: data } };
}

/** The MIME type of a full response, without parameters (`image/png; charset=…` → `image/png`). */
export function contentTypeOf(response: IN8nHttpFullResponse): string | undefined {
	const header = response.headers?.['content-type'];
	const value = Array.isArray(header) ? header[0] : header;
	return typeof value === 'string' ? value.split(';')[0].trim() || undefined : undefined;
}

/**
 * A postReceive that turns the answer into one item with the file as binary data. Ask routing for the bytes with
 * `request: { encoding: 'arraybuffer', json: false, returnFullResponse: true }`. `describe` names the file from the
 * node's parameters and the answer's content type.
 */
export function binaryResponse(
	describe: (ctx: IExecuteSingleFunctions, contentType: string | undefined) => BinaryOutput,
): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const contentType = contentTypeOf(response);
		return [await binaryItem(this, response.body, { mimeType: contentType, ...describe(this, contentType) })];
	};
}

/**
 * An error body read as JSON, whatever form it came in: operations that ask for bytes (`encoding: 'arraybuffer'`)
 * get their error envelopes as bytes too. Vendor error parsers call it first; anything unreadable comes back as is.
 */
export function jsonBodyOf(body: unknown): unknown {
	if (body === null || body === undefined) return body;
	const isBytes = Buffer.isBuffer(body) || body instanceof ArrayBuffer || ArrayBuffer.isView(body);
	if (!isBytes && typeof body !== 'string') return body;
	try {
		return JSON.parse(toBuffer(body).toString('utf8')) as unknown;
	} catch {
		return body;
	}
}

/** How long `pollUntil` waits between two reads: it starts short and doubles up to `maxDelayMs`. */
export interface PollOptions {
	/** Give up after this long, in milliseconds. */
	timeoutMs: number;
	/** The first wait, in milliseconds; 500 by default. */
	firstDelayMs?: number;
	/** The longest wait between two reads, in milliseconds; 5,000 by default. */
	maxDelayMs?: number;
}

/**
 * Reads `read()` until `ready(value)` holds or `timeoutMs` has passed, waiting with n8n's `sleep` (never a bare
 * timer) between reads. `initial` is a value already read. Returns the last value and whether it became ready.
 */
export async function pollUntil<T>(
	initial: T,
	read: () => Promise<T>,
	ready: (value: T) => boolean,
	options: PollOptions,
): Promise<{ value: T; ready: boolean; reads: number }> {
	const deadline = Date.now() + options.timeoutMs;
	let delay = options.firstDelayMs ?? 500;
	let value = initial;
	let reads = 0;
	while (!ready(value)) {
		const remaining = deadline - Date.now();
		if (remaining <= 0) return { value, ready: false, reads };
		await sleep(Math.min(delay, remaining));
		value = await read();
		reads++;
		delay = Math.min(delay * 2, options.maxDelayMs ?? 5000);
	}
	return { value, ready: true, reads };
}

/**
 * Downloads a file the vendor stored elsewhere (a signed storage URL): a plain GET without the node's credential,
 * so the API key never leaves for another host. The error names what was being downloaded.
 */
export async function downloadFile(ctx: IExecuteSingleFunctions, url: string, what: string, timeoutMs = 60_000): Promise<Buffer> {
	try {
		const body = (await ctx.helpers.httpRequest({ method: 'GET', url, encoding: 'arraybuffer', json: false, timeout: timeoutMs })) as ArrayBuffer | Buffer;
		return Buffer.isBuffer(body) ? body : Buffer.from(body);
	} catch (error) {
		const status = (error as { httpCode?: string; response?: { status?: number } }).httpCode ?? (error as { response?: { status?: number } }).response?.status;
		throw new NodeOperationError(ctx.getNode(), `Could not download ${what}${status ? ` (HTTP ${status})` : ''}`, {
			itemIndex: ctx.getItemIndex(),
			description: `The file is at ${new URL(url).host}. Its link may have expired: run the node again to get a fresh one.`,
		});
	}
}
