import type { ContractHandler, ContractServer } from '../lib/contractServer';

/** A webhook as Dub's registry keeps and answers it. */
export interface DubWebhook {
	id: string;
	name: string;
	url: string;
	secret: string;
	triggers: string[];
	linkScope?: string;
	disabledAt: string | null;
	installationId: null;
	[field: string]: unknown;
}

export interface DubWebhookRegistryOptions {
	/** The records to start from (the sandbox's saved state). */
	webhooks?: DubWebhook[];
	/** The id of the n-th webhook created; random by default. */
	newId?: (n: number) => string;
	/** The secret of the n-th webhook created; random by default. */
	newSecret?: (n: number) => string;
	/** Called after every change. */
	onChange?: () => void;
	log?: (message: string) => void;
}

export interface DubWebhookRegistry {
	/** The records, changed in place by the handlers. */
	readonly webhooks: DubWebhook[];
	readonly handlers: Record<'listWebhooks' | 'getWebhook' | 'createWebhook' | 'updateWebhook' | 'deleteWebhook', ContractHandler>;
	/** Answers Dub's webhook operations on `server`; a test may override any of them afterwards. */
	play(server: ContractServer): DubWebhookRegistry;
	all(): DubWebhook[];
	get(id: string): DubWebhook | undefined;
	values(): IterableIterator<DubWebhook>;
	readonly size: number;
	/** Removes every webhook, as deleting them in Dub's dashboard would. */
	clear(): void;
}

/** Dub's webhook registry: one webhook per URL, 409 `conflict` for a URL already registered. */
export declare function dubWebhookRegistry(options?: DubWebhookRegistryOptions): DubWebhookRegistry;
