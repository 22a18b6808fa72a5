import type { Resource } from '../../../shared/operation';
import { activityLog } from '../activityLog';
import { analytics } from '../analytics';
import { apiLog } from '../apiLog';
import { billableMetric } from '../billableMetric';
import { billingEntity } from '../billingEntity';
import { entitlement } from '../entitlement';
import { feature } from '../feature';
import { organization } from '../organization';
import { paymentMethod } from '../paymentMethod';
import { plan } from '../plan';
import { planCharge } from '../planCharge';
import { planFixedCharge } from '../planFixedCharge';
import { tax } from '../tax';
import { webhookEndpoint } from '../webhookEndpoint';

/**
 * The resources of Lago's catalog and account API (issue 12). The lead merges them into
 * nodes/Lago/actions/index.ts; the Resource list is sorted by name.
 */
export const catalogResources: Resource[] = [
	activityLog,
	analytics,
	apiLog,
	billableMetric,
	billingEntity,
	entitlement,
	feature,
	organization,
	paymentMethod,
	plan,
	planCharge,
	planFixedCharge,
	tax,
	webhookEndpoint,
];
