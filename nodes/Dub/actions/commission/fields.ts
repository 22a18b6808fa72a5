import type { INodeProperties } from 'n8n-workflow';

import { options, recordLocator } from '../../../shared/fields';
import { wholeNumber } from '../../../shared/validation';

/** The commission an operation acts on. */
export const commissionLocator = recordLocator({
	displayName: 'Commission',
	name: 'commissionId',
	searchListMethod: 'searchCommissions',
	placeholder: 'cm_1JVR7XRCSR0EDBAF39FZ4PMYE',
	idPattern: { regex: '^cm_\\w+$', errorMessage: 'A Dub commission ID starts with cm_' },
});

/** The statuses a workflow may set; Dub sets processed and paid itself when it pays out. */
export const settableStatus: INodeProperties = options('status', 'Status', 'The new status; Refunded, Duplicate, Canceled and Fraud take the commission out of the next payout', [['Canceled', 'canceled'], ['Duplicate', 'duplicate'], ['Fraud', 'fraud'], ['Pending', 'pending'], ['Refunded', 'refunded']], 'pending', 'body');

const centsHint = 'Dub takes amounts in cents: send 1999 for $19.99.';

/** The check of an amount in cents: a whole number, at least 0 unless `mayBeNegative`. */
export const centsCheck = (label: string, property: string, mayBeNegative = false) =>
	wholeNumber(label, property, mayBeNegative ? { hint: centsHint } : { min: 0, hint: centsHint });

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
