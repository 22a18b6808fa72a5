import { defineResource } from '../../../shared/operation';
import { checkStatus } from './checkStatus';
import { create } from './create';
import { deleteDomain } from './delete';
import { getAll } from './getAll';
import { register } from './register';
import { update } from './update';

export const domain = defineResource({
	name: 'Domain',
	value: 'domain',
	operations: [checkStatus, create, deleteDomain, getAll, register, update],
});
