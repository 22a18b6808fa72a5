import { defineOperation } from '../../../shared/operation';
import { countryCode, email } from '../../../shared/validation';
import { customerDetails, customerLocator, customerPath, includeExpandedFields } from './fields';

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
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				...customerDetails,
				{
					displayName: 'External ID',
					name: 'externalId',
					type: 'string',
					default: '',
					description: 'The ID of the customer in your own system',
					routing: { send: { type: 'body', property: 'externalId' } },
				},
				{
					displayName: 'Country',
					name: 'country',
					type: 'string',
					placeholder: 'US',
					default: '',
					description: 'Two-letter ISO 3166-1 alpha-2 code. Changes only the customer record, not past conversions.',
					routing: { send: { type: 'body', property: 'country' } },
				},
			],
		},
		includeExpandedFields,
	],
});
