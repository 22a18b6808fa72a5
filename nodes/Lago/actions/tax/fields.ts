import type { INodeProperties } from 'n8n-workflow';

import { unwrap } from '../../client';
import { inWrapper } from '../../fields';
import { boolean, text } from '../../../shared/fields';

export { taxLocator } from '../sharedFields/locators';

const body = inWrapper('tax');

export const taxOutput = unwrap('tax');

export const rateField: INodeProperties = text('rate', 'Rate (%)', 'The tax rate in percent, as a decimal such as 20 or 5.5', body('rate'), { placeholder: '20' });

export const taxDetails: INodeProperties[] = [
	boolean('appliedToOrganization', 'Applied to Organization', 'Whether the tax applies by default to every customer of the organization', body('applied_to_organization')),
	text('description', 'Description', undefined, body('description')),
];
