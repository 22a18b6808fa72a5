import { defineOperation } from '../../../shared/operation';
import { countryCode, email, required } from '../../../shared/validation';
import { customerDetails } from './fields';
import { group, text } from '../../../shared/fields';

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
		text('externalId', 'External ID', 'The ID of the customer in your own system; Dub refuses a second customer with the same one', 'body', { required: true, placeholder: 'user_123' }),
		text('country', 'Country', 'Two-letter ISO 3166-1 alpha-2 country code', 'body', { required: true, placeholder: 'US' }),
		group('additionalFields', customerDetails),
	],
});
