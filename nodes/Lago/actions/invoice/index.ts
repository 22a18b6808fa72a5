import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { deleteInvoice } from './delete';
import { downloadPdf } from './downloadPdf';
import { finalize } from './finalize';
import { get } from './get';
import { getAll } from './getAll';
import { loseDispute } from './loseDispute';
import { paymentUrl } from './paymentUrl';
import { preview } from './preview';
import { refresh } from './refresh';
import { retry } from './retry';
import { retryPayment } from './retryPayment';
import { update } from './update';
import { voidInvoice } from './void';

export const invoice = defineResource({
	name: 'Invoice',
	value: 'invoice',
	operations: [get, getAll, create, deleteInvoice, downloadPdf, finalize, loseDispute, paymentUrl, preview, refresh, retry, retryPayment, update, voidInvoice],
});
