import { defineResource } from '../../../shared/operation';
import { bulkCreate } from './bulkCreate';
import { bulkDelete } from './bulkDelete';
import { bulkUpdate } from './bulkUpdate';
import { count } from './count';
import { create } from './create';
import { deleteLink } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';
import { upsert } from './upsert';

export const link = defineResource({
	name: 'Link',
	value: 'link',
	operations: [count, create, upsert, deleteLink, get, getAll, update, bulkCreate, bulkDelete, bulkUpdate],
	defaultOperation: create.value,
});
