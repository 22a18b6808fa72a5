import { defineOperation } from '../../../shared/operation';
import { jsonObject, required } from '../../../shared/validation';
import { eventTimestamp, inside } from '../../validation';
import { json, text } from '../../../shared/fields';
import { toBody } from '../../fields';

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
		text('expression', 'Expression', 'Event properties by name, with ceil, concat, round and + - / *', 'body', { required: true, placeholder: 'round((ended_at - started_at) * units)' }),
		text('eventCode', 'Event Code', 'The code of the sample event', toBody('event.code'), { required: true, placeholder: 'storage' }),
		json('eventProperties', 'Event Properties', 'The properties of the sample event, as a JSON object', toBody('event.properties'), { required: true }),
		text('eventTimestamp', 'Event Timestamp', 'Unix seconds or ISO 8601; now when empty', toBody('event.timestamp', '={{ $value || undefined }}'), { placeholder: '2026-08-01T12:00:00Z' }),
	],
	postReceive: [{ type: 'rootProperty', properties: { property: 'expression_result' } }],
});
