import { walletLocator } from '../../billingFields';

/** Where Lago keeps the metadata of a wallet. */
export const metadataOwner = { label: 'wallet', locator: walletLocator, path: '/wallets/{walletId}/metadata' };
