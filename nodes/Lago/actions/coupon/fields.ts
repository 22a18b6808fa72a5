import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { boolean, dateTime, number, options, text, type Extra } from '../../../shared/fields';
import { currency, dateTime as dateTimeCheck, decimalText, wholeNumber } from '../../../shared/validation';
import { inside } from '../../validation';
import { commaSeparated, inWrapper } from '../../fields';

const body = inWrapper('coupon');

/** The coupon's discount, shared by Create (shown for the chosen type) and Update. */
export function couponTerms(forType: boolean): INodeProperties[] {
	const onlyFor = (type: string) => (forType ? { displayOptions: { show: { couponType: [type] } } } : {});
	return [
		number('amountCents', 'Amount (Cents)', 'The discount in cents, for a fixed-amount coupon: 20.00 is 2000', body('amount_cents'), { typeOptions: { minValue: 0 }, ...onlyFor('fixed_amount') }),
		text('amountCurrency', 'Amount Currency', 'Three-letter ISO 4217 code, for a fixed-amount coupon', body('amount_currency'), { placeholder: 'EUR', required: forType, ...onlyFor('fixed_amount') }),
		text('percentageRate', 'Percentage Rate', 'The discount in percent, for a percentage coupon', body('percentage_rate', '={{ String($value).trim() || undefined }}'), { placeholder: '12.5', ...onlyFor('percentage') }),
	];
}

export const frequency: INodeProperties = options('frequency', 'Frequency', undefined, [
	['Forever', 'forever', 'Every invoice'],
	['Once', 'once', 'One invoice'],
	['Recurring', 'recurring', 'A number of billing periods (Frequency Duration)'],
], 'once', body('frequency'));

export const couponOptions: INodeProperties[] = [
	text('billableMetricCodes', 'Applies to Billable Metric Codes', 'Limit the coupon to charges of these billable metrics, separated by commas', body('applies_to.billable_metric_codes', commaSeparated), { placeholder: 'api_calls' }),
	text('planCodes', 'Applies to Plan Codes', 'Limit the coupon to these plans, separated by commas', body('applies_to.plan_codes', commaSeparated), { placeholder: 'startup, premium' }),
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

/** What Create and Update check before sending: amounts in cents, currency, rate, duration and expiry. */
export const couponChecks = [
	inside(
		'coupon',
		wholeNumber('Amount (Cents)', 'amount_cents', { min: 0, hint: 'In cents: 20.00 is 2000' }),
		currency('Amount Currency', 'amount_currency'),
		decimalText('Percentage Rate', 'percentage_rate'),
		wholeNumber('Frequency Duration', 'frequency_duration', { min: 1 }),
		dateTimeCheck('Expires At', 'expiration_at'),
	),
];

export const couponType = (extra?: Extra) =>
	options('couponType', 'Coupon Type', undefined, [['Fixed Amount', 'fixed_amount'], ['Percentage', 'percentage']], 'fixed_amount', body('coupon_type'), extra);
