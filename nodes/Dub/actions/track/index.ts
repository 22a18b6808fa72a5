import { defineResource } from '../../../shared/operation';
import { lead } from './lead';
import { open } from './open';
import { sale } from './sale';

export const track = defineResource({
	name: 'Track',
	value: 'track',
	operations: [lead, open, sale],
	defaultOperation: lead.value,
});
