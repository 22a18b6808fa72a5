import { planLocator } from './fields';

/** Where Lago keeps the metadata of a plan. */
export const metadataOwner = { label: 'plan', locator: planLocator, path: '/plans/{plan}/metadata' };
