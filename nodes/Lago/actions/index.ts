import type { Resource } from '../../shared/operation';
import { activityLog } from './activityLog';
import { analytics } from './analytics';
import { apiLog } from './apiLog';
import { appliedCoupon } from './appliedCoupon';
import { billableMetric } from './billableMetric';
import { billingEntity } from './billingEntity';
import { customer } from './customer';
import { entitlement } from './entitlement';
import { event } from './event';
import { feature } from './feature';
import { invoice } from './invoice';
import { organization } from './organization';
import { paymentMethod } from './paymentMethod';
import { plan } from './plan';
import { planCharge } from './planCharge';
import { planFixedCharge } from './planFixedCharge';
import { subscription } from './subscription';
import { subscriptionAlert } from './subscriptionAlert';
import { subscriptionCharge } from './subscriptionCharge';
import { tax } from './tax';
import { webhookEndpoint } from './webhookEndpoint';

/** The Lago node's resources; the Resource list shows them by name. */
export const resources: Resource[] = [
	activityLog,
	analytics,
	apiLog,
	appliedCoupon,
	billableMetric,
	billingEntity,
	customer,
	entitlement,
	event,
	feature,
	invoice,
	organization,
	paymentMethod,
	plan,
	planCharge,
	planFixedCharge,
	subscription,
	subscriptionAlert,
	subscriptionCharge,
	tax,
	webhookEndpoint,
];
