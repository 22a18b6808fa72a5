import { defineOperation } from '../../../shared/operation';
import { unwrap } from '../../client';
import { customerLocator } from './fields';

export const getPortalUrl = defineOperation({
	name: 'Get Portal URL',
	value: 'getPortalUrl',
	action: 'Get the portal URL of a customer',
	description: 'Get an embeddable link to the customer portal, where the customer sees invoices and usage',
	operationId: 'getCustomerPortalUrl',
	method: 'GET',
	path: '/customers/{customer}/portal_url',
	postReceive: unwrap('customer'),
	fields: [customerLocator],
});
