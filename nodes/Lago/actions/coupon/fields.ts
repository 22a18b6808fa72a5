import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { boolean, dateTime, number, options, text } from '../../../shared/fields';

const list = '={{ String($value).split(",").map(s => s.trim()).filter(s => s) }}';
const body = (property: string) => ({ send: { type: 'body' as const, property: `coupon.${property}` } });

/** The coupon's discount, shared by Create (shown for the chosen type) and Update. */
export function couponTerms(forType: boolean): INodeProperties[] {
	const onlyFor = (type: string) => (forType ? { displayOptions: { show: { couponType: [type] } } } : {});
	return [
		{
			displayName: 'Amount (Cents)',
			name: 'amountCents',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: 'The discount in cents, for a fixed-amount coupon: 20.00 is 2000',
			routing: body('amount_cents'),
			...onlyFor('fixed_amount'),
		},
		{
			displayName: 'Amount Currency',
			name: 'amountCurrency',
			type: 'string',
			default: '',
			placeholder: 'EUR',
			description: 'Three-letter ISO 4217 code, for a fixed-amount coupon',
			routing: body('amount_currency'),
			...onlyFor('fixed_amount'),
		},
		{
			displayName: 'Percentage Rate',
			name: 'percentageRate',
			type: 'string',
			default: '',
			placeholder: '12.5',
			description: 'The discount in percent, for a percentage coupon',
			routing: { send: { type: 'body', property: 'coupon.percentage_rate', value: '={{ String($value).trim() || undefined }}' } },
			...onlyFor('percentage'),
		},
	];
}

export const frequency: INodeProperties = options('frequency', 'Frequency', undefined, [
	['Forever', 'forever', 'Every invoice'],
	['Once', 'once', 'One invoice'],
	['Recurring', 'recurring', 'A number of billing periods (Frequency Duration)'],
], 'once', body('frequency'));

export const couponOptions: INodeProperties[] = [
	text('billableMetricCodes', 'Applies to Billable Metric Codes', 'Limit the coupon to charges of these billable metrics, separated by commas', { type: 'body', property: 'coupon.applies_to.billable_metric_codes', value: list }, { placeholder: 'api_calls' }),
	text('planCodes', 'Applies to Plan Codes', 'Limit the coupon to these plans, separated by commas', { type: 'body', property: 'coupon.applies_to.plan_codes', value: list }, { placeholder: 'startup, premium' }),
	text('description', 'Description', undefined, body('description')),
	dateTime('expirationAt', 'Expires At', 'After this moment (UTC) the coupon can no longer be applied; it never expires when empty', body('expiration_at')),
	number('frequencyDuration', 'Frequency Duration', 'Number of billing periods, for a recurring coupon', body('frequency_duration'), { default: 1, typeOptions: { minValue: 1 } }),
	boolean('reusable', 'Reusable', 'Whether the coupon can be applied to the same customer more than once', body('reusable'), { default: true }),
];

/**
 * Lago wants `expiration: time_limit` beside an expiration date and `no_expiration` without one; the node derives it
 * from Expires At. `always`: also when no date was given (Create).
 */
export function sendExpiration(always: boolean) {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const requestBody = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as IDataObject;
		const coupon = (requestBody.coupon ?? {}) as IDataObject;
		const at = coupon.expiration_at;
		if (typeof at === 'string' && at.trim()) coupon.expiration = 'time_limit';
		else if (always) coupon.expiration = 'no_expiration';
		else return request;
		requestBody.coupon = coupon;
		request.body = requestBody;
		return request;
	};
}
