import type { INodeProperties } from 'n8n-workflow';

/**
 * Declarative routing only calls `routing.operations.pagination` when a parameter sets `send.paginate`. This hidden
 * parameter sets it for every operation, so every request passes through the service transport (rate-limit
 * retries, vendor errors); single requests use the node's default runner, lists their own paginator.
 */
export const routeThroughTransport: INodeProperties = {
	displayName: 'Transport',
	name: 'transport',
	type: 'hidden',
	default: 'v1',
	routing: { send: { paginate: true } },
};

/** The "Return All" switch and the "Limit" it hides; the paginators read both by these names. */
export function returnAllAndLimit(resource: string, operations: string | string[] = 'getAll'): INodeProperties[] {
	const operation = Array.isArray(operations) ? operations : [operations];
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: { show: { resource: [resource], operation } },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { resource: [resource], operation, returnAll: [false] } },
		},
	];
}
