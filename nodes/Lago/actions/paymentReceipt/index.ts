import { defineResource } from '../../../shared/operation';
import { downloadPdf } from './downloadPdf';
import { get } from './get';
import { getAll } from './getAll';

export const paymentReceipt = defineResource({
	name: 'Payment Receipt',
	value: 'paymentReceipt',
	operations: [downloadPdf, get, getAll],
});
