import type { INodeProperties } from 'n8n-workflow';

import { unwrap } from '../../client';
import { inWrapper } from '../../fields';

export { taxLocator } from '../sharedFields/locators';

const body = inWrapper('tax');

export const taxOutput = unwrap('tax');

export const rateField: INodeProperties = {
	displayName: 'Rate (%)',
	name: 'rate',
	type: 'string',
	default: '',
	placeholder: '20',
	description: 'The tax rate in percent, as a decimal such as 20 or 5.5',
	routing: body('rate'),
};

export const taxDetails: INodeProperties[] = [
	{
		displayName: 'Applied to Organization',
		name: 'appliedToOrganization',
		type: 'boolean',
		default: false,
		description: 'Whether the tax applies by default to every customer of the organization',
		routing: body('applied_to_organization'),
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		routing: body('description'),
	},
];
