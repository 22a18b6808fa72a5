import { defineResource } from '../../../shared/operation';
import { approve } from './approve';
import { getAll } from './getAll';
import { reject } from './reject';

export const partnerApplication = defineResource({
	name: 'Partner Application',
	value: 'partnerApplication',
	operations: [approve, getAll, reject],
});
