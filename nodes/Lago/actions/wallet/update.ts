import { simplifySwitch } from '../../../shared/output';
import { defineOperation } from '../../../shared/operation';
import { WALLET_FIELDS, ensureObject, recordOutput, sendPairs, walletLocator } from '../../billingFields';
import { dateTime } from '../../../shared/validation';
import { inside } from '../../validation';
import { recurringRule, sendRecurringRule, walletDetails } from './fields';
import { group } from '../../../shared/fields';

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update a wallet',
	description: 'Rename a wallet, change its expiration or priority, or set its recurring top-up',
	operationId: 'updateWallet',
	method: 'PUT',
	path: '/wallets/{walletId}',
	checks: [inside('wallet', dateTime('Expiration At', 'expiration_at'))],
	preSend: [sendPairs('Metadata', 'updateFields.metadata', 'wallet.metadata', 'object'), sendRecurringRule('recurringTopUp'), ensureObject('wallet')],
	postReceive: recordOutput('wallet', WALLET_FIELDS),
	fields: [
		walletLocator,
		group('updateFields', walletDetails),
		recurringRule,
		simplifySwitch('wallet'),
	],
});
