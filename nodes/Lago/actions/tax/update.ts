import { defineOperation } from '../../../shared/operation';
import { decimalText } from '../../../shared/validation';
import { inside } from '../../validation';
import { rateField, taxDetails, taxLocator, taxOutput } from './fields';

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update a tax',
	operationId: 'updateTax',
	method: 'PUT',
	path: '/taxes/{tax}',
	requireSomeOf: 'updateFields',
	request: { body: { tax: {} } },
	checks: [inside('tax', decimalText('Rate (%)', 'rate'))],
	fields: [
		taxLocator,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				taxDetails[0],
				{ displayName: 'Code', name: 'code', type: 'string', default: '', routing: { send: { type: 'body', property: 'tax.code' } } },
				taxDetails[1],
				{ displayName: 'Name', name: 'name', type: 'string', default: '', routing: { send: { type: 'body', property: 'tax.name' } } },
				rateField,
			],
		},
	],
	postReceive: taxOutput,
});
