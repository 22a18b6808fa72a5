import { defineOperation } from '../../../shared/operation';
import { simplifySwitch } from '../../../shared/output';
import { CUSTOMER_FIELDS, listOutput } from '../../billingFields';
import { codeList } from '../../../shared/validation';
import { lagoPages } from '../../client';
import { toQuery } from '../../fields';
import { customerType } from './fields';
import { group, multiOptions, rows, text } from '../../../shared/fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many customers',
	operationId: 'findAllCustomers',
	method: 'GET',
	path: '/customers',
	walk: lagoPages('customers'),
	checks: [codeList('Countries', 'countries', /^[A-Z]{2}$/, 'US, FR'), codeList('Currencies', 'currencies', /^[A-Z]{3}$/, 'USD, EUR')],
	postReceive: listOutput('customers', CUSTOMER_FIELDS),
	fields: [
		simplifySwitch('customer'),
		group('filters', [
			multiOptions('accountTypes', 'Account Types', undefined, [['Customer', 'customer'], ['Partner', 'partner']], toQuery('account_type')),
			text('countries', 'Countries', 'Two-letter ISO 3166-1 codes of the billing address, separated by commas', toQuery('countries'), { placeholder: 'US, FR' }),
			text('currencies', 'Currencies', 'Three-letter ISO 4217 codes, separated by commas', toQuery('currencies'), { placeholder: 'USD, EUR' }),
			customerType(toQuery('customer_type')),
			rows('metadata', 'Metadata', 'Only customers whose metadata has these values; an empty value matches customers without the key', 'Add Metadata Filter', { name: 'values', displayName: 'Metadata', values: [
				text('key', 'Key'),
				text('value', 'Value', undefined, { send: { type: 'query', property: '=metadata[{{$parent.key}}]', propertyInDotNotation: false } }),
			] }),
			text('searchTerm', 'Search Term', 'Matches name, first and last name, legal name, external ID or email', toQuery('search_term')),
		]),
	],
});
