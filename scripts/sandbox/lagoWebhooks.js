'use strict';
/**
 * Lago's webhook-endpoint registry, played once for every fake Lago of the project: the sandbox
 * (scripts/sandbox/lago.js), the unit tests (test/lago/trigger.test.ts), the e2e suite (test/e2e/lagoTrigger.e2e.ts)
 * and the queue suite (test/queue/vendors.ts). Like Lago (app/models/webhook_endpoint.rb in getlago/lago-api), it
 * keeps one endpoint per URL and at most 10 per organization: a POST /webhook_endpoints that breaks either answers 422
 * `validation_errors` naming every failed rule at once (`webhook_url: ['value_already_exist']`, `base:
 * ['exceeded_limit']`), which is what sends the Lago Trigger down its takeover path or its "all 10 are in use" error.
 *
 * `play(server)` answers the webhook-endpoint operations of a contract server; a test overrides any of them afterwards
 * with its own `server.on(...)`. The records live in `endpoints`, an array the registry changes in place, so a test
 * can read it, change an endpoint (as Lago's UI would), add endpoints or empty it (`clear()`).
 */
const { randomUUID } = require('node:crypto');

const { lagoPage } = require('./service');

/** Lago's `WebhookEndpoint::LIMIT`. */
const LAGO_ENDPOINT_LIMIT = 10;

const fail = (status, error, code, details) => ({
	status,
	body: { status, error, code, ...(details ? { error_details: details } : {}) },
});

/**
 * @param {{ endpoints?: object[], newId?: (n: number) => string, organizationId?: string, now?: () => string,
 *   onChange?: () => void, log?: (message: string) => void }} [options]
 *   `endpoints`: the records to start from (the sandbox's saved state); `newId`: the id of the n-th endpoint created
 *   (a random uuid by default; tests pass predictable ones); `organizationId`: the `lago_organization_id` of new
 *   endpoints; `now`: their `created_at`; `onChange` after every change.
 */
function lagoWebhookEndpointRegistry(options = {}) {
	const endpoints = [...(options.endpoints ?? [])];
	const newId = options.newId ?? (() => randomUUID());
	const organizationId = options.organizationId ?? '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f';
	const now = options.now ?? (() => new Date().toISOString());
	const changed = () => options.onChange?.();
	const log = (message) => options.log?.(message);
	let created = 0;

	const find = (id) => endpoints.find((e) => e.lago_id === id);
	const notFound = fail(404, 'Not Found', 'webhook_endpoint_not_found');

	const handlers = {
		createWebhookEndpoint: ({ body }) => {
			const input = body.webhook_endpoint;
			// Like ActiveRecord, Lago reports every failed validation at once.
			const details = {};
			if (endpoints.some((e) => e.webhook_url === input.webhook_url)) details.webhook_url = ['value_already_exist'];
			if (endpoints.length >= LAGO_ENDPOINT_LIMIT) details.base = ['exceeded_limit'];
			if (Object.keys(details).length) return fail(422, 'Unprocessable Entity', 'validation_errors', details);
			created++;
			const endpoint = {
				lago_id: newId(created),
				lago_organization_id: organizationId,
				webhook_url: input.webhook_url,
				signature_algo: input.signature_algo ?? 'jwt',
				name: input.name ?? null,
				event_types: input.event_types ?? null,
				created_at: now(),
			};
			endpoints.push(endpoint);
			log(`webhook endpoint registered: ${endpoint.webhook_url} (${endpoint.signature_algo}, ${endpoint.event_types ? endpoint.event_types.join(', ') : 'all events'})`);
			changed();
			return { body: { webhook_endpoint: endpoint } };
		},
		/** `{webhook_endpoints, meta}`, paged as Lago pages its lists (`page`, `per_page` 20 by default, at most 100). */
		findAllWebhookEndpoints: ({ query }) => lagoPage(endpoints, query, 'webhook_endpoints', registry.maxPerPage),
		findWebhookEndpoint: ({ params }) => {
			const endpoint = find(params.lago_id);
			return endpoint ? { body: { webhook_endpoint: endpoint } } : notFound;
		},
		updateWebhookEndpoint: ({ params, body }) => {
			const endpoint = find(params.lago_id);
			if (!endpoint) return notFound;
			Object.assign(endpoint, body.webhook_endpoint ?? {});
			changed();
			return { body: { webhook_endpoint: endpoint } };
		},
		destroyWebhookEndpoint: ({ params }) => {
			const at = endpoints.findIndex((e) => e.lago_id === params.lago_id);
			if (at === -1) return notFound;
			const [endpoint] = endpoints.splice(at, 1);
			log(`webhook endpoint deleted: ${endpoint.webhook_url}`);
			changed();
			return { body: { webhook_endpoint: endpoint } };
		},
	};

	const registry = {
		endpoints,
		handlers,
		/** Set to emulate a Lago whose list pages are smaller than asked for. */
		maxPerPage: undefined,
		/** Answers Lago's webhook-endpoint operations on `server` (a ContractServer); returns the registry. */
		play(server) {
			for (const [operationId, handler] of Object.entries(handlers)) server.on(operationId, handler);
			return registry;
		},
		all: () => [...endpoints],
		get: (id) => find(id),
		values: () => endpoints.values(),
		get size() {
			return endpoints.length;
		},
		/** Removes every endpoint, as deleting them in Lago's UI would. */
		clear() {
			endpoints.length = 0;
			changed();
		},
	};
	return registry;
}

module.exports = { LAGO_ENDPOINT_LIMIT, lagoWebhookEndpointRegistry };
