import type { INodeProperties } from 'n8n-workflow';

import { objectAt } from '../../../shared/output';
import { keyValueObject, keyValueRows } from '../sharedFields/routing';
import { toBody } from '../../fields';

/** The metadata rows Replace and Merge send as `{"metadata": {...}}`. */
export const metadataRows: INodeProperties = {
	...keyValueRows({
		displayName: 'Metadata',
		name: 'metadata',
		description: 'Key/value pairs; a key with an empty value is kept with an empty value',
		routing: toBody('metadata', keyValueObject),
	}),
	required: true,
};

/** Lago answers `{"metadata": {...}}`: the item is the plan's metadata after the change. */
export const metadataOutput = [objectAt('metadata')];
