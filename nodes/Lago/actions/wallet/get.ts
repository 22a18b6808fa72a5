import { simplifySwitch } from '../../../shared/output';
import { defineOperation } from '../../../shared/operation';
import { WALLET_FIELDS, recordOutput, walletLocator } from '../../billingFields';

export const get = defineOperation({
	name: 'Get',
	value: 'get',
	action: 'Get a wallet',
	description: 'A wallet with its balance in credits and in cents',
	operationId: 'findWallet',
	method: 'GET',
	path: '/wallets/{walletId}',
	fields: [walletLocator, simplifySwitch('wallet')],
	postReceive: recordOutput('wallet', WALLET_FIELDS),
});
