import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { isoDateTime, keyValueField, sendRows } from '../../billingFields';
import { boolean, dateTime, fixedCollection, multiOptions, number, options, text } from '../../../shared/fields';
import { commaSeparated, toBody } from '../../fields';

const CREDITS = /^\d+(\.\d+)?$/;

/** A number of credits, sent as Lago's decimal text. */
export const credits = (displayName: string, name: string, property: string, description: string): INodeProperties =>
	text(name, displayName, description, toBody(property, '={{ String($value).trim() || undefined }}'), { placeholder: '20.0' });

/** The wallet fields Create and Update share, sent inside `wallet`. */
export const walletDetails: INodeProperties[] = [
	text('billableMetricCodes', 'Applies to Billable Metric Codes', 'Restrict the credits to fees of these billable metrics, separated by commas', toBody('wallet.applies_to.billable_metric_codes', commaSeparated), { placeholder: 'api_calls, storage' }),
	multiOptions('feeTypes', 'Applies to Fee Types', 'Restrict the credits to these kinds of fees; all when empty', [
		['Charge', 'charge'],
		['Commitment', 'commitment'],
		['Subscription', 'subscription'],
	], toBody('wallet.applies_to.fee_types')),
	text('code', 'Code', 'Identifies the wallet among the customer’s wallets', toBody('wallet.code'), { placeholder: 'prepaid' }),
	dateTime('expirationAt', 'Expiration At', 'When the wallet and its remaining credits expire (UTC)', toBody('wallet.expiration_at')),
	boolean('invoiceRequiresSuccessfulPayment', 'Invoice Requires Successful Payment', 'Whether the invoice of a paid top-up waits for the payment to succeed before it is issued', toBody('wallet.invoice_requires_successful_payment')),
	keyValueField('Metadata', 'metadata', 'Key/value pairs stored with the wallet'),
	text('name', 'Name', undefined, toBody('wallet.name'), { placeholder: 'Prepaid credits' }),
	number('priority', 'Priority', 'Which wallet pays first when the customer has several: a number from 1 (first) to 50, at most 50', toBody('wallet.priority'), { default: 1, typeOptions: { minValue: 1, maxValue: 50 } }),
	text('purchaseOrderNumber', 'Purchase Order Number', 'Printed on the invoices of top-ups', toBody('wallet.purchase_order_number')),
];

/** The recurring top-up rule (Lago allows one per wallet), as structured fields. */
export const recurringRule: INodeProperties = fixedCollection('recurringTopUp', 'Recurring Top-Up', 'Top the wallet up automatically, on a schedule or when its balance falls to a threshold', 'Add Recurring Top-Up', { name: 'rule', displayName: 'Rule', values: [
	dateTime('expirationAt', 'Expires At', 'When the rule stops (UTC); never when empty'),
	boolean('grantsTargetTopUp', 'Grant Instead of Invoicing', 'Whether target top-ups are free granted credits rather than paid ones'),
	text('grantedCredits', 'Granted Credits per Top-Up', 'Free credits given at each top-up', undefined, { placeholder: '10.0' }),
	options('interval', 'Interval', undefined, [
		['Monthly', 'monthly'],
		['Quarterly', 'quarterly'],
		['Semiannual', 'semiannual'],
		['Weekly', 'weekly'],
		['Yearly', 'yearly'],
	], 'monthly'),
	boolean('invoiceRequiresSuccessfulPayment', 'Invoice Requires Successful Payment per Top-Up', 'Whether credits are added only after the top-up is paid'),
	options('method', 'Method', undefined, [
		['Fixed', 'fixed', 'Add the paid and granted credits below'],
		['Target Balance', 'target', 'Add what brings the ongoing balance to Target Ongoing Balance'],
	], 'fixed'),
	text('paidCredits', 'Paid Credits per Top-Up', 'Credits bought (invoiced) at each top-up', undefined, { placeholder: '20.0' }),
	text('ruleId', 'Rule ID', 'The Lago ID of the existing rule, when changing it on Update (recurring_transaction_rules[].lago_id); empty replaces the rule'),
	dateTime('startedAt', 'Starts At', 'When the rule takes effect (UTC); now when empty'),
	text('targetOngoingBalance', 'Target Ongoing Balance', 'The balance, in credits, each top-up restores', undefined, { placeholder: '200.0' }),
	text('thresholdCredits', 'Threshold Credits', 'Top up when the ongoing balance falls to this many credits', undefined, { placeholder: '10.0' }),
	text('transactionName', 'Transaction Name per Top-Up', 'The label of the top-ups on invoices'),
	options('trigger', 'Trigger', undefined, [
		['Balance Threshold', 'threshold', 'When the ongoing balance falls to Threshold Credits'],
		['Interval', 'interval', 'Every week, month, quarter…'],
	], 'threshold'),
] });

function decimal(value: unknown, label: string, fail: (problem: string) => never): string | undefined {
	const given = String(value ?? '').trim();
	if (!given) return undefined;
	if (!CREDITS.test(given)) fail(`${label} must be a positive decimal number such as 20.0, got "${given}"`);
	return given;
}

/** Sends the recurring rule of `parameter` (a `recurringRule` field) as `wallet.recurring_transaction_rules`. */
export function sendRecurringRule(parameter: string) {
	return sendRows('Recurring Top-Up', parameter, 'rule', 'wallet.recurring_transaction_rules', (rule: IDataObject, _index, fail) => {
		const fixed = rule.method !== 'target';
		const threshold = rule.trigger === 'threshold';
		const shaped: IDataObject = {
			lago_id: String(rule.ruleId ?? '').trim() || undefined,
			trigger: rule.trigger,
			method: rule.method,
			interval: threshold ? undefined : rule.interval,
			threshold_credits: threshold ? decimal(rule.thresholdCredits, 'Threshold Credits', fail) : undefined,
			paid_credits: fixed ? decimal(rule.paidCredits, 'Paid Credits', fail) : undefined,
			granted_credits: fixed ? decimal(rule.grantedCredits, 'Granted Credits', fail) : undefined,
			target_ongoing_balance: fixed ? undefined : decimal(rule.targetOngoingBalance, 'Target Ongoing Balance', fail),
			grants_target_top_up: fixed ? undefined : rule.grantsTargetTopUp,
			started_at: isoDateTime(rule.startedAt, fail),
			expiration_at: isoDateTime(rule.expirationAt, fail),
			invoice_requires_successful_payment: rule.invoiceRequiresSuccessfulPayment,
			transaction_name: String(rule.transactionName ?? '').trim() || undefined,
		};
		if (threshold && shaped.threshold_credits === undefined) fail('Threshold Credits is required for a balance threshold trigger');
		if (fixed && shaped.paid_credits === undefined && shaped.granted_credits === undefined) fail('give Paid Credits or Granted Credits for a fixed top-up');
		if (!fixed && shaped.target_ongoing_balance === undefined) fail('Target Ongoing Balance is required for a target top-up');
		return shaped;
	});
}
