import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { billingCustomer, sendRows } from '../../billingFields';
import { lagoLocator } from '../../fields';
import { boolean, rows, text } from '../../../shared/fields';

/** Alerts and the "by Code" operations address a wallet by its customer and its code. */
export const alertCustomer = billingCustomer(undefined, "The wallet's customer, by the external ID your application gave it");

export const walletCode = lagoLocator({
	displayName: 'Wallet',
	name: 'walletCode',
	description: "The wallet, by its code; the list shows the chosen customer's wallets",
	searchListMethod: 'searchWalletCodes',
	by: 'code',
	placeholder: 'prepaid',
	hint: 'The code of the wallet within its customer',
});

export const alertCode: INodeProperties = text('alertCode', 'Alert Code', 'The code of the alert', undefined, { required: true, placeholder: 'low_balance' });

/** `/customers/{customer}/wallets/{walletCode}`: a wallet by its customer's external ID and its own code. */
export const WALLET_BY_CODE = '/customers/{customer}/wallets/{walletCode}';

/** The wallet's alerts. */
export const ALERTS = `${WALLET_BY_CODE}/alerts`;

export const thresholds: INodeProperties = rows('thresholds', 'Thresholds', 'The balances at which the alert fires; Lago then sends the alert.triggered webhook', 'Add Threshold', { name: 'threshold', displayName: 'Threshold', values: [
	text('code', 'Code', 'Optional name of this threshold'),
	boolean('recurring', 'Recurring', 'Whether the alert fires again each time the balance crosses this value'),
	text('value', 'Value', 'The balance that fires the alert: an amount or a number of credits, depending on the alert type', undefined, { placeholder: '10.0' }),
] });

export const sendThresholds = (required: boolean) =>
	sendRows(
		'Thresholds',
		'thresholds',
		'threshold',
		'alert.thresholds',
		(threshold: IDataObject, _index, fail) => {
			const value = String(threshold.value ?? '').trim();
			if (!/^-?\d+(\.\d+)?$/.test(value)) fail(`Value must be a number such as 10.0, got "${value}"`);
			return { value, code: String(threshold.code ?? '').trim() || undefined, recurring: threshold.recurring };
		},
		required,
	);

export const alertTypes = [
	{ name: 'Balance Amount', value: 'wallet_balance_amount', description: 'The balance in the currency (cents)' },
	{ name: 'Credits Balance', value: 'wallet_credits_balance', description: 'The balance in credits' },
	{ name: 'Credits Ongoing Balance', value: 'wallet_credits_ongoing_balance', description: 'Credits left after current usage' },
	{ name: 'Ongoing Balance Amount', value: 'wallet_ongoing_balance_amount', description: 'Amount left after current usage' },
];
