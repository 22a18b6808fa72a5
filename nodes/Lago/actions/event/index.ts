import { defineResource } from '../../../shared/operation';
import { send } from './send';
import { sendBatch } from './sendBatch';

export const event = defineResource({
	name: 'Event',
	value: 'event',
	operations: [send, sendBatch],
	defaultOperation: send.value,
});
