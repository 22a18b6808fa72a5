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
