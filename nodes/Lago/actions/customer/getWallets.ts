import { WALLET_FIELDS } from '../../billingFields';
import { getAll as allWallets } from '../wallet/getAll';
import { customerList, filtersOf } from './lists';

export const getWallets = customerList({
	name: 'Get Wallets',
	value: 'getWallets',
	action: 'Get the wallets of a customer',
	operationId: 'findAllCustomerWallets',
	records: 'wallets',
	simplify: { what: 'wallet', fields: WALLET_FIELDS },
	filters: filtersOf(allWallets, ['billingEntityCodes']),
});
