import { defineOperation } from '../../../shared/operation';
import { countryCode, email, required } from '../../../shared/validation';
import { customerDetails } from './fields';

export const create = defineOperation({
	name: 'Create (Deprecated by Dub)',
	value: 'create',
	action: 'Create a customer',
	description: 'Create a customer directly. Dub deprecated this: customers are normally created by tracking a lead.',
	operationId: 'createCustomerDeprecated',
	method: 'POST',
	path: '/customers',
	checks: [required('External ID', 'externalId'), required('Country', 'country'), countryCode('Country', 'country'), email('Email', 'email')],
	fields: [
		{
			displayName: 'External ID',
			name: 'externalId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'user_123',
			description: 'The ID of the customer in your own system; Dub refuses a second customer with the same one',
			routing: { send: { type: 'body', property: 'externalId' } },
		},
		{
			displayName: 'Country',
			name: 'country',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'US',
			description: 'Two-letter ISO 3166-1 alpha-2 country code',
			routing: { send: { type: 'body', property: 'country' } },
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: customerDetails,
		},
	],
});
