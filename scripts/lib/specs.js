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
 * billing entity is not a UUID, and the batch fee estimate takes its events flat (see below).
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
	return document;
}

const cache = new Map();
const once = (key, load) => {
	if (!cache.has(key)) cache.set(key, load());
	return cache.get(key);
};

/** Dub's OpenAPI document and the supplement with the live routes it lacks (webhooks, deprecated POST /customers). */
const dubDocuments = () => once('dub', () => [readJson('dub-openapi.json'), readJson('dub-openapi.supplement.json')]);

/** Lago's OpenAPI 3.1 document (paths under /api/v1), with the correction above. */
const lagoDocuments = () =>
	once('lago', () => [correctLagoDocument(yaml.load(fs.readFileSync(path.join(SPECS, 'lago-openapi.yaml'), 'utf8')))]);

/** The Notihub contract this project wrote from Notihub's API reference. */
const notihubDocuments = () => once('notihub', () => [readJson('notihub-openapi.json')]);

module.exports = { dubDocuments, lagoDocuments, notihubDocuments };
