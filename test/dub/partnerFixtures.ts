/**
 * Response bodies shaped like Dub's (EnrolledPartner, partner links, applications), numbered for easy checks, with
 * every field Dub always sends.
 */
import { dubAnswers } from './dubServer';

export function partner(n: number) {
	const id = `pn_${String(n).padStart(6, '0')}`;
	return dubAnswers.record('listPartners', {
		id,
		name: `Partner ${n}`,
		email: `partner${n}@example.com`,
		image: null,
		country: 'US',
		status: 'approved',
		tenantId: `tenant_${n}`,
		groupId: 'grp_default',
		totalClicks: 10 * n,
		totalSaleAmount: 1000 * n,
		createdAt: '2026-01-01T00:00:00.000Z',
	});
}

export function partnerLink(n: number, partnerId = 'pn_000001') {
	return dubAnswers.record('retrievePartnerLinks', {
		id: `link_${String(n).padStart(6, '0')}`,
		domain: 'acme.link',
		key: `jane-${n}`,
		shortLink: `https://acme.link/jane-${n}`,
		url: 'https://acme.com/pricing',
		partnerId,
		clicks: n,
		leads: 0,
		conversions: 0,
		sales: 0,
		saleAmount: 0,
	});
}

export function application(n: number) {
	const p = partner(n);
	return dubAnswers.record('listPartnerApplications', {
		id: `pga_${String(n).padStart(6, '0')}`,
		createdAt: '2026-02-01T00:00:00.000Z',
		partner: { id: p.id, name: p.name, email: p.email, country: p.country },
		groupId: 'grp_default',
	});
}

/** A resource locator value as n8n stores it. */
export const locator = (mode: 'list' | 'id' | 'tenantId', value: string) => ({ __rl: true, mode, value });
