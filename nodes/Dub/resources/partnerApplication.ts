import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { countryCode, invalidField, validate } from '../../shared/validation';
import { dubNumberedPages } from '../transport';
import { partnerLocator } from './partner';

const showFor = (operation: string[]) => ({ show: { resource: ['partnerApplication'], operation } });

/** Dub documents that a fraud flag needs its reason and cannot go with an instant reapplication. */
function fraudFlag(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const body = (request.body ?? {}) as IDataObject;
	if (body.flagForFraud !== true) {
		delete body.flagForFraudReason;
		return;
	}
	if (typeof body.flagForFraudReason !== 'string' || body.flagForFraudReason.trim() === '') {
		throw invalidField(this, 'Fraud Reason', 'is required when Flag for Fraud is on');
	}
	if (body.reapplicationTimeframe === 'instant') {
		throw invalidField(this, 'Reapplication', 'cannot be "Instant" when Flag for Fraud is on');
	}
}

export const partnerApplicationOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['partnerApplication'] } },
		options: [
			{
				name: 'Approve',
				value: 'approve',
				action: 'Approve a partner application',
				description: 'Enroll the applicant in the program; Dub notifies them',
				routing: { request: { method: 'POST', url: '/partners/applications/approve' } },
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many partner applications',
				description: 'List the pending applications to the program',
				routing: {
					request: { method: 'GET', url: '/partners/applications' },
					send: { preSend: [validate(countryCode('Country', 'country', 'qs'))] },
					operations: { pagination: dubNumberedPages },
				},
			},
			{
				name: 'Reject',
				value: 'reject',
				action: 'Reject a partner application',
				description: 'Turn the applicant down; Dub tells them by email',
				routing: {
					request: { method: 'POST', url: '/partners/applications/reject' },
					send: { preSend: [validate(fraudFlag)] },
				},
			},
		],
		default: 'getAll',
	},
];

export const partnerApplicationFieldsDescription: INodeProperties[] = [
	partnerLocator({
		resource: 'partnerApplication',
		operations: ['approve', 'reject'],
		where: 'body',
		withTenantId: false,
		description: "The applicant. From Get Many partner applications use the application's partner.id, not its own ID.",
	}),

	// Approve
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor(['approve']),
		options: [
			{
				displayName: 'Group ID',
				name: 'groupId',
				type: 'string',
				default: '',
				placeholder: 'grp_123',
				description:
					"The partner group to enroll the partner in; when empty, the group they applied to, or the program's default group",
				routing: { send: { type: 'body', property: 'groupId' } },
			},
		],
	},

	// Reject
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor(['reject']),
		options: [
			{
				displayName: 'Flag for Fraud',
				name: 'flagForFraud',
				type: 'boolean',
				default: false,
				description: 'Whether to flag the partner for fraud review by the Dub team. Needs a Fraud Reason; not allowed with Instant reapplication.',
				routing: { send: { type: 'body', property: 'flagForFraud' } },
			},
			{
				displayName: 'Fraud Reason',
				name: 'flagForFraudReason',
				type: 'string',
				typeOptions: { rows: 2 },
				default: '',
				description: 'Why the partner is flagged for fraud, at most 2,000 characters. Required with Flag for Fraud.',
				routing: { send: { type: 'body', property: 'flagForFraudReason' } },
			},
			{
				displayName: 'Reapplication',
				name: 'reapplicationTimeframe',
				type: 'options',
				default: 'standard',
				description: 'When the partner may apply again',
				options: [
					{ name: 'After 30 Days', value: 'standard' },
					{ name: 'Instant', value: 'instant', description: 'At once' },
					{ name: 'Never', value: 'never' },
				],
				routing: { send: { type: 'body', property: 'reapplicationTimeframe' } },
			},
			{
				displayName: 'Rejection Note',
				name: 'rejectionNote',
				type: 'string',
				typeOptions: { rows: 2 },
				default: '',
				description: 'More detail for the partner, sent to them by email; at most 500 characters',
				routing: { send: { type: 'body', property: 'rejectionNote' } },
			},
			{
				displayName: 'Rejection Reason',
				name: 'rejectionReason',
				type: 'options',
				default: 'notTheRightFit',
				description: 'Why the application is rejected; shared with the partner by email',
				options: [
					{ name: 'Does Not Meet Requirements', value: 'doesNotMeetRequirements' },
					{ name: 'Needs More Detail', value: 'needsMoreDetail' },
					{ name: 'Not the Right Fit', value: 'notTheRightFit' },
					{ name: 'Other', value: 'other' },
				],
				routing: { send: { type: 'body', property: 'rejectionReason' } },
			},
		],
	},

	// Get Many
	...returnAllAndLimit('partnerApplication'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor(['getAll']),
		options: [
			{
				displayName: 'Country',
				name: 'country',
				type: 'string',
				default: '',
				placeholder: 'US',
				description: "Two-letter ISO 3166-1 alpha-2 code of the applicant's country",
				routing: { send: { type: 'query', property: 'country' } },
			},
			{
				displayName: 'Group ID',
				name: 'groupId',
				type: 'string',
				default: '',
				placeholder: 'grp_123',
				description: 'Only applications to this partner group',
				routing: { send: { type: 'query', property: 'groupId' } },
			},
		],
	},
];
