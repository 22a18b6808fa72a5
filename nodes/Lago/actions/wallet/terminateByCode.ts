import { byCode } from './byCode';
import { terminate } from './terminate';

export const terminateByCode = byCode(terminate, 'destroyCustomerWallet', 'Terminate a wallet by customer and wallet code');
