import { byCode } from './byCode';
import { mergeWalletMetadata } from './mergeMetadata';

export const mergeWalletMetadataByCode = byCode(mergeWalletMetadata, 'mergeCustomerWalletMetadata', 'Merge wallet metadata by customer and wallet code');
