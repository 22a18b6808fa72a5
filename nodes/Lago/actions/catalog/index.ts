import type { INodeProperties } from 'n8n-workflow';

import type { ServiceClient } from '../../../shared/client';
import { resourceProperties, type Operation, type Resource } from '../../../shared/operation';
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
import { subscriptionAlert } from '../subscriptionAlert';
import { subscriptionCharge } from '../subscriptionCharge';
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
	subscriptionAlert,
	subscriptionCharge,
	tax,
	webhookEndpoint,
];

/**
 * Until the Customer, Subscription and Event resources are modules (the migration), their extra operations join the
 * existing Operation selector here. After the migration this is `operations: [...operations, ...extras]`.
 */
export function withExtras(client: ServiceClient, legacy: INodeProperties[], resource: string, extras: Operation[]): INodeProperties[] {
	const [selector, ...fields] = resourceProperties(client, { name: resource, value: resource, operations: extras });
	return legacy.map((property) =>
		property.name === 'operation'
			? { ...property, options: [...(property.options ?? []), ...(selector.options ?? [])].sort((a, b) => a.name.localeCompare(b.name)) }
			: property,
	).concat(fields);
}
