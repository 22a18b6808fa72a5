import { defineOperation } from '../../../shared/operation';
import { partnerLocator } from './fields';

export const getLinks = defineOperation({
	name: 'Get Links',
	value: 'getLinks',
	action: 'Get the links of a partner',
	operationId: 'retrievePartnerLinks',
	method: 'GET',
	path: '/partners/links',
	fields: [partnerLocator({ where: 'qs', withTenantId: true })],
});
