import { simplifySwitch } from '../../../shared/output';
import { defineOperation } from '../../../shared/operation';
import { WALLET_FIELDS, billingCustomer, listOutput } from '../../billingFields';
import { currency } from '../../../shared/validation';
import { lagoPages } from '../../client';
import { group } from '../../../shared/fields';
import { billingEntitiesFilter, currencyFilter, toQuery } from '../../fields';

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
		{ ...billingCustomer(undefined, 'The customer whose wallets to list, by the external ID your application gave it'), routing: toQuery('external_customer_id') },
		simplifySwitch('wallet'),
		group('filters', [
			billingEntitiesFilter(),
			currencyFilter(),
		]),
	],
});
