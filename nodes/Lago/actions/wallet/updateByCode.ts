import { byCode } from './byCode';
import { update } from './update';

export const updateByCode = byCode(update, 'updateCustomerWallet');
