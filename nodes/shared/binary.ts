import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData, PostReceiveAction } from 'n8n-workflow';

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
