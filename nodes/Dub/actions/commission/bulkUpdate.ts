import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/operation';
import { oneItemPerRow } from '../../../shared/output';
import { invalidField } from '../../../shared/validation';
import { settableStatus } from './fields';
import { text } from '../../../shared/fields';

/** Dub takes at most 100 commissions in one bulk update. */
const MAX_COMMISSIONS = 100;

export const bulkUpdate = defineOperation({
	name: 'Update Many',
	value: 'bulkUpdate',
	action: 'Update the status of many commissions',
	description: 'Set one status on up to 100 commissions at once; one item per commission',
	operationId: 'bulkUpdateCommissions',
	method: 'PATCH',
	path: '/commissions/bulk',
	checks: [
		function (request) {
			const body = request.body as IDataObject;
			const raw = body.commissionIds;
			const ids = (Array.isArray(raw) ? raw : String(raw ?? '').split(','))
				.map((id) => String(id).trim())
				.filter(Boolean);
			if (ids.length === 0) throw invalidField(this, 'Commission IDs', 'is required');
			if (ids.length > MAX_COMMISSIONS) {
				throw invalidField(this, 'Commission IDs', `can hold at most ${MAX_COMMISSIONS} IDs, got ${ids.length}`, 'Split the IDs over several items.');
			}
			body.commissionIds = ids;
		},
	],
	fields: [
		text('commissionIds', 'Commission IDs', 'Comma-separated IDs, or a list from an expression; at most 100', 'body', { required: true, placeholder: 'cm_1JVR7XRCSR0EDBAF39FZ4PMYE, cm_2KDPD2VZ3JHMMHQN2X3HAVQ6' }),
		{ ...settableStatus, required: true },
	],
	postReceive: [oneItemPerRow],
});
