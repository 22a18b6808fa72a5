import { byCode } from './byCode';
import { replaceWalletMetadata } from './replaceMetadata';

export const replaceWalletMetadataByCode = byCode(replaceWalletMetadata, 'replaceCustomerWalletMetadata', 'Replace wallet metadata by customer and wallet code');
