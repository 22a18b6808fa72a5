/** Workflows, deliveries and execution reads shared by the queue-mode files. */
import { customer } from '../dub/dubServer';
import { PACKAGE_NAME } from '../e2e/helpers';
import type { QueueInstance } from './cluster';

export const dubCredential = { id: 'DubQueueCredent1', name: 'Dub (contract server)' };

export const getCustomerNode = (name: string) => ({
	name,
	type: `${PACKAGE_NAME}.dub`,
	typeVersion: 1,
	parameters: { resource: 'customer', operation: 'get', customerId: { __rl: true, mode: 'id', value: '={{ $json.data.customer.id }}' } },
	credentials: { dubApi: dubCredential },
});

export const dubTriggerNode = (webhookId: string, options: Record<string, unknown> = {}) => ({
	name: 'Dub Trigger',
	type: `${PACKAGE_NAME}.dubTrigger`,
	typeVersion: 1,
	webhookId,
	parameters: { registration: 'automatic', events: ['lead.created', 'sale.created'], ...(Object.keys(options).length ? { options } : {}) },
	credentials: { dubApi: dubCredential },
});

export const leadCreated = (id: string, customerNumber: number) => ({
	id,
	event: 'lead.created',
	createdAt: '2026-11-20T10:00:00.000Z',
	data: {
		eventName: 'Sign up',
		customer: customer(customerNumber),
		click: { id: 'clk_queue_1', country: 'US', timestamp: '2026-11-20T09:59:00.000Z' },
		link: { id: 'link_queue_1', domain: 'dub.sh', key: 'queue', shortLink: 'https://dub.sh/queue' },
		metadata: null,
	},
});

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Executions of a workflow with the delivery each one carries, read from PostgreSQL (ids as text). */
export async function storedExecutions(n8n: QueueInstance, workflowId: string, deliveryPattern: string) {
	const rows: string = await n8n.postgres!.psql(
		`SELECT e.id, e.status, substring(d.data from '${deliveryPattern}') FROM execution_entity e ` +
			`JOIN execution_data d ON d."executionId" = e.id WHERE e."workflowId" = '${workflowId}' ORDER BY e.id`,
	);
	return rows
		.split('\n')
		.filter(Boolean)
		.map((row) => {
			const [id, status, delivery] = row.split('|');
			return { id, status, delivery };
		});
}
