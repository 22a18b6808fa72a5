import type { IDataObject } from 'n8n-workflow';

import { lagoDocuments } from '../../scripts/lib/specs';
import { answersOf } from '../contract/documented';
import { ContractServer, type ContractServerOptions } from '../contract/server';
import { runNode } from '../engine';

export const LAGO_API_KEY = 'lago_test_key_0123456789abcdef';

export async function startLagoServer(options: Partial<ContractServerOptions> = {}) {
	// The document, corrected where it is stricter than Lago itself (see scripts/lib/specs.js).
	return await ContractServer.start({ documents: lagoDocuments(), prefix: '/api/v1', bearer: true, checkResponses: true, ...options });
}

/** A self-hosted Lago at the test server; the credential is given the address without `/api/v1`, as users often do. */
export function lagoCredentials(server: ContractServer) {
	return { lagoApi: { apiKey: LAGO_API_KEY, region: 'custom', customUrl: `${server.url.replace(/\/api\/v1$/, '')}/` } };
}

export function lagoRunner(server: ContractServer, resource: string) {
	return async (
		parameters: Record<string, unknown>,
		extra: { input?: IDataObject[]; continueOnFail?: boolean } = {},
	) =>
		await runNode({
			type: 'lago',
			parameters: { resource, ...parameters },
			credentials: lagoCredentials(server),
			...extra,
		});
}

export const byExternalId = (value: string) => ({ __rl: true, mode: 'externalId', value });
export const fromList = (value: string) => ({ __rl: true, mode: 'list', value });

/** `meta` of page `page` out of `totalPages`, as Lago sends it. */
export function meta(page: number, totalPages: number, totalCount: number) {
	return {
		current_page: page,
		next_page: page < totalPages ? page + 1 : null,
		prev_page: page > 1 ? page - 1 : null,
		total_pages: totalPages,
		total_count: totalCount,
	};
}

/** Lago's answers completed with every field Lago documents as always sent: `lagoAnswers.record('findPlan', {...})`. */
export const lagoAnswers = answersOf(lagoDocuments());

/** One record of a Lago answer that wraps it in `root` (`{"customer": {...}}`), complete. */
const lagoRecord = <T extends object>(operationId: string, root: string, fields: T): T =>
	(lagoAnswers.complete(operationId, { [root]: fields }) as Record<string, T>)[root];

/** One record of a Lago list answer (`{"applied_coupons": [...], "meta": {...}}`), complete. */
const lagoListRecord = <T extends object>(operationId: string, root: string, fields: T): T =>
	(lagoAnswers.complete(operationId, { [root]: [fields] }) as Record<string, T[]>)[root][0];

export function customer(n: number) {
	return lagoRecord('findCustomer', 'customer', {
		lago_id: `1a901a90-1a90-1a90-1a90-${String(n).padStart(12, '0')}`,
		external_id: `cust_${n}`,
		sequential_id: n,
		name: `Customer ${n}`,
		email: `customer${n}@example.com`,
		currency: 'USD',
		country: 'US',
		created_at: '2026-01-01T00:00:00Z',
	});
}

export function subscription(n: number) {
	return lagoRecord('findSubscription', 'subscription', {
		lago_id: `2b902b90-2b90-2b90-2b90-${String(n).padStart(12, '0')}`,
		external_id: `sub_${n}`,
		external_customer_id: `cust_${n}`,
		plan_code: 'premium',
		name: null,
		status: 'active',
		billing_time: 'calendar',
		subscription_at: '2026-01-01T00:00:00Z',
		ending_at: null,
		canceled_at: null,
		created_at: '2026-01-01T00:00:00Z',
	});
}

export function invoice(n: number) {
	return lagoRecord('findInvoice', 'invoice', {
		lago_id: `3c903c90-3c90-3c90-3c90-${String(n).padStart(12, '0')}`,
		number: `LAG-1234-001-${String(n).padStart(3, '0')}`,
		billing_entity_code: 'acme_inc',
		issuing_date: '2026-07-01',
		status: 'finalized',
		payment_status: 'pending',
		currency: 'EUR',
		total_amount_cents: 1000 * n,
	});
}

export function appliedCoupon(n: number) {
	return lagoListRecord('findAllAppliedCoupons', 'applied_coupons', {
		lago_id: `4d904d90-4d90-4d90-4d90-${String(n).padStart(12, '0')}`,
		lago_coupon_id: '5e905e90-5e90-5e90-5e90-000000000001',
		coupon_code: 'startup_deal',
		coupon_name: 'Startup Deal',
		external_customer_id: `cust_${n}`,
		status: 'active',
		frequency: 'once',
		created_at: '2026-01-01T00:00:00Z',
	});
}

/** The `fields` of `record` it has, in the order given: what a Simplify switch outputs. */
export const pick = (record: Record<string, unknown>, fields: string[]) => Object.fromEntries(fields.filter((k) => k in record).map((k) => [k, record[k]]));

// What Simplify keeps of a customer: the fields a workflow usually needs, nested billing settings and taxes left out.
const CUSTOMER_SUMMARY = [
	'lago_id',
	'external_id',
	'name',
	'firstname',
	'lastname',
	'customer_type',
	'email',
	'phone',
	'country',
	'currency',
	'legal_name',
	'tax_identification_number',
	'billing_entity_code',
	'timezone',
	'metadata',
	'created_at',
];
export const simplifiedCustomer = (record: Record<string, unknown>) => pick(record, CUSTOMER_SUMMARY);

// What Simplify keeps of an invoice: amounts, dates, status and the customer; fees and subscriptions left out.
export const INVOICE_SUMMARY = [
	'lago_id',
	'number',
	'status',
	'payment_status',
	'invoice_type',
	'currency',
	'issuing_date',
	'payment_due_date',
	'payment_overdue',
	'fees_amount_cents',
	'taxes_amount_cents',
	'sub_total_excluding_taxes_amount_cents',
	'total_amount_cents',
	'file_url',
	'customer',
	'metadata',
	'created_at',
];
export const simplifiedInvoice = (record: Record<string, unknown>) => pick(record, INVOICE_SUMMARY);
