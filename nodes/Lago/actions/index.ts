import type { Resource } from '../../shared/operation';
import { activityLog } from './activityLog';
import { addOn } from './addOn';
import { analytics } from './analytics';
import { apiLog } from './apiLog';
import { appliedCoupon } from './appliedCoupon';
import { billableMetric } from './billableMetric';
import { billingEntity } from './billingEntity';
import { coupon } from './coupon';
import { creditNote } from './creditNote';
import { customer } from './customer';
import { entitlement } from './entitlement';
import { event } from './event';
import { feature } from './feature';
import { fee } from './fee';
import { invoice } from './invoice';
import { organization } from './organization';
import { payment } from './payment';
import { paymentMethod } from './paymentMethod';
import { paymentReceipt } from './paymentReceipt';
import { paymentRequest } from './paymentRequest';
import { plan } from './plan';
import { planCharge } from './planCharge';
import { planFixedCharge } from './planFixedCharge';
import { subscription } from './subscription';
import { subscriptionAlert } from './subscriptionAlert';
import { subscriptionCharge } from './subscriptionCharge';
import { tax } from './tax';
import { wallet } from './wallet';
import { walletTransaction } from './walletTransaction';
import { webhookEndpoint } from './webhookEndpoint';

/** The Lago node's resources; the Resource list shows them by name. */
export const resources: Resource[] = [
	activityLog,
	addOn,
	analytics,
	apiLog,
	appliedCoupon,
	billableMetric,
	billingEntity,
	coupon,
	creditNote,
	customer,
	entitlement,
	event,
	feature,
	fee,
	invoice,
	organization,
	payment,
	paymentMethod,
	paymentReceipt,
	paymentRequest,
	plan,
	planCharge,
	planFixedCharge,
	subscription,
	subscriptionAlert,
	subscriptionCharge,
	tax,
	wallet,
	walletTransaction,
	webhookEndpoint,
];
