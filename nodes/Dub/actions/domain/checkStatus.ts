import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/operation';
import { invalidField } from '../../../shared/validation';
import { text } from '../../../shared/fields';

export const checkStatus = defineOperation({
	name: 'Check Status',
	value: 'checkStatus',
	action: 'Check the availability of domains',
	description: 'Whether domains can be registered through Dub, and at what price: one item per domain',
	operationId: 'checkDomainStatus',
	method: 'GET',
	path: '/domains/status',
	checks: [
		function (request) {
			const qs = (request.qs ??= {}) as IDataObject;
			const raw = qs.domains;
			const domains = (Array.isArray(raw) ? raw : String(raw ?? '').split(','))
				.map((domain) => String(domain).trim())
				.filter(Boolean);
			if (domains.length === 0) throw invalidField(this, 'Domain Names', 'is required');
			qs.domains = domains.join(',');
		},
	],
	fields: [
		text('domains', 'Domain Names', 'Comma-separated domains to check, without https://', 'query', { required: true, placeholder: 'acme.link, acme-app.link' }),
	],
});
