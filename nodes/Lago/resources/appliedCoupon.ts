import type { INodeProperties } from 'n8n-workflow';

import { validate, wholeNumber } from '../../shared/validation';
import { currency, decimalText, inside } from '../checks';
import { lagoPages, pathFrom, unwrap } from '../transport';
import { commaSeparated, customerLocator, returnAllAndLimit, showFor } from './common';

const forAppliedCoupon = (operation: string[]) => showFor('appliedCoupon', operation);

export const appliedCouponOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['appliedCoupon'] } },
		options: [
			{
				name: 'Apply',
				value: 'apply',
				action: 'Apply a coupon to a customer',
				routing: {
					request: { method: 'POST', url: '/applied_coupons' },
					send: {
						preSend: [
							validate(
								inside(
									'applied_coupon',
									wholeNumber('Amount (Cents)', 'amount_cents', { min: 0, hint: 'In cents: 20.00 is 2000' }),
									currency('Amount Currency', 'amount_currency'),
									wholeNumber('Frequency Duration', 'frequency_duration', { min: 1, hint: 'A number of billing periods' }),
									decimalText('Percentage Rate', 'percentage_rate'),
								),
							),
						],
					},
					output: unwrap('applied_coupon'),
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Remove a coupon from a customer',
				routing: {
					request: { method: 'DELETE' },
					send: {
						preSend: [
							pathFrom('/customers/{customer}/applied_coupons/{appliedCoupon}', {
								customer: 'Customer',
								appliedCoupon: 'Applied Coupon',
							}),
						],
					},
					output: unwrap('applied_coupon'),
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many applied coupons',
				routing: {
					request: { method: 'GET', url: '/applied_coupons' },
					operations: { pagination: lagoPages('applied_coupons') },
				},
			},
		],
		default: 'apply',
	},
];

export const appliedCouponFieldsDescription: INodeProperties[] = [
	customerLocator(forAppliedCoupon(['apply']), { send: { type: 'body', property: 'applied_coupon.external_customer_id' } }),
	customerLocator(forAppliedCoupon(['delete'])),
	{
		displayName: 'Coupon',
		name: 'coupon',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions: forAppliedCoupon(['apply']),
		description: 'The coupon to apply',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchCoupons', searchable: true },
			},
			{ displayName: 'By Code', name: 'code', type: 'string', placeholder: 'startup_deal' },
		],
		routing: { send: { type: 'body', property: 'applied_coupon.coupon_code' } },
	},
	{
		displayName: 'Overrides',
		name: 'overrides',
		type: 'collection',
		placeholder: 'Add Override',
		default: {},
		description: "Values that replace the coupon's own for this customer",
		displayOptions: forAppliedCoupon(['apply']),
		options: [
			{
				displayName: 'Amount (Cents)',
				name: 'amount_cents',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: 'Discount in cents, for fixed-amount coupons: 20.00 is 2000',
				routing: { send: { type: 'body', property: 'applied_coupon.amount_cents' } },
			},
			{
				displayName: 'Amount Currency',
				name: 'amount_currency',
				type: 'string',
				default: '',
				placeholder: 'EUR',
				description: 'Three-letter ISO 4217 code, for fixed-amount coupons',
				routing: { send: { type: 'body', property: 'applied_coupon.amount_currency' } },
			},
			{
				displayName: 'Frequency',
				name: 'frequency',
				type: 'options',
				default: 'once',
				options: [
					{ name: 'Forever', value: 'forever', description: 'Applies to every invoice' },
					{ name: 'Once', value: 'once', description: 'Applies to one invoice' },
					{ name: 'Recurring', value: 'recurring', description: 'Applies for a number of billing periods' },
				],
				routing: { send: { type: 'body', property: 'applied_coupon.frequency' } },
			},
			{
				displayName: 'Frequency Duration',
				name: 'frequency_duration',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 1,
				description: 'Number of billing periods, for a recurring frequency',
				routing: { send: { type: 'body', property: 'applied_coupon.frequency_duration' } },
			},
			{
				displayName: 'Percentage Rate',
				name: 'percentage_rate',
				type: 'string',
				default: '',
				placeholder: '12.5',
				description: 'Discount in percent, for percentage coupons',
				routing: { send: { type: 'body', property: 'applied_coupon.percentage_rate', value: '={{ String($value) }}' } },
			},
		],
	},
	{
		displayName: 'Applied Coupon',
		name: 'appliedCoupon',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions: forAppliedCoupon(['delete']),
		description: "The coupon application to remove; the list shows the customer's active ones",
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchAppliedCoupons', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: '1a901a90-1a90-1a90-1a90-1a901a901a90',
				hint: 'The Lago ID of the applied coupon (lago_id), not the coupon code',
				validation: [
					{
						type: 'regex',
						properties: { regex: '^[0-9a-fA-F-]{36}$', errorMessage: 'A Lago ID is a UUID like 1a901a90-1a90-1a90-1a90-1a901a901a90' },
					},
				],
			},
		],
	},
	...returnAllAndLimit('appliedCoupon', ['getAll']),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: forAppliedCoupon(['getAll']),
		options: [
			{
				displayName: 'Coupon Codes',
				name: 'coupon_code',
				type: 'string',
				default: '',
				placeholder: 'BLACK_FRIDAY_2024, CHRISTMAS_2024',
				description: 'Only applications of these coupons, separated by commas',
				routing: { send: { type: 'query', property: 'coupon_code', value: commaSeparated } },
			},
			{
				displayName: 'Customer External ID',
				name: 'external_customer_id',
				type: 'string',
				default: '',
				description: 'Only the coupons applied to this customer',
				routing: { send: { type: 'query', property: 'external_customer_id' } },
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
				routing: { send: { type: 'query', property: 'status' } },
			},
		],
	},
];
