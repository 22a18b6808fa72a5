import type { ContractHandler, ContractServer } from '../lib/contractServer';

/** A webhook endpoint as Lago's registry keeps and answers it. */
export interface LagoWebhookEndpoint {
	lago_id: string;
	lago_organization_id: string;
	webhook_url: string;
	signature_algo: 'jwt' | 'hmac';
	name: string | null;
	/** Missing in the answers of a Lago that predates event filtering. */
	event_types?: string[] | null;
	created_at: string;
	[field: string]: unknown;
}

export interface LagoWebhookEndpointRegistryOptions {
	/** The records to start from (the sandbox's saved state). */
	endpoints?: LagoWebhookEndpoint[];
	/** The id of the n-th endpoint created; a random uuid by default. */
	newId?: (n: number) => string;
	/** The `lago_organization_id` of new endpoints. */
	organizationId?: string;
	/** The `created_at` of new endpoints; now by default. */
	now?: () => string;
	/** Called after every change. */
	onChange?: () => void;
	log?: (message: string) => void;
}

export interface LagoWebhookEndpointRegistry {
	/** The records, changed in place by the handlers. */
	readonly endpoints: LagoWebhookEndpoint[];
	/** Set to emulate a Lago whose list pages are smaller than asked for. */
	maxPerPage: number | undefined;
	readonly handlers: Record<
		'createWebhookEndpoint' | 'findAllWebhookEndpoints' | 'findWebhookEndpoint' | 'updateWebhookEndpoint' | 'destroyWebhookEndpoint',
		ContractHandler
	>;
	/** Answers Lago's webhook-endpoint operations on `server`; a test may override any of them afterwards. */
	play(server: ContractServer): LagoWebhookEndpointRegistry;
	all(): LagoWebhookEndpoint[];
	get(id: string): LagoWebhookEndpoint | undefined;
	values(): IterableIterator<LagoWebhookEndpoint>;
	readonly size: number;
	/** Removes every endpoint, as deleting them in Lago's UI would. */
	clear(): void;
}

/** Lago's `WebhookEndpoint::LIMIT`: endpoints per organization. */
export declare const LAGO_ENDPOINT_LIMIT: number;

/** Lago's webhook-endpoint registry: one endpoint per URL, at most 10, 422 `validation_errors` otherwise. */
export declare function lagoWebhookEndpointRegistry(options?: LagoWebhookEndpointRegistryOptions): LagoWebhookEndpointRegistry;
