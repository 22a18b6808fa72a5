import { defineOperation } from '../../../shared/operation';
import { unwrap } from '../../client';
import { eventChecks, eventFields } from './fields';

export const send = defineOperation({
	name: 'Send',
	value: 'send',
	action: 'Send a usage event',
	description: 'Send one usage event per input item',
	operationId: 'createEvent',
	method: 'POST',
	path: '/events',
	checks: eventChecks,
	postReceive: unwrap('event'),
	fields: eventFields,
});
