import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { sendRows } from '../../billingFields';
import { number, options, rows, type Send, text } from '../../../shared/fields';

/** The lines of a credit note: which fee of the invoice, and how much of it (in cents, taxes excluded). */
export const items: INodeProperties = rows('items', 'Items', 'The fees of the invoice to credit, and how much of each', 'Add Item', { name: 'item', displayName: 'Item', values: [
	text('feeId', 'Fee ID', "The Lago ID of the invoice's fee (lago_id of one of its fees)", undefined, { placeholder: '1a901a90-1a90-1a90-1a90-1a901a901a90' }),
	number('amountCents', 'Amount (Cents)', 'Amount credited for this fee, in cents and excluding taxes: 10.00 is 1000', undefined, { typeOptions: { minValue: 0 } }),
] }, { required: true });

export const sendItems = sendRows(
	'Items',
	'items',
	'item',
	'credit_note.items',
	(item: IDataObject, _index, fail) => {
		const feeId = String(item.feeId ?? '').trim();
		if (!feeId) fail('Fee ID is required');
		const amount = Number(item.amountCents);
		if (!Number.isInteger(amount) || amount < 0) fail(`Amount (Cents) must be a whole number of cents, got ${JSON.stringify(item.amountCents)}`);
		return { fee_id: feeId, amount_cents: amount };
	},
	true,
);

/** Why a credit note was issued: a field of Create, a filter of Get Many. */
export const reason = (send: Send) =>
	options(
		'reason',
		'Reason',
		undefined,
		[
			['Duplicated Charge', 'duplicated_charge'],
			['Fraudulent Charge', 'fraudulent_charge'],
			['Order Cancellation', 'order_cancellation'],
			['Order Change', 'order_change'],
			['Other', 'other'],
			['Product Unsatisfactory', 'product_unsatisfactory'],
		],
		'other',
		send,
	);
