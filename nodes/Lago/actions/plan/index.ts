import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { deletePlan } from './delete';
import { deleteAllPlanMetadata } from './deleteAllMetadata';
import { deletePlanMetadataKey } from './deleteMetadataKey';
import { get } from './get';
import { getAll } from './getAll';
import { mergePlanMetadata } from './mergeMetadata';
import { replacePlanMetadata } from './replaceMetadata';
import { update } from './update';

export const plan = defineResource({
	name: 'Plan',
	value: 'plan',
	description: 'Plans: the price of a subscription, with its charges',
	operations: [
		create,
		deletePlan,
		deleteAllPlanMetadata,
		deletePlanMetadataKey,
		get,
		getAll,
		mergePlanMetadata,
		replacePlanMetadata,
		update,
	],
});
