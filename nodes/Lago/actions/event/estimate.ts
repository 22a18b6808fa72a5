import type { INodeProperties } from 'n8n-workflow';

import { jsonObject, required } from '../../../shared/validation';
import { inside } from '../../validation';
import { billableMetricLocator, subscriptionLocator } from '../sharedFields/locators';
import { json } from '../../../shared/fields';
import { toBody } from '../../fields';

/** The event a fee estimate prices: its subscription, its billable metric and its properties. */
export const estimatedEvent: INodeProperties[] = [
	{ ...subscriptionLocator, routing: toBody('event.external_subscription_id') },
	{
		...billableMetricLocator,
		description: 'The billable metric the event would count towards',
		routing: toBody('event.code'),
	},
	json('properties', 'Properties', 'The properties of the event, as a JSON object, e.g. {"gb": 10}', toBody('event.properties')),
];

export const estimateChecks = [
	inside('event', required('Subscription', 'external_subscription_id'), required('Billable Metric', 'code'), jsonObject('Properties', 'properties')),
];

/** Lago answers `{"fees": [...]}`: one item per fee the event would create. */
export const feeItems = [{ type: 'rootProperty' as const, properties: { property: 'fees' } }];
