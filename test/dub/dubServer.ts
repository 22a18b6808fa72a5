import dubOpenApi from '../fixtures/specs/dub-openapi.json';
import dubSupplement from '../fixtures/specs/dub-openapi.supplement.json';
import { ContractServer, type ContractServerOptions } from '../contract/server';
import type { Document } from 'openapi-backend';

export const DUB_API_KEY = 'dub_testkey0123456789abcdefgh';

export async function startDubServer(options: Partial<ContractServerOptions> = {}) {
	return await ContractServer.start({
		documents: [dubOpenApi as unknown as Document, dubSupplement as unknown as Document],
		bearer: true,
		...options,
	});
}

export function dubCredentials(server: ContractServer) {
	return { dubApi: { apiKey: DUB_API_KEY, baseUrl: `${server.url}/` } };
}

export function customer(n: number) {
	return {
		id: `cus_${String(n).padStart(6, '0')}`,
		externalId: `user_${n}`,
		name: `Customer ${n}`,
		email: `customer${n}@example.com`,
		avatar: null,
		country: 'US',
		sales: 0,
		saleAmount: 0,
		createdAt: '2026-01-01T00:00:00.000Z',
	};
}
