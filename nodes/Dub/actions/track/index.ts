import { defineResource } from '../../../shared/operation';
import { lead } from './lead';
import { sale } from './sale';

export const track = defineResource({
	name: 'Track',
	value: 'track',
	operations: [lead, sale],
	defaultOperation: lead.value,
});
