import { byCode } from './byCode';
import { update } from './update';

export const updateByCode = byCode(update, 'updateCustomerWallet', 'Update a wallet by customer and wallet code');
