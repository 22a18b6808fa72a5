import { byCode } from './byCode';
import { deleteAllWalletMetadata } from './deleteAllMetadata';

export const deleteAllWalletMetadataByCode = byCode(deleteAllWalletMetadata, 'deleteAllCustomerWalletMetadata', 'Delete all wallet metadata by customer and wallet code');
