import type { INodeProperties } from 'n8n-workflow';

import { codeField } from '../sharedFields/locators';
import { rows, text } from '../../../shared/fields';

export { featureLocator, planLocator, subscriptionLocator, subscriptionStatus } from '../sharedFields/locators';

/**
 * Entitlements as rows of feature, privilege and value, sent as Lago's map `{"seats": {"max": 20}}`. A value of
 * true/false is sent as a boolean, a whole number as a number, anything else as text; a row without a privilege
 * grants the feature alone.
 */
export const entitlementRows: INodeProperties = rows('entitlements', 'Entitlements', 'Features granted, with the value of each privilege', 'Add Entitlement', { name: 'values', displayName: 'Entitlement', values: [
	text('feature', 'Feature Code', undefined, undefined, { placeholder: 'seats' }),
	text('privilege', 'Privilege Code', 'Empty to grant the feature without privileges', undefined, { placeholder: 'max' }),
	text('value', 'Value', 'True or false, a whole number, or text', undefined, { placeholder: '20' }),
] }, { required: true, routing: {
		send: {
			type: 'body',
			property: 'entitlements',
			value:
				'={{ ($value.values || []).reduce((all, e) => { const f = String(e.feature).trim(); const p = String(e.privilege || "").trim(); const v = String(e.value ?? "").trim(); all[f] = { ...(all[f] || {}), ...(p ? { [p]: v === "true" ? true : v === "false" ? false : /^-?\\d+$/.test(v) ? Number(v) : v } : {}) }; return all; }, {}) }}',
		},
	} });

export const featureCodeField = codeField('Feature Code', 'featureCode', 'seats', 'The code of the feature');
export const privilegeCodeField = codeField('Privilege Code', 'privilegeCode', 'max', 'The code of the privilege');
