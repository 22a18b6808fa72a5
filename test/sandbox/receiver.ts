/** A stand-in for n8n's webhook URL: records every delivery as received (raw body and headers) and answers 200. */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedDelivery {
	path: string;
	headers: IncomingHttpHeaders;
	raw: string;
	body: any;
}

export class Receiver {
	readonly received: ReceivedDelivery[] = [];

	private server!: Server;

	url = '';

	static async start() {
		const receiver = new Receiver();
		receiver.server = createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (c: Buffer) => chunks.push(c));
			req.on('end', () => {
				const raw = Buffer.concat(chunks).toString('utf8');
				receiver.received.push({ path: req.url ?? '/', headers: req.headers, raw, body: JSON.parse(raw) });
				res.writeHead(200, { 'content-type': 'application/json' });
				res.end('{"received":true}');
			});
		});
		await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
		receiver.url = `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}`;
		return receiver;
	}

	/** Deliveries that reached `path`. */
	at(path: string) {
		return this.received.filter((d) => d.path === path);
	}

	async close() {
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}
}

/** A JSON request to a sandbox server; answers status and parsed body. */
export async function call(baseUrl: string, method: string, path: string, options: { token?: string; body?: unknown } = {}) {
	const response = await fetch(`${baseUrl}${path}`, {
		method,
		headers: {
			...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
			...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
		},
		body: options.body === undefined ? undefined : JSON.stringify(options.body),
	});
	const text = await response.text();
	let body: any = text;
	try {
		body = text ? JSON.parse(text) : undefined;
	} catch {
		// plain text answers stay text
	}
	return { status: response.status, body };
}
