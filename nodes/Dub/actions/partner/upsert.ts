import { defineOperation } from '../../../shared/operation';
import { countryCode, email, required } from '../../../shared/validation';
import { linkPropertiesCollection, partnerFields, testVariants } from './fields';

export const upsert = defineOperation({
	name: 'Create or Update',
	value: 'upsert',
	action: 'Create or update a partner',
	description: 'Create a new record, or update the current one if it already exists (upsert)',
	operationId: 'createPartner',
	method: 'POST',
	path: '/partners',
	checks: [required('Email', 'email'), email('Email', 'email'), countryCode('Country', 'country'), testVariants],
	fields: [
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			required: true,
			default: '',
			description:
				'Identifies the partner: an existing partner with this email is updated, otherwise one is created. The partner can claim the profile at partners.dub.co with it.',
			routing: { send: { type: 'body', property: 'email' } },
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: partnerFields,
		},
		linkPropertiesCollection(true),
	],
});
