import { defineResource } from '../../../shared/operation';
import { deleteFromPlan } from './deleteFromPlan';
import { deleteFromSubscription } from './deleteFromSubscription';
import { getAllForPlan } from './getAllForPlan';
import { getAllForSubscription } from './getAllForSubscription';
import { getForPlan } from './getForPlan';
import { removePrivilegeFromPlan } from './removePrivilegeFromPlan';
import { removePrivilegeFromSubscription } from './removePrivilegeFromSubscription';
import { replaceForPlan } from './replaceForPlan';
import { updateForPlan } from './updateForPlan';
import { updateForSubscription } from './updateForSubscription';

export const entitlement = defineResource({
	name: 'Entitlement',
	value: 'entitlement',
	description: 'Features a plan or a subscription grants, with privilege values',
	operations: [replaceForPlan, updateForPlan, getAllForPlan, getForPlan, deleteFromPlan, removePrivilegeFromPlan, getAllForSubscription, updateForSubscription, deleteFromSubscription, removePrivilegeFromSubscription],
	defaultOperation: 'getAllForPlan',
});
