import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

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
			// Lago needs it for a fixed amount; left empty, Create would send "" (not a currency) and get a 422.
			required: forType,
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

export const frequency: INodeProperties = {
	displayName: 'Frequency',
	name: 'frequency',
	type: 'options',
	default: 'once',
	options: [
		{ name: 'Forever', value: 'forever', description: 'Every invoice' },
		{ name: 'Once', value: 'once', description: 'One invoice' },
		{ name: 'Recurring', value: 'recurring', description: 'A number of billing periods (Frequency Duration)' },
	],
	routing: body('frequency'),
};

export const couponOptions: INodeProperties[] = [
	{
		displayName: 'Applies to Billable Metric Codes',
		name: 'billableMetricCodes',
		type: 'string',
		default: '',
		placeholder: 'api_calls',
		description: 'Limit the coupon to charges of these billable metrics, separated by commas',
		routing: { send: { type: 'body', property: 'coupon.applies_to.billable_metric_codes', value: list } },
	},
	{
		displayName: 'Applies to Plan Codes',
		name: 'planCodes',
		type: 'string',
		default: '',
		placeholder: 'startup, premium',
		description: 'Limit the coupon to these plans, separated by commas',
		routing: { send: { type: 'body', property: 'coupon.applies_to.plan_codes', value: list } },
	},
	{ displayName: 'Description', name: 'description', type: 'string', default: '', routing: body('description') },
	{
		displayName: 'Expires At',
		name: 'expirationAt',
		type: 'dateTime',
		default: '',
		description: 'After this moment (UTC) the coupon can no longer be applied; it never expires when empty',
		routing: body('expiration_at'),
	},
	{
		displayName: 'Frequency Duration',
		name: 'frequencyDuration',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'Number of billing periods, for a recurring coupon',
		routing: body('frequency_duration'),
	},
	{
		displayName: 'Reusable',
		name: 'reusable',
		type: 'boolean',
		default: true,
		description: 'Whether the coupon can be applied to the same customer more than once',
		routing: body('reusable'),
	},
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
