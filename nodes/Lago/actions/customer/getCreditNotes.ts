import { calendarDate } from '../../../shared/validation';
import { getAll as allCreditNotes } from '../creditNote/getAll';
import { customerList, filtersOf } from './lists';

export const getCreditNotes = customerList({
	name: 'Get Credit Notes',
	value: 'getCreditNotes',
	action: 'Get the credit notes of a customer',
	operationId: 'findAllCustomerCreditNotes',
	records: 'credit_notes',
	checks: [calendarDate('Issued From', 'issuing_date_from'), calendarDate('Issued To', 'issuing_date_to')],
	filters: filtersOf(allCreditNotes, [
		'amountFrom',
		'amountTo',
		'creditStatus',
		'invoiceNumber',
		'issuingDateFrom',
		'issuingDateTo',
		'reason',
		'refundStatus',
		'searchTerm',
		'selfBilled',
	]),
});
