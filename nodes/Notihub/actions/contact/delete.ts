import { defineOperation } from '../../../shared/operation';
import { customerLocator } from '../customer/fields';
import { contactLocator, contactPath } from './fields';

export const deleteContact = defineOperation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a contact of a customer',
	operationId: 'deleteContact',
	method: 'DELETE',
	path: '/customers/{customerId}/contacts/{contactId}',
	pathParameters: contactPath,
	fields: [{ ...customerLocator, description: 'The customer the contact belongs to' }, contactLocator],
});
