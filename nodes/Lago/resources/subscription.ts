import type { INodeProperties } from 'n8n-workflow';

import { required, validate } from '../../shared/validation';
import { dateTime, inside } from '../checks';
import { lagoPages, pathFrom, unwrap } from '../transport';
import { customerLocator, returnAllAndLimit, showFor, subscriptionLocator } from './common';

const forSubscription = (operation: string[]) => showFor('subscription', operation);
const subscriptionPath = pathFrom('/subscriptions/{subscription}', { subscription: 'Subscription' });

export const subscriptionOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['subscription'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a subscription',
				description: 'Assign a plan to a customer; with the external ID of an existing subscription, change its plan',
				routing: {
					request: { method: 'POST', url: '/subscriptions' },
					send: {
						preSend: [
							validate(
								inside(
									'subscription',
									required('External ID', 'external_id'),
									dateTime('Subscription At', 'subscription_at'),
									dateTime('Ending At', 'ending_at'),
								),
							),
						],
					},
					output: unwrap('subscription'),
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a subscription',
				routing: {
					request: { method: 'GET' },
					send: { preSend: [subscriptionPath] },
					output: unwrap('subscription'),
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many subscriptions',
				routing: {
					request: { method: 'GET', url: '/subscriptions' },
					operations: { pagination: lagoPages('subscriptions') },
				},
			},
			{
				name: 'Terminate',
				value: 'terminate',
				action: 'Terminate a subscription',
				description: 'End a subscription now, or cancel a pending one',
				routing: {
					request: { method: 'DELETE' },
					send: { preSend: [subscriptionPath] },
					output: unwrap('subscription'),
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a subscription',
				routing: {
					request: { method: 'PUT' },
					send: {
						preSend: [
							subscriptionPath,
							validate(inside('subscription', dateTime('Subscription At', 'subscription_at'), dateTime('Ending At', 'ending_at'))),
						],
					},
					output: unwrap('subscription'),
				},
			},
		],
		default: 'create',
	},
];

const subscriptionFields = (operation: 'create' | 'update'): INodeProperties[] => {
	const body = (property: string) => ({ send: { type: 'body' as const, property: `subscription.${property}` } });
	return [
		{
			displayName: 'Billing Entity Code',
			name: 'billing_entity_code',
			type: 'string',
			default: '',
			description:
				operation === 'create'
					? 'The billing entity that invoices the subscription; empty for the default one'
					: 'The billing entity that invoices the subscription, from the next invoice on',
			routing: body('billing_entity_code'),
		},
		...(operation === 'create'
			? ([
					{
						displayName: 'Billing Time',
						name: 'billing_time',
						type: 'options',
						default: 'calendar',
						options: [
							{
								name: 'Anniversary',
								value: 'anniversary',
								description: 'Billing periods start on the day the subscription started, billed in full',
							},
							{
								name: 'Calendar',
								value: 'calendar',
								description: 'Billing periods follow the calendar (first day of the week, month or year), first one prorated',
							},
						],
						routing: body('billing_time'),
					},
				] as INodeProperties[])
			: []),
		{
			displayName: 'Consolidate Invoice',
			name: 'consolidate_invoice',
			type: 'boolean',
			default: true,
			description: "Whether to bill this subscription together with the customer's other subscriptions rather than on its own invoice",
			routing: body('consolidate_invoice'),
		},
		{
			displayName: 'Ending At',
			name: 'ending_at',
			type: 'dateTime',
			default: '',
			description: 'When the subscription ends, in UTC. Without it, the subscription renews automatically.',
			routing: body('ending_at'),
		},
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'Shown on invoices instead of the plan name, e.g. to tell apart two subscriptions to the same plan',
			routing: body('name'),
		},
		{
			displayName: 'Purchase Order Number',
			name: 'purchase_order_number',
			type: 'string',
			default: '',
			placeholder: 'PO-123',
			description: 'Printed on the invoices of this subscription',
			routing: body('purchase_order_number'),
		},
		{
			displayName: 'Subscription At',
			name: 'subscription_at',
			type: 'dateTime',
			default: '',
			description:
				operation === 'create'
					? 'When the subscription starts, in UTC; may be in the past or the future. Empty means now.'
					: 'A new start, in UTC: only for a pending subscription that has not started yet',
			routing: body('subscription_at'),
		},
	];
};

export const subscriptionFieldsDescription: INodeProperties[] = [
	// Create
	customerLocator(forSubscription(['create']), { send: { type: 'body', property: 'subscription.external_customer_id' } }),
	{
		displayName: 'Plan',
		name: 'plan',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions: forSubscription(['create']),
		description: 'The plan to subscribe the customer to',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchPlans', searchable: true },
			},
			{ displayName: 'By Code', name: 'code', type: 'string', placeholder: 'premium' },
		],
		routing: { send: { type: 'body', property: 'subscription.plan_code' } },
	},
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'my_sub_1234567890',
		description:
			'The ID of the subscription in your application; events name it. Reusing the ID of an active subscription changes its plan.',
		displayOptions: forSubscription(['create']),
		routing: { send: { type: 'body', property: 'subscription.external_id' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: forSubscription(['create']),
		options: subscriptionFields('create'),
	},

	// Get, Update, Terminate
	subscriptionLocator(forSubscription(['get', 'terminate', 'update'])),
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		default: 'active',
		options: [
			{ name: 'Active', value: 'active' },
			{ name: 'Canceled', value: 'canceled' },
			{ name: 'Pending', value: 'pending' },
			{ name: 'Terminated', value: 'terminated' },
		],
		description: 'Several subscriptions can share an external ID (a pending one next to an active one, past ones); this picks one',
		displayOptions: forSubscription(['get']),
		routing: { send: { type: 'query', property: 'status' } },
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: forSubscription(['update']),
		options: [
			...subscriptionFields('update'),
			{
				displayName: 'Update Pending Subscription',
				name: 'pending',
				type: 'boolean',
				default: false,
				description: 'Whether to update the pending subscription with this external ID rather than the active one',
				routing: { send: { type: 'query', property: 'status', value: '={{ $value ? "pending" : undefined }}' } },
			},
		],
	},
	{
		displayName: 'Options',
		name: 'terminateOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: forSubscription(['terminate']),
		options: [
			{
				displayName: 'Cancel Pending Subscription',
				name: 'pending',
				type: 'boolean',
				default: false,
				description: 'Whether to cancel the pending subscription with this external ID rather than terminate the active one',
				routing: { send: { type: 'query', property: 'status', value: '={{ $value ? "pending" : undefined }}' } },
			},
			{
				displayName: 'Credit Note for Unused Time',
				name: 'on_termination_credit_note',
				type: 'options',
				default: 'credit',
				description: 'Pay-in-advance plans only: what to do with the unused part of the period already invoiced',
				options: [
					{ name: 'Credit', value: 'credit', description: 'Credit the unused amount to the customer' },
					{ name: 'Refund', value: 'refund', description: 'Refund what was paid for the unused time, credit the rest' },
					{ name: 'Skip', value: 'skip', description: 'No credit note' },
				],
				routing: { send: { type: 'query', property: 'on_termination_credit_note' } },
			},
			{
				displayName: 'Invoice Unbilled Usage',
				name: 'on_termination_invoice',
				type: 'options',
				default: 'generate',
				options: [
					{ name: 'Generate', value: 'generate', description: 'Invoice the usage not billed yet' },
					{ name: 'Skip', value: 'skip', description: 'Do not invoice it' },
				],
				routing: { send: { type: 'query', property: 'on_termination_invoice' } },
			},
		],
	},

	// Get Many
	...returnAllAndLimit('subscription', ['getAll']),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: forSubscription(['getAll']),
		options: [
			{
				displayName: 'Customer External ID',
				name: 'external_customer_id',
				type: 'string',
				default: '',
				routing: { send: { type: 'query', property: 'external_customer_id' } },
			},
			{
				displayName: 'Plan Code',
				name: 'plan_code',
				type: 'string',
				default: '',
				routing: { send: { type: 'query', property: 'plan_code' } },
			},
			{
				displayName: 'Statuses',
				name: 'status',
				type: 'multiOptions',
				default: [],
				description: 'Without it, Lago returns only active subscriptions',
				options: [
					{ name: 'Active', value: 'active' },
					{ name: 'Canceled', value: 'canceled' },
					{ name: 'Pending', value: 'pending' },
					{ name: 'Terminated', value: 'terminated' },
				],
				routing: { send: { type: 'query', property: 'status' } },
			},
		],
	},
];
