import { defineResource } from '../../../shared/operation';
import { get } from './get';
import { getAll } from './getAll';
import { send } from './send';

export const message = defineResource({
	name: 'Message',
	value: 'message',
	operations: [get, getAll, send],
	defaultOperation: send.value,
});
