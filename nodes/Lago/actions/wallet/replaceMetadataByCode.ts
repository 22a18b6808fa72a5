import { byCode } from './byCode';
import { replaceWalletMetadata } from './replaceMetadata';

export const replaceWalletMetadataByCode = byCode(replaceWalletMetadata, 'replaceCustomerWalletMetadata');
