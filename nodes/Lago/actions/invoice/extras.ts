import type { Operation } from '../../../shared/operation';
import { create } from './create';
import { deleteInvoice } from './delete';
import { downloadPdf } from './downloadPdf';
import { finalize } from './finalize';
import { loseDispute } from './loseDispute';
import { paymentUrl } from './paymentUrl';
import { preview } from './preview';
import { refresh } from './refresh';
import { retry } from './retry';
import { retryPayment } from './retryPayment';
import { update } from './update';
import { voidInvoice } from './void';

/** The invoice operations beyond Get and Get Many, for the Invoice resource to list. */
export const invoiceExtras: Operation[] = [
	create,
	deleteInvoice,
	downloadPdf,
	finalize,
	loseDispute,
	paymentUrl,
	preview,
	refresh,
	retry,
	retryPayment,
	update,
	voidInvoice,
];
