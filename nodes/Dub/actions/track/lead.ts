import { defineOperation } from '../../../shared/operation';
import { email, jsonObject, required, wholeNumber } from '../../../shared/validation';
import { customerDetails, customerExternalId, metadataField } from './fields';
import { group, number, options, text } from '../../../shared/fields';

export const lead = defineOperation({
	name: 'Lead',
	value: 'lead',
	action: 'Track a lead',
	description: 'Record a lead (e.g. a sign-up) for the click that brought the customer; creates the customer in Dub',
	operationId: 'trackLead',
	method: 'POST',
	path: '/track/lead',
	checks: [
		required('Event Name', 'eventName'),
		required('Customer External ID', 'customerExternalId'),
		email('Customer Email', 'customerEmail'),
		wholeNumber('Event Quantity', 'eventQuantity', { min: 1 }),
		jsonObject('Metadata', 'metadata'),
	],
	fields: [
		text('clickId', 'Click ID', 'The ID of the click the lead comes from: the value of the dub_id cookie (or the dub_id query parameter) on your site. Leave empty to use the click Dub stored for this customer by an earlier lead tracked in Deferred mode.', { type: 'body', property: 'clickId', value: '={{ String($value ?? "").trim() }}' }, { placeholder: 'rLnWe1uz9t282v7g' }),
		text('eventName', 'Event Name', 'Name of the lead event (at most 255 characters). A later sale can refer to it through its Lead Event Name.', 'body', { required: true, placeholder: 'Sign up' }),
		customerExternalId,
		group('additionalFields', [
			...customerDetails(''),
			number('eventQuantity', 'Event Quantity', 'How many times to record the lead event, e.g. the number of seats in a free trial', 'body', { typeOptions: { minValue: 1 }, default: 1 }),
			metadataField('lead'),
			options('mode', 'Mode', 'When Dub records the lead', [
				['Async', 'async', 'Answer at once and record the lead in the background (Dub default)'],
				['Deferred', 'deferred', 'Only remember the click for this customer; a later lead with an empty Click ID records the event'],
				['Wait', 'wait', 'Answer only once the lead is fully recorded, e.g. before tracking a sale right after it'],
			], 'async', 'body'),
		]),
	],
});
