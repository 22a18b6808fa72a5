import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { deletePlan } from './delete';
import { deleteMetadata } from './deleteMetadata';
import { deleteMetadataKey } from './deleteMetadataKey';
import { get } from './get';
import { getAll } from './getAll';
import { mergeMetadata } from './mergeMetadata';
import { replaceMetadata } from './replaceMetadata';
import { update } from './update';

export const plan = defineResource({
	name: 'Plan',
	value: 'plan',
	description: 'Plans: the price of a subscription, with its charges',
	operations: [create, deletePlan, deleteMetadata, deleteMetadataKey, get, getAll, mergeMetadata, replaceMetadata, update],
});
