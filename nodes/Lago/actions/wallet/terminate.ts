import { simplifySwitch } from '../../../shared/output';
import { defineOperation } from '../../../shared/operation';
import { WALLET_FIELDS, recordOutput, walletLocator } from '../../billingFields';

export const terminate = defineOperation({
	name: 'Terminate',
	value: 'terminate',
	action: 'Terminate a wallet',
	description: 'Close a wallet: its remaining credits can no longer be used',
	operationId: 'destroyWallet',
	method: 'DELETE',
	path: '/wallets/{walletId}',
	fields: [walletLocator, simplifySwitch('wallet')],
	postReceive: recordOutput('wallet', WALLET_FIELDS),
});
