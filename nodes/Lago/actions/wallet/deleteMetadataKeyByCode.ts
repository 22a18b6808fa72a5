import { byCode } from './byCode';
import { deleteWalletMetadataKey } from './deleteMetadataKey';

export const deleteWalletMetadataKeyByCode = byCode(deleteWalletMetadataKey, 'deleteCustomerWalletMetadataKey', 'Delete a wallet metadata key by customer and wallet code');
