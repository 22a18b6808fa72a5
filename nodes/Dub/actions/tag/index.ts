import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { deleteTag } from './delete';
import { getAll } from './getAll';
import { update } from './update';

export const tag = defineResource({
	name: 'Tag',
	value: 'tag',
	operations: [create, deleteTag, getAll, update],
});
