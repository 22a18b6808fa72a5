import type { Operation } from '../../../shared/operation';
import { getProjectedUsage } from './getProjectedUsage';
import { getSubscriptions } from './getSubscriptions';

/** Operations of the customers tag the Customer resource lacked (issue 12); the lead adds them to its operations. */
export const customerExtras: Operation[] = [getProjectedUsage, getSubscriptions];
