import { defineOperation } from '../../../shared/operation';
import { bodyText, optionalFields } from '../../../shared/fields';
import { cents, centsCheck, commissionLocator, settableStatus } from './fields';

export const update = defineOperation({
	name: 'Update',
	value: 'update',
	action: 'Update a commission',
	description: "Change a pending commission's status or amounts, e.g. mark it refunded after a chargeback",
	operationId: 'updateCommission',
	method: 'PATCH',
	path: '/commissions/{commissionId}',
	checks: [
		centsCheck('Amount', 'amount'),
		centsCheck('Earnings', 'earnings'),
		centsCheck('Sale Amount', 'saleAmount'),
		centsCheck('Modify Sale Amount By', 'modifySaleAmount', true),
	],
	fields: [
		commissionLocator,
		optionalFields(
			[
				cents('amount', 'Amount', 'The new amount of a custom commission'),
				bodyText('currency', 'Currency', 'Three-letter ISO 4217 code of the amounts given, when not USD', 'usd'),
				cents('earnings', 'Earnings', "The partner's new earnings from the commission"),
				cents('modifySaleAmount', 'Modify Sale Amount By', 'Adds to (or, negative, takes from) the sale amount; earnings follow'),
				cents('saleAmount', 'Sale Amount', 'The new sale amount; earnings are recalculated'),
				settableStatus,
			],
			'updateFields',
		),
	],
});
