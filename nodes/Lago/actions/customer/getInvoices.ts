import { boolean, options } from '../../../shared/fields';
import { calendarDate } from '../../../shared/validation';
import { INVOICE_FIELDS } from '../../billingFields';
import { toQuery } from '../../fields';
import { getAll as allCustomers } from './getAll';
import { getAll as allInvoices } from '../invoice/getAll';
import { getAll as allPaymentRequests } from '../paymentRequest/getAll';
import { customerList, filtersOf } from './lists';

export const getInvoices = customerList({
	name: 'Get Invoices',
	value: 'getInvoices',
	action: 'Get the invoices of a customer',
	operationId: 'findAllCustomerInvoices',
	records: 'invoices',
	simplify: { what: 'invoice', fields: INVOICE_FIELDS },
	checks: [calendarDate('Issued From', 'issuing_date_from'), calendarDate('Issued To', 'issuing_date_to')],
	filters: [
		...filtersOf(allInvoices, ['amountFrom', 'amountTo', 'invoiceType', 'issuingDateFrom', 'issuingDateTo', 'paymentOverdue', 'searchTerm']),
		...filtersOf(allPaymentRequests, ['paymentStatus']),
		...filtersOf(allCustomers, ['metadata'], {
			metadata: { description: 'Only invoices whose metadata has these values' },
		}),
		boolean('paymentDisputeLost', 'Payment Dispute Lost', 'Whether to return only invoices whose payment dispute was lost (on) or only the others (off)', toQuery('payment_dispute_lost'), { default: true }),
		boolean('selfBilled', 'Self Billed', 'Whether to return only self-billed invoices (on) or only the others (off)', toQuery('self_billed'), { default: true }),
		options('status', 'Status', undefined, [['Draft', 'draft'], ['Finalized', 'finalized']], 'finalized', toQuery('status')),
	],
});
