import { lagoLocator } from '../../fields';

/** An invoice by its Lago ID. */
export const invoiceLocator = lagoLocator({
	displayName: 'Invoice',
	name: 'invoice',
	description: 'The invoice to act on',
	searchListMethod: 'searchInvoices',
	by: 'id',
	hint: 'The Lago ID of the invoice (lago_id), not its number',
});
