import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { defineOperation } from '../../../shared/operation';
import { invalidField } from '../../../shared/validation';
import { customerLocator, customerPath } from '../customer/fields';
import { multiOptions, rows, text } from '../../../shared/fields';

/** Notihub takes the preferences as a bare JSON array, which routing's `send` cannot build. */
async function preferencesBody(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const entries = (this.getNodeParameter('preferences.preference', []) as IDataObject[]) ?? [];
	if (entries.length === 0) throw invalidField(this, 'Preferences', 'needs at least one template group');
	const seen = new Set<string>();
	request.body = entries.map((entry, index) => {
		const label = entries.length > 1 ? `Preference ${index + 1}` : 'Preference';
		const templateGroupId = String(entry.templateGroupId ?? '').trim();
		if (!templateGroupId) throw invalidField(this, `${label} › Template Group ID`, 'is required');
		if (seen.has(templateGroupId)) {
			throw invalidField(this, `${label} › Template Group ID`, `repeats "${templateGroupId}"`, 'Give each template group once.');
		}
		seen.add(templateGroupId);
		const mechanisms = (entry.mechanisms as string[] | undefined) ?? [];
		if (mechanisms.length === 0) {
			throw invalidField(this, `${label} › Mechanisms`, 'needs at least one value', 'Choose None to turn this group off.');
		}
		if (mechanisms.includes('NONE') && mechanisms.length > 1) {
			throw invalidField(this, `${label} › Mechanisms`, 'cannot combine None with other mechanisms', 'None turns the group off.');
		}
		return { templateGroupId, mechanisms };
	}) as unknown as IDataObject;
	return request;
}

export const set = defineOperation({
	name: 'Set',
	value: 'set',
	action: 'Set the preferences of a customer',
	description: 'Choose, per template group, the mechanisms Notihub may use to reach a customer',
	operationId: 'setPreferences',
	method: 'POST',
	path: '/customers/{customerId}/preferences/',
	pathParameters: customerPath,
	preSend: [preferencesBody],
	fields: [
		customerLocator,
		rows('preferences', 'Preferences', 'One entry per template group. A customer without preferences gets each template on the mechanisms the template supports.', 'Add Template Group', { name: 'preference', displayName: 'Preference', values: [
			text('templateGroupId', 'Template Group ID', 'The template group, as named in Notihub', undefined, { placeholder: 'system.products' }),
			multiOptions('mechanisms', 'Mechanisms', 'How Notihub may send this group\'s messages to the customer', [['Email', 'EMAIL'], ['None (Turn Off)', 'NONE'], ['Phone', 'PHONE'], ['Push', 'PUSH']]),
		] }),
	],
});
