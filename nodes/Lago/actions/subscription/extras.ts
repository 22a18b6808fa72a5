import type { Operation } from '../../../shared/operation';
import { getLifetimeUsage } from './getLifetimeUsage';
import { updateLifetimeUsage } from './updateLifetimeUsage';

/**
 * Operations of the subscriptions tag the Subscription resource lacked (issue 12); the lead adds them to its
 * operations. Alerts, charge overrides and entitlements of subscriptions are the Subscription Alert, Subscription
 * Charge and Entitlement resources.
 */
export const subscriptionExtras: Operation[] = [getLifetimeUsage, updateLifetimeUsage];

export { SUBSCRIPTION_SUMMARY } from '../sharedFields/summaries';
