import { byCode } from './byCode';
import { get } from './get';

export const getByCode = byCode(get, 'findCustomerWallet', 'Get a wallet by customer and wallet code');
