import { defineResource } from '../../../shared/operation';
import { add } from './add';
import { deleteContact } from './delete';
import { update } from './update';

export const contact = defineResource({
	name: 'Contact',
	value: 'contact',
	operations: [add, deleteContact, update],
	defaultOperation: add.value,
});
