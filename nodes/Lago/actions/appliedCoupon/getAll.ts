import { defineOperation } from '../../../shared/operation';
import { lagoPages } from '../../client';
import { commaSeparated, toQuery } from '../../fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many applied coupons',
	operationId: 'findAllAppliedCoupons',
	method: 'GET',
	path: '/applied_coupons',
	walk: lagoPages('applied_coupons'),
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Coupon Codes',
					name: 'couponCodes',
					type: 'string',
					default: '',
					placeholder: 'BLACK_FRIDAY_2024, CHRISTMAS_2024',
					description: 'Only applications of these coupons, separated by commas',
					routing: toQuery('coupon_code', commaSeparated),
				},
				{
					displayName: 'Customer External ID',
					name: 'externalCustomerId',
					type: 'string',
					default: '',
					description: 'Only the coupons applied to this customer',
					routing: toQuery('external_customer_id'),
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					default: 'active',
					options: [
						{ name: 'Active', value: 'active' },
						{ name: 'Terminated', value: 'terminated' },
					],
					routing: toQuery('status'),
				},
			],
		},
	],
});
