import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { bodyText, optionalFields } from '../../../shared/fields';
import { linkLocator } from '../link/fields';
import { partnerLocator } from '../partner/fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a discount code for a partner',
	description: "Create a code that gives the partner's discount and attributes the sale to the partner's link",
	operationId: 'createDiscountCode',
	method: 'POST',
	path: '/discount-codes',
	checks: [required('Link', 'linkId')],
	fields: [
		partnerLocator({ where: 'body', withTenantId: false, description: 'The partner the code belongs to' }),
		{
			...linkLocator,
			// Dub takes the link's own ID here: no external-ID mode.
			modes: linkLocator.modes?.filter((mode) => mode.name !== 'externalId'),
			description: "The partner's link that sales with the code are attributed to",
			routing: { send: { type: 'body', property: 'linkId' } },
		},
		optionalFields([bodyText('code', 'Code', 'The code customers enter; Dub generates one when empty', 'JANE20')]),
	],
});
