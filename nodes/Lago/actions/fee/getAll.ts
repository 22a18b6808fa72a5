import { defineOperation } from '../../../shared/operation';
import { currency, dateTime } from '../../../shared/validation';
import { lagoPages } from '../../client';
import { feeFilters } from './fields';
import { group } from '../../../shared/fields';

const moments = (
	[
		['created_at', 'Created'],
		['succeeded_at', 'Succeeded'],
		['failed_at', 'Failed'],
		['refunded_at', 'Refunded'],
	] as const
).flatMap(([base, label]) => [dateTime(`${label} After`, `${base}_from`, 'qs'), dateTime(`${label} Before`, `${base}_to`, 'qs')]);

export const getAll = defineOperation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many fees',
	description: 'Fees across invoices: charges, subscriptions, add-ons, with their payment status',
	operationId: 'findAllFees',
	method: 'GET',
	path: '/fees',
	walk: lagoPages('fees'),
	checks: [currency('Currency', 'currency', 'qs'), ...moments],
	fields: [group('filters', feeFilters)],
});
