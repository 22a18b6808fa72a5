import { byCode } from './byCode';
import { deleteWalletMetadataKey } from './deleteMetadataKey';

export const deleteWalletMetadataKeyByCode = byCode(deleteWalletMetadataKey, 'deleteCustomerWalletMetadataKey');
