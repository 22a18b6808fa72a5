/** What Simplify keeps of a subscription: who, which plan, its state and its dates. */
export const SUBSCRIPTION_SUMMARY = [
	'lago_id',
	'external_id',
	'external_customer_id',
	'name',
	'plan_code',
	'status',
	'billing_time',
	'started_at',
	'subscription_at',
	'ending_at',
	'terminated_at',
	'current_billing_period_started_at',
	'current_billing_period_ending_at',
	'created_at',
];
