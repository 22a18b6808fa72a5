import { defineOperation } from '../../../shared/operation';
import { partnerLocator } from './fields';

export const deactivate = defineOperation({
	name: 'Deactivate',
	value: 'deactivate',
	action: 'Deactivate a partner',
	description: 'Deactivate a partner and disable their links; commissions and payouts stay intact',
	operationId: 'deactivatePartner',
	method: 'POST',
	path: '/partners/deactivate',
	fields: [partnerLocator({ where: 'body', withTenantId: true })],
});
