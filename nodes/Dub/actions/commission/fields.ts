import type { INodeProperties } from 'n8n-workflow';

import { locator } from '../common';

/** The commission an operation acts on. */
export const commissionLocator = locator({
	displayName: 'Commission',
	name: 'commissionId',
	searchMethod: 'searchCommissions',
	placeholder: 'cm_1JVR7XRCSR0EDBAF39FZ4PMYE',
	pattern: ['^cm_\\w+$', 'A Dub commission ID starts with cm_'],
});

/** The statuses a workflow may set; Dub sets processed and paid itself when it pays out. */
export const settableStatus: INodeProperties = {
	displayName: 'Status',
	name: 'status',
	type: 'options',
	default: 'pending',
	description: 'The new status; Refunded, Duplicate, Canceled and Fraud take the commission out of the next payout',
	options: [
		{ name: 'Canceled', value: 'canceled' },
		{ name: 'Duplicate', value: 'duplicate' },
		{ name: 'Fraud', value: 'fraud' },
		{ name: 'Pending', value: 'pending' },
		{ name: 'Refunded', value: 'refunded' },
	],
	routing: { send: { type: 'body', property: 'status' } },
};

/** An amount in cents, sent as the body property `name`. */
export function cents(name: string, displayName: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'number',
		default: 0,
		description: `${description}, in cents (1999 = $19.99)`,
		routing: { send: { type: 'body', property: name } },
	};
}
