import type { INodeProperties } from 'n8n-workflow';

import { filters } from '../../../shared/fields';
import { defineOperation, type Operation } from '../../../shared/operation';
import { simplifySwitch } from '../../../shared/output';
import type { RequestCheck } from '../../../shared/validation';
import { listOutput } from '../../billingFields';
import { lagoPages } from '../../client';
import { customerLocator } from './fields';

/**
 * Filters of another operation (the global Get Many of the same records), by name, so a customer's list offers the
 * very fields the global list does. `changes` adjusts one (a description that must mention the customer).
 * An unknown name fails when the node loads, not silently.
 */
export function filtersOf(operation: Operation, names: string[], changes: Record<string, Partial<INodeProperties>> = {}): INodeProperties[] {
	const group = operation.fields?.find((field) => field.name === 'filters');
	const options = (group?.options ?? []) as INodeProperties[];
	return names.map((name) => {
		const found = options.find((option) => option.name === name);
		if (!found) throw new Error(`${operation.operationId} has no filter "${name}"`);
		return { ...found, ...changes[name] };
	});
}

/**
 * The records of one customer: `GET /customers/{external_customer_id}/<records>`, where `records` is both the path
 * segment and the property Lago lists them under. Return All and Limit come with the page walk; `simplify` adds the
 * Simplify switch and the fields it keeps.
 */
export function customerList(options: {
	name: string;
	value: string;
	action: string;
	operationId: string;
	records: string;
	filters: INodeProperties[];
	checks?: RequestCheck[];
	simplify?: { what: string; fields: string[] };
}): Operation {
	const { simplify } = options;
	return defineOperation({
		name: options.name,
		value: options.value,
		action: options.action,
		operationId: options.operationId,
		method: 'GET',
		path: `/customers/{customer}/${options.records}`,
		walk: lagoPages(options.records),
		checks: options.checks,
		fields: [
			customerLocator,
			...(simplify ? [simplifySwitch(simplify.what)] : []),
			...(options.filters.length ? [filters([...options.filters].sort((a, b) => a.displayName.localeCompare(b.displayName)))] : []),
		],
		...(simplify ? { postReceive: listOutput(options.records, simplify.fields) } : {}),
	});
}
