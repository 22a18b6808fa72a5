import { defineResource } from '../../../shared/operation';
import { deleteCustomer } from './delete';
import { generateCheckoutUrl } from './generateCheckoutUrl';
import { get } from './get';
import { getAppliedCoupons } from './getAppliedCoupons';
import { getCreditNotes } from './getCreditNotes';
import { getAll } from './getAll';
import { getCurrentUsage } from './getCurrentUsage';
import { getInvoices } from './getInvoices';
import { getPastUsage } from './getPastUsage';
import { getPaymentRequests } from './getPaymentRequests';
import { getPayments } from './getPayments';
import { getPortalUrl } from './getPortalUrl';
import { getProjectedUsage } from './getProjectedUsage';
import { getSubscriptions } from './getSubscriptions';
import { getWallets } from './getWallets';
import { upsert } from './upsert';

export const customer = defineResource({
	name: 'Customer',
	value: 'customer',
	operations: [upsert, deleteCustomer, generateCheckoutUrl, get, getCurrentUsage, getAll, getPastUsage, getPortalUrl, getProjectedUsage, getSubscriptions, getInvoices, getCreditNotes, getPayments, getPaymentRequests, getAppliedCoupons, getWallets],
});
