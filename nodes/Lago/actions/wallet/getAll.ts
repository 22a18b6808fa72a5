import { simplifySwitch } from '../../../shared/output';
import { defineOperation } from '../../../shared/operation';
import { WALLET_FIELDS, billingCustomer, listOutput } from '../../billingFields';
import { currency } from '../../../shared/validation';
import { lagoPages } from '../../client';

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: "Get many wallets of a customer",
	operationId: 'findAllWallets',
	method: 'GET',
	path: '/wallets',
	walk: lagoPages('wallets'),
	checks: [currency('Currency', 'currency', 'qs')],
	postReceive: listOutput('wallets', WALLET_FIELDS),
	fields: [
		{ ...billingCustomer(undefined, 'The customer whose wallets to list, by the external ID your application gave it'), routing: { send: { type: 'query', property: 'external_customer_id' } } },
		simplifySwitch('wallet'),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{ displayName: 'Billing Entity Codes', name: 'billingEntityCodes', type: 'string', default: '', description: 'Separated by commas', routing: { send: { type: 'query', property: 'billing_entity_codes', value: '={{ String($value).split(",").map(s => s.trim()).filter(s => s) }}' } } },
				{ displayName: 'Currency', name: 'currency', type: 'string', default: '', placeholder: 'USD', description: 'Three-letter ISO 4217 code', routing: { send: { type: 'query', property: 'currency' } } },
			],
		},
	],
});
