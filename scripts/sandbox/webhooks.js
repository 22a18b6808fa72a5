'use strict';
/**
 * Dub's webhook registry, played once for every fake Dub of the project: the sandbox (scripts/sandbox/dub.js), the
 * unit tests (test/dub/trigger.test.ts), the e2e suite (test/e2e/dubTrigger.e2e.ts) and the queue suite
 * (test/queue/vendors.ts). Like Dub, it keeps one webhook per URL: a second POST /webhooks for a URL already
 * registered answers 409 `conflict`, which is what sends the Dub Trigger down its takeover path.
 *
 * `play(server)` answers the webhook operations of a contract server; a test overrides any of them afterwards with
 * its own `server.on(...)`. The records live in `webhooks`, an array the registry changes in place, so a test can
 * read it, change a webhook (disable it, as Dub's dashboard would) or empty it (`clear()`).
 */
const { randomBytes } = require('node:crypto');

const errorBody = (code, message) => ({ error: { code, message, doc_url: `https://dub.co/docs/api-reference/errors#${code.replace(/_/g, '-')}` } });

const randomText = (length) => randomBytes(length).toString('hex').slice(0, length);

/**
 * @param {{ webhooks?: object[], newId?: (n: number) => string, newSecret?: (n: number) => string,
 *   onChange?: () => void, log?: (message: string) => void }} [options]
 *   `webhooks`: the records to start from (the sandbox's saved state); `newId`/`newSecret`: the id and secret of the
 *   n-th webhook created (random by default; tests pass predictable ones); `onChange` after every change.
 */
function dubWebhookRegistry(options = {}) {
	const webhooks = [...(options.webhooks ?? [])];
	const newId = options.newId ?? (() => `wh_${randomText(24)}`);
	const newSecret = options.newSecret ?? (() => `whsec_${randomText(32)}`);
	const changed = () => options.onChange?.();
	const log = (message) => options.log?.(message);
	let created = 0;

	const find = (id) => webhooks.find((w) => w.id === id);
	const notFound = { status: 404, body: errorBody('not_found', 'Webhook not found.') };

	const handlers = {
		listWebhooks: () => ({ body: [...webhooks] }),
		getWebhook: ({ params }) => {
			const webhook = find(params.webhookId);
			return webhook ? { body: webhook } : notFound;
		},
		createWebhook: ({ body }) => {
			if (webhooks.some((w) => w.url === body.url)) {
				return { status: 409, body: errorBody('conflict', 'A Webhook with this URL already exists.') };
			}
			created++;
			const webhook = { id: newId(created), secret: newSecret(created), disabledAt: null, installationId: null, ...body };
			webhooks.push(webhook);
			log(`webhook registered: ${webhook.url} (${(webhook.triggers ?? []).join(', ')})`);
			changed();
			return { status: 201, body: webhook };
		},
		updateWebhook: ({ params, body }) => {
			const webhook = find(params.webhookId);
			if (!webhook) return notFound;
			Object.assign(webhook, body ?? {});
			changed();
			return { body: webhook };
		},
		deleteWebhook: ({ params }) => {
			const at = webhooks.findIndex((w) => w.id === params.webhookId);
			if (at === -1) return notFound;
			const [webhook] = webhooks.splice(at, 1);
			log(`webhook deleted: ${webhook.url}`);
			changed();
			return { body: { id: webhook.id } };
		},
	};

	return {
		webhooks,
		handlers,
		/** Answers Dub's webhook operations on `server` (a ContractServer); returns the registry. */
		play(server) {
			for (const [operationId, handler] of Object.entries(handlers)) server.on(operationId, handler);
			return this;
		},
		all: () => [...webhooks],
		get: (id) => find(id),
		values: () => webhooks.values(),
		get size() {
			return webhooks.length;
		},
		/** Removes every webhook, as deleting them in Dub's dashboard would. */
		clear() {
			webhooks.length = 0;
			changed();
		},
	};
}

module.exports = { dubWebhookRegistry };
