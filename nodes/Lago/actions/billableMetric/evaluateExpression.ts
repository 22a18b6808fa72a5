import { defineOperation } from '../../../shared/operation';
import { jsonObject, required } from '../../../shared/validation';
import { eventTimestamp, inside } from '../../validation';

export const evaluateExpression = defineOperation({
	name: 'Evaluate Expression',
	value: 'evaluateExpression',
	action: 'Test a billable metric expression on an event',
	description: 'Try an expression on a sample event before putting it in a billable metric',
	operationId: 'evaluateBillableMetricExpression',
	method: 'POST',
	path: '/billable_metrics/evaluate_expression',
	checks: [
		required('Expression', 'expression'),
		inside('event', required('Event Code', 'code'), jsonObject('Event Properties', 'properties'), eventTimestamp('Event Timestamp', 'timestamp')),
	],
	fields: [
		{
			displayName: 'Expression',
			name: 'expression',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'round((ended_at - started_at) * units)',
			description: 'Event properties by name, with ceil, concat, round and + - / *',
			routing: { send: { type: 'body', property: 'expression' } },
		},
		{
			displayName: 'Event Code',
			name: 'eventCode',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'storage',
			description: 'The code of the sample event',
			routing: { send: { type: 'body', property: 'event.code' } },
		},
		{
			displayName: 'Event Properties',
			name: 'eventProperties',
			type: 'json',
			required: true,
			default: '{}',
			description: 'The properties of the sample event, as a JSON object',
			routing: { send: { type: 'body', property: 'event.properties' } },
		},
		{
			displayName: 'Event Timestamp',
			name: 'eventTimestamp',
			type: 'string',
			default: '',
			placeholder: '2026-08-01T12:00:00Z',
			description: 'Unix seconds or ISO 8601; now when empty',
			routing: { send: { type: 'body', property: 'event.timestamp', value: '={{ $value || undefined }}' } },
		},
	],
	postReceive: [{ type: 'rootProperty', properties: { property: 'expression_result' } }],
});
