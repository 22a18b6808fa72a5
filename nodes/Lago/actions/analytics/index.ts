import { defineResource } from '../../../shared/operation';
import { getGrossRevenue } from './getGrossRevenue';
import { getInvoiceCollection } from './getInvoiceCollection';
import { getInvoicedUsage } from './getInvoicedUsage';
import { getMrr } from './getMrr';
import { getOverdueBalance } from './getOverdueBalance';
import { getUsage } from './getUsage';

export const analytics = defineResource({
	name: 'Analytics',
	value: 'analytics',
	description: 'Revenue, MRR, collections, usage and overdue reports, one item per row',
	operations: [getGrossRevenue, getInvoiceCollection, getInvoicedUsage, getMrr, getOverdueBalance, getUsage],
	defaultOperation: 'getMrr',
});
