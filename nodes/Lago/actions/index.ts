import type { Resource } from '../../shared/operation';
import { appliedCoupon } from './appliedCoupon';
import { customer } from './customer';
import { event } from './event';
import { invoice } from './invoice';
import { subscription } from './subscription';

/** The Lago node's resources; the Resource list shows them by name. */
export const resources: Resource[] = [appliedCoupon, customer, event, invoice, subscription];
