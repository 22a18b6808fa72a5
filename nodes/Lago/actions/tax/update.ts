import { defineOperation } from '../../../shared/operation';
import { decimalText } from '../../../shared/validation';
import { inside } from '../../validation';
import { rateField, taxDetails, taxLocator, taxOutput } from './fields';
import { group, text } from '../../../shared/fields';
import { toBody } from '../../fields';

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
		group('updateFields', [
			taxDetails[0],
			text('code', 'Code', undefined, toBody('tax.code')),
			taxDetails[1],
			text('name', 'Name', undefined, toBody('tax.name')),
			rateField,
		]),
	],
	postReceive: taxOutput,
});
