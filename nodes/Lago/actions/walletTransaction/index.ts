import { defineResource } from '../../../shared/operation';
import { get } from './get';
import { getAll } from './getAll';
import { getConsumptions } from './getConsumptions';
import { getFundings } from './getFundings';
import { paymentUrl } from './paymentUrl';

export const walletTransaction = defineResource({
	name: 'Wallet Transaction',
	value: 'walletTransaction',
	operations: [get, getAll, getConsumptions, getFundings, paymentUrl],
});
