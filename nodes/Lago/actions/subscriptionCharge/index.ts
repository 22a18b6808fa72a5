import { defineResource } from '../../../shared/operation';
import { createFilter } from './createFilter';
import { deleteFilter } from './deleteFilter';
import { get } from './get';
import { getAll } from './getAll';
import { getAllFilters } from './getAllFilters';
import { getAllFixedCharges } from './getAllFixedCharges';
import { getFilter } from './getFilter';
import { getFixedCharge } from './getFixedCharge';
import { override } from './override';
import { overrideFixedCharge } from './overrideFixedCharge';
import { updateFilter } from './updateFilter';

export const subscriptionCharge = defineResource({
	name: 'Subscription Charge',
	value: 'subscriptionCharge',
	description: 'The charges of one subscription: override their price without changing the plan',
	operations: [getAll, get, override, getAllFixedCharges, getFixedCharge, overrideFixedCharge, createFilter, getAllFilters, getFilter, updateFilter, deleteFilter],
});
