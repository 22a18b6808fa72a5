import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { createFilter } from './createFilter';
import { deleteCharge } from './delete';
import { deleteFilter } from './deleteFilter';
import { get } from './get';
import { getAll } from './getAll';
import { getAllFilters } from './getAllFilters';
import { getFilter } from './getFilter';
import { update } from './update';
import { updateFilter } from './updateFilter';

export const planCharge = defineResource({
	name: 'Plan Charge',
	value: 'planCharge',
	description: 'Usage-based charges of a plan, and their filters',
	operations: [create, createFilter, deleteCharge, deleteFilter, get, getAll, getAllFilters, getFilter, update, updateFilter],
});
