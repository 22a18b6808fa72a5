import { defineOperation } from '../../../shared/operation';
import { countryCode, email, required } from '../../../shared/validation';
import { linkPropertiesCollection, partnerFields, testVariants } from './fields';
import { group, text } from '../../../shared/fields';

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
		text('email', 'Email', 'Identifies the partner: an existing partner with this email is updated, otherwise one is created. The partner can claim the profile at partners.dub.co with it.', 'body', { placeholder: 'name@email.com', required: true }),
		group('additionalFields', partnerFields),
		linkPropertiesCollection(true),
	],
});
