import { lagoIdField } from '../../billingFields';

export const walletTransactionId = lagoIdField(
	'Wallet Transaction ID',
	'walletTransactionId',
	'The Lago ID of the wallet transaction (lago_id), as Top Up and Get Many return it',
);
