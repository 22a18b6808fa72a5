import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { deleteFeature } from './delete';
import { deletePrivilege } from './deletePrivilege';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const feature = defineResource({
	name: 'Feature',
	value: 'feature',
	description: 'Capabilities plans grant through entitlements',
	operations: [create, deleteFeature, deletePrivilege, get, getAll, update],
});
