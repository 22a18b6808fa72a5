import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { deleteFixedCharge } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const planFixedCharge = defineResource({
	name: 'Plan Fixed Charge',
	value: 'planFixedCharge',
	description: 'Add-ons billed every period in a plan, by units (seats, licenses)',
	operations: [create, deleteFixedCharge, get, getAll, update],
});
