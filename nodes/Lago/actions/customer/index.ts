import { defineResource } from '../../../shared/operation';
import { deleteCustomer } from './delete';
import { generateCheckoutUrl } from './generateCheckoutUrl';
import { get } from './get';
import { getAll } from './getAll';
import { getCurrentUsage } from './getCurrentUsage';
import { getPastUsage } from './getPastUsage';
import { getPortalUrl } from './getPortalUrl';
import { getProjectedUsage } from './getProjectedUsage';
import { getSubscriptions } from './getSubscriptions';
import { upsert } from './upsert';

export const customer = defineResource({
	name: 'Customer',
	value: 'customer',
	operations: [upsert, deleteCustomer, generateCheckoutUrl, get, getCurrentUsage, getAll, getPastUsage, getPortalUrl, getProjectedUsage, getSubscriptions],
	defaultOperation: getAll.value,
});
