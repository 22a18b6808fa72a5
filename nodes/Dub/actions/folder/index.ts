import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { deleteFolder } from './delete';
import { getAll } from './getAll';
import { update } from './update';

export const folder = defineResource({
	name: 'Folder',
	value: 'folder',
	operations: [create, deleteFolder, getAll, update],
});
