import { defineResource } from '../../../shared/operation';
import { create } from './create';
import { deleteAlert } from './delete';
import { deleteAll } from './deleteAll';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const subscriptionAlert = defineResource({
	name: 'Subscription Alert',
	value: 'subscriptionAlert',
	description: 'Usage thresholds of a subscription that trigger the alert.triggered webhook',
	operations: [create, deleteAlert, deleteAll, get, getAll, update],
});
