import { defineOperation } from '../../../shared/operation';
import { codeList } from '../../../shared/validation';
import { lagoPages } from '../../client';
import { toQuery } from '../../fields';
import { customerType } from './fields';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many customers',
	operationId: 'findAllCustomers',
	method: 'GET',
	path: '/customers',
	walk: lagoPages('customers'),
	checks: [codeList('Countries', 'countries', /^[A-Z]{2}$/, 'US, FR'), codeList('Currencies', 'currencies', /^[A-Z]{3}$/, 'USD, EUR')],
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Account Types',
					name: 'accountTypes',
					type: 'multiOptions',
					default: [],
					options: [
						{ name: 'Customer', value: 'customer' },
						{ name: 'Partner', value: 'partner' },
					],
					routing: toQuery('account_type'),
				},
				{
					displayName: 'Countries',
					name: 'countries',
					type: 'string',
					default: '',
					placeholder: 'US, FR',
					description: 'Two-letter ISO 3166-1 codes of the billing address, separated by commas',
					routing: toQuery('countries'),
				},
				{
					displayName: 'Currencies',
					name: 'currencies',
					type: 'string',
					default: '',
					placeholder: 'USD, EUR',
					description: 'Three-letter ISO 4217 codes, separated by commas',
					routing: toQuery('currencies'),
				},
				customerType(toQuery('customer_type')),
				{
					displayName: 'Metadata',
					name: 'metadata',
					type: 'fixedCollection',
					placeholder: 'Add Metadata Filter',
					typeOptions: { multipleValues: true },
					default: {},
					description: 'Only customers whose metadata has these values; an empty value matches customers without the key',
					options: [
						{
							displayName: 'Metadata',
							name: 'values',
							values: [
								{ displayName: 'Key', name: 'key', type: 'string', default: '' },
								{
									displayName: 'Value',
									name: 'value',
									type: 'string',
									default: '',
									routing: {
										send: { type: 'query', property: '=metadata[{{$parent.key}}]', propertyInDotNotation: false },
									},
								},
							],
						},
					],
				},
				{
					displayName: 'Search Term',
					name: 'searchTerm',
					type: 'string',
					default: '',
					description: 'Matches name, first and last name, legal name, external ID or email',
					routing: toQuery('search_term'),
				},
			],
		},
	],
});
