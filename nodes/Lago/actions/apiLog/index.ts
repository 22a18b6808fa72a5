import { defineResource } from '../../../shared/operation';
import { get } from './get';
import { getAll } from './getAll';

export const apiLog = defineResource({
	name: 'API Log',
	value: 'apiLog',
	description: 'The requests the API keys of the organization sent to Lago: find the integration that failed, and why',
	operations: [get, getAll],
});
