import { readFileSync } from 'node:fs';
import path from 'node:path';

import { dubEvents } from '../../nodes/Dub/events';
import { lagoCustomerEvents, lagoEvents } from '../../nodes/Lago/events';
import { nodeTypeInstances } from '../engine';

const { catalogues, displayName } = require('../../scripts/events.js') as {
	catalogues: () => Record<string, string>;
	displayName: (value: string) => string;
};

const offered = (type: string, name: string) =>
	(nodeTypeInstances[type].description.properties.find((p) => p.name === name)?.options ?? []).map(
		(option) => (option as { value: string }).value,
	);

describe('event catalogues', () => {
	it.each(Object.entries(catalogues()))('%s is generated from the vendor file as it is now (node scripts/events.js)', (file, expected) => {
		expect(readFileSync(path.resolve(__dirname, '../..', file), 'utf8')).toBe(expected);
	});

	it('names events in Title Case, with the vendors’ acronyms', () => {
		expect(displayName('customer.crm_provider_created')).toBe('Customer CRM Provider Created');
		expect(displayName('invoice.one_off_created')).toBe('Invoice One-Off Created');
		expect(displayName('partner.application_submitted')).toBe('Partner Application Submitted');
	});

	it('are what the triggers offer', () => {
		expect(offered('dubTrigger', 'events')).toEqual(dubEvents.map((e) => e.value));
		expect(offered('lagoTrigger', 'events')).toEqual(lagoEvents.map((e) => e.value));
		expect(offered('lagoTrigger', 'customerEvents')).toEqual(lagoCustomerEvents);
	});

	it('list every event once, sorted by name as n8n shows options', () => {
		for (const events of [dubEvents, lagoEvents]) {
			expect(new Set(events.map((e) => e.value)).size).toBe(events.length);
			expect(events.map((e) => e.name)).toEqual([...events.map((e) => e.name)].sort((a, b) => a.localeCompare(b, 'en')));
		}
		expect(dubEvents).toHaveLength(15);
		expect(lagoEvents).toHaveLength(75);
	});
});
