import { defineOperation } from '../../../shared/operation';
import { countryCode, email } from '../../../shared/validation';
import { customerDetails, customerLocator, customerPath, includeExpandedFields } from './fields';
import { group, text } from '../../../shared/fields';

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update a customer',
	operationId: 'updateCustomer',
	method: 'PATCH',
	path: '/customers/{customerId}',
	pathParameters: customerPath,
	checks: [email('Email', 'email'), countryCode('Country', 'country')],
	fields: [
		customerLocator,
		group('updateFields', [
			...customerDetails,
			text('externalId', 'External ID', 'The ID of the customer in your own system', 'body'),
			text('country', 'Country', 'Two-letter ISO 3166-1 alpha-2 code. Changes only the customer record, not past conversions.', 'body', { placeholder: 'US' }),
		]),
		includeExpandedFields,
	],
});
