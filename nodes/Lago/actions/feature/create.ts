import { defineOperation } from '../../../shared/operation';
import { required } from '../../../shared/validation';
import { inside } from '../../validation';
import { featureDetails, featureOutput } from './fields';
import { group, text } from '../../../shared/fields';
import { toBody } from '../../fields';

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
		text('code', 'Code', undefined, toBody('feature.code'), { required: true, placeholder: 'seats' }),
		group('additionalFields', featureDetails),
	],
	postReceive: featureOutput,
});
