import { defineOperation } from '../../../shared/operation';
import { decimalText, required } from '../../../shared/validation';
import { inside } from '../../validation';
import { rateField, taxDetails, taxOutput } from './fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a tax',
	operationId: 'createTax',
	method: 'POST',
	path: '/taxes',
	checks: [inside('tax', required('Name', 'name'), required('Code', 'code'), required('Rate (%)', 'rate'), decimalText('Rate (%)', 'rate'))],
	fields: [
		{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', placeholder: 'TVA', routing: { send: { type: 'body', property: 'tax.name' } } },
		{
			displayName: 'Code',
			name: 'code',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'french_standard_vat',
			description: 'Unique code of the tax, used to apply it to customers, plans and charges',
			routing: { send: { type: 'body', property: 'tax.code' } },
		},
		{ ...rateField, required: true },
		{ displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options: taxDetails },
	],
	postReceive: taxOutput,
});
