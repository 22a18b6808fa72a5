/**
 * n8n 1.x's request helpers wrap an HTTP failure in a NodeApiError that keeps neither the original error nor its
 * response: only `httpCode` and, for a JSON object body, `context.data`. The nodes must still read the vendor's own
 * message from it (found by the e2e suite on n8n 1.123.81; n8n 2.x keeps the original error as `cause`).
 */
import type { INode } from 'n8n-workflow';

import { httpResponseOf, toVendorApiError } from '../../nodes/shared/errors';

const node: INode = { id: '1', name: 'Get Customer', type: 'n8n-nodes-customer-stack.dub', typeVersion: 1, position: [0, 0], parameters: {} };
const body = { error: { code: 'not_found', message: 'Customer not found.' } };
const parse = (b: unknown) => {
	const message = (b as typeof body | undefined)?.error?.message;
	return message ? { message } : undefined;
};

/** The shape n8n 1.123's NodeApiError has after wrapping an axios 404. */
function n8n1Wrapped() {
	return Object.assign(new Error('The resource you are requesting could not be found'), {
		name: 'NodeApiError',
		httpCode: '404',
		context: { data: body },
		cause: undefined,
	});
}

describe('shared › HTTP errors wrapped by n8n 1.x', () => {
	it('reads the status and the body from the wrapper', () => {
		expect(httpResponseOf(n8n1Wrapped())).toEqual({ status: 404, headers: {}, body });
	});

	it('prefers a real response anywhere in the chain', () => {
		const response = { status: 429, headers: { 'retry-after': '1' }, data: { error: { message: 'Slow down' } } };
		expect(httpResponseOf(Object.assign(n8n1Wrapped(), { cause: { response } }))).toEqual({
			status: 429,
			headers: { 'retry-after': '1' },
			body: response.data,
		});
	});

	it('turns it into the vendor’s message', () => {
		const error = toVendorApiError(node, n8n1Wrapped(), parse, 'Dub') as Error & { httpCode?: string };
		expect(error.message).toBe('Customer not found.');
		expect(error.httpCode).toBe('404');
	});

	it('ignores an httpCode without a body: nothing to read the vendor’s message from', () => {
		expect(httpResponseOf({ httpCode: '404' })).toBeUndefined();
	});
});
