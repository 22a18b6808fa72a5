import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { inside } from '../../validation';
import { featureDetails, featureOutput } from './fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a feature',
	description: 'A capability plans grant (entitlements), with privileges such as a maximum',
	operationId: 'createFeature',
	method: 'POST',
	path: '/features',
	checks: [inside('feature', required('Code', 'code'))],
	fields: [
		{
			displayName: 'Code',
			name: 'code',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'seats',
			routing: { send: { type: 'body', property: 'feature.code' } },
		},
		{ displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options: featureDetails },
	],
	postReceive: featureOutput,
});
