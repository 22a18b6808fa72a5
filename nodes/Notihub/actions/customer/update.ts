import { defineOperation } from '../../../shared/operation';
import { notihubClient } from '../../client';
import { customerFields, customerLocator, customerPath } from './fields';
import { group, text } from '../../../shared/fields';

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update a customer',
	description: 'Change the external ID, status, language or metadata; contacts change through the Contact resource',
	operationId: 'updateCustomer',
	method: 'PUT',
	path: '/customers/{customerId}',
	pathParameters: customerPath,
	requireSomeOf: 'updateFields',
	// Notihub updates with PUT and documents no partial update: the fields left out are read first and sent unchanged.
	runner: notihubClient.keepCurrentValues({
		fields: ['externalId', 'status', 'language', 'metadata'],
		readUrl: (url) => url,
		select: (customer) => customer,
		notFound: (url) => `Notihub returned no customer at ${url}`,
	}),
	fields: [
		customerLocator,
		group('updateFields', [
			text('externalId', 'External ID', 'The ID of the customer in your own system', 'body'),
			...customerFields,
		], { description: 'Fields left out keep their current value: the node reads the customer before it sends the update' }),
	],
});
