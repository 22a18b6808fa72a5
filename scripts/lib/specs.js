'use strict';
/**
 * The vendor contracts (test/fixtures/specs, see PROVENANCE.md there), loaded once per process for the contract
 * servers of the tests and of the sandbox.
 */
const fs = require('node:fs');
const path = require('node:path');
const yaml = require('js-yaml');

const SPECS = path.resolve(__dirname, '..', '..', 'test', 'fixtures', 'specs');

const readJson = (file) => JSON.parse(fs.readFileSync(path.join(SPECS, file), 'utf8'));

/**
 * Where the Lago document differs from Lago itself. `PUT /subscriptions/{external_id}` lists `ending_at` as
 * required, but Lago's Subscriptions::UpdateService (getlago/lago-api) only sets it `if params.key?(:ending_at)`, and
 * sending it would be harmful: `null` removes the end date. An update of the name alone is valid. The code of a
 * billing entity is not a UUID, the batch fee estimate takes its events flat, and a few answers require properties they
 * describe elsewhere or nowhere (see below).
 */
function correctLagoDocument(document) {
	delete document.components.schemas.SubscriptionUpdateInput.properties.subscription.required;
	// `/billing_entities/{code}` declares the code a UUID, but Lago finds the entity by its code
	// (Api::V1::BillingEntitiesController: `find_by(code: params[:code])`), as the operation's own summary says.
	for (const parameter of document.paths['/billing_entities/{code}'].parameters ?? []) {
		if (parameter.name === 'code') delete parameter.schema.format;
	}
	// `POST /events/batch_estimate_instant_fees` is documented with each event wrapped (`{events: [{event: {…}}]}`), but
	// Lago reads the events flat (Api::V1::EventsController#batch_params permits `events: [:transaction_id, :code,
	// :external_subscription_id, …]`; its request spec posts `events: [event_params]`): a wrapped event reaches Lago
	// empty. The contract takes the flat form, with the fields of one event.
	const batchEstimate = document.components.schemas.EventBatchEstimateInstantFeesInput;
	batchEstimate.properties.events.items = document.components.schemas.EventEstimateInstantFeesInput.properties.event;
	const schemas = document.components.schemas;
	// The payment URL's ids are required at the top, but described (and sent) inside wallet_transaction_payment_details.
	const paymentUrl = schemas.WalletTransactionPaymentUrl;
	paymentUrl.properties.wallet_transaction_payment_details.required = paymentUrl.required;
	paymentUrl.required = ['wallet_transaction_payment_details'];
	// Required but described nowhere in their schema (so no answer can be checked for them): left to the answer.
	for (const [schema, name] of [
		['WalletObject', 'balance'],
		['CustomerProjectedChargeUsageObject', 'groups'],
		['OrganizationObject', 'email_settings'],
	]) {
		schemas[schema].required = schemas[schema].required.filter((required) => required !== name);
	}
	return document;
}

/**
 * Where Dub's document says less than Dub answers. `GET /links/count` documents a number, but with `groupBy` Dub
 * answers one row per group (`[{ "domain": "dub.sh", "_count": 3 }]`: apps/web/app/api/links/count/route.ts in
 * dubinc/dub returns Prisma's groupBy rows), which the node outputs as one item per group.
 */
function correctDubDocument(document) {
	const answer = document.paths['/links/count'].get.responses['200'].content['application/json'];
	answer.schema = {
		oneOf: [
			answer.schema,
			{ type: 'array', items: { type: 'object', properties: { _count: { type: 'number' } }, required: ['_count'] } },
		],
	};
	return document;
}

const cache = new Map();
const once = (key, load) => {
	if (!cache.has(key)) cache.set(key, load());
	return cache.get(key);
};

/** Dub's OpenAPI document (with the correction above) and the supplement with the live routes it lacks (webhooks, deprecated POST /customers). */
const dubDocuments = () => once('dub', () => [correctDubDocument(readJson('dub-openapi.json')), readJson('dub-openapi.supplement.json')]);

/** Lago's OpenAPI 3.1 document (paths under /api/v1), with the correction above. */
const lagoDocuments = () =>
	once('lago', () => [correctLagoDocument(yaml.load(fs.readFileSync(path.join(SPECS, 'lago-openapi.yaml'), 'utf8')))]);

/** The Notihub contract this project wrote from Notihub's API reference. */
const notihubDocuments = () => once('notihub', () => [readJson('notihub-openapi.json')]);

module.exports = { dubDocuments, lagoDocuments, notihubDocuments };
