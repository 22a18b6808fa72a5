import { walletLocator } from '../../billingFields';
import { deleteAllMetadata, deleteMetadataKey, mergeMetadata, replaceMetadata } from '../../metadata';

const owner = { label: 'wallet', locator: walletLocator, path: '/wallets/{walletId}/metadata' };

export const replaceWalletMetadata = replaceMetadata(owner, 'replaceWalletMetadata');
export const mergeWalletMetadata = mergeMetadata(owner, 'mergeWalletMetadata');
export const deleteAllWalletMetadata = deleteAllMetadata(owner, 'deleteAllWalletMetadata');
export const deleteWalletMetadataKey = deleteMetadataKey(owner, 'deleteWalletMetadataKey');
