import { defineOperation } from '../../../shared/operation';
import { partnerLocator } from '../partner/fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: "Get a partner's discount codes",
	operationId: 'listDiscountCodes',
	method: 'GET',
	path: '/discount-codes',
	fields: [partnerLocator({ where: 'qs', withTenantId: false, description: 'The partner whose codes to list' })],
});
