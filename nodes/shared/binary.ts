import { NodeOperationError, sleep, type IDataObject, type IExecuteSingleFunctions, type INodeExecutionData } from 'n8n-workflow';

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

/** One output item carrying `bytes` as n8n binary data under `property`, with `json` beside it. */
export async function binaryItem(
	ctx: IExecuteSingleFunctions,
	bytes: Buffer,
	file: { property: string; fileName: string; mimeType: string },
	json: IDataObject,
): Promise<INodeExecutionData> {
	const binary = await ctx.helpers.prepareBinaryData(bytes, file.fileName, file.mimeType);
	return { json, binary: { [file.property]: binary } };
}
