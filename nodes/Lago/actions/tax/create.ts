import { defineOperation } from '../../../shared/operation';
import { decimalText, required } from '../../../shared/validation';
import { inside } from '../../validation';
import { rateField, taxDetails, taxOutput } from './fields';
import { group, text } from '../../../shared/fields';
import { toBody } from '../../fields';

export const create = defineOperation({
	name: 'Create',
	value: 'create',
	action: 'Create a tax',
	operationId: 'createTax',
	method: 'POST',
	path: '/taxes',
	checks: [inside('tax', required('Name', 'name'), required('Code', 'code'), required('Rate (%)', 'rate'), decimalText('Rate (%)', 'rate'))],
	fields: [
		text('name', 'Name', undefined, toBody('tax.name'), { required: true, placeholder: 'TVA' }),
		text('code', 'Code', 'Unique code of the tax, used to apply it to customers, plans and charges', toBody('tax.code'), { required: true, placeholder: 'french_standard_vat' }),
		{ ...rateField, required: true },
		group('additionalFields', taxDetails),
	],
	postReceive: taxOutput,
});
