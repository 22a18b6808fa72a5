import type { Document } from 'openapi-backend';

import { dubDocuments } from '../../scripts/lib/specs';
import { ContractServer, type ContractServerOptions } from '../contract/server';

import { answersOf } from '../contract/documented';

export const DUB_API_KEY = 'dub_testkey0123456789abcdefgh';

export async function startDubServer(options: Partial<ContractServerOptions> = {}) {
	return await ContractServer.start({
		// Dub's document with its correction (scripts/lib/specs.js) and the supplement.
		documents: dubDocuments() as Document[],
		bearer: true,
		// Answers are checked too: a fixture missing a field Dub always sends fails the test.
		checkResponses: true,
		...options,
	});
}

export function dubCredentials(server: ContractServer) {
	return { dubApi: { apiKey: DUB_API_KEY, baseUrl: `${server.url}/` } };
}

/** Dub's answers completed with every field Dub documents as always sent: `dubAnswers.record('getLinkInfo', {...})`. */
export const dubAnswers = answersOf(dubDocuments() as Document[]);

export function customer(n: number) {
	return dubAnswers.record('getCustomer', {
		id: `cus_${String(n).padStart(6, '0')}`,
		externalId: `user_${n}`,
		name: `Customer ${n}`,
		email: `customer${n}@example.com`,
		avatar: null,
		country: 'US',
		sales: 0,
		saleAmount: 0,
		createdAt: '2026-01-01T00:00:00.000Z',
	});
}

/** A link as Dub returns it (LinkSchema), numbered, with every field Dub always sends. */
export function link(n: number, overrides: Record<string, unknown> = {}) {
	const id = `link_${String(n).padStart(6, '0')}`;
	const key = `key${n}`;
	return dubAnswers.record('getLinkInfo', {
		id,
		domain: 'dub.sh',
		key,
		url: `https://example.com/page/${n}`,
		shortLink: `https://dub.sh/${key}`,
		qrCode: `https://api.dub.co/qr?url=https://dub.sh/${key}`,
		externalId: null,
		tenantId: null,
		programId: null,
		partnerId: null,
		archived: false,
		expiresAt: null,
		expiredUrl: null,
		disabledAt: null,
		trackConversion: false,
		tags: [],
		clicks: n,
		leads: 0,
		conversions: 0,
		sales: 0,
		saleAmount: 0,
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z',
		...overrides,
	});
}
