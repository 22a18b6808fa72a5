/**
 * Path parameters, generated from the BUILT node descriptions: every operation option whose routing fills a path
 * template, every `{parameter}` of it, fed every hostile value through an expression (as data from an earlier node
 * arrives). Held: each item fails with a NodeOperationError that names the field and the item, and NOTHING reaches
 * the vendor (not even Notihub's token exchange).
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { asFieldValue, builtNode, expectNoSecrets, requiredValues, shownFor, useFake, validFieldValue, type Vendor } from './support';

const HOSTILE: unknown[] = [
	'',
	'   ',
	'.',
	'..',
	' .. ',
	'%2e%2e',
	'%252e%252E',
	'.%2e',
	'../admin',
	'a/b',
	'%2F',
	'x%2fy',
	'a\\b',
	'%5c',
	'a\u0000b',
	'a\nb',
	'%0d%0a',
	{ id: 'cus_1' },
	['cus_1'],
	null,
	Number.NaN,
	Number.POSITIVE_INFINITY,
];

/** A value each vendor accepts for a parameter, so that only the parameter under test is hostile. */
const VALID: Record<Vendor, (name: string) => string> = {
	dub: () => 'cus_valid_1',
	lago: () => 'valid_1',
	notihub: (name) => (name === 'contactId' ? '31' : '00000000-0000-4000-8000-000000000001'),
};

interface Case {
	vendor: Vendor;
	resource: string;
	operation: string;
	url: string;
	parameter: string;
	label: string;
	field: INodeProperties;
}

function propertyFor(properties: INodeProperties[], name: string, resource: string, operation: string) {
	return properties.find((p) => p.name === name && shownFor(p, resource, operation));
}

function casesOf(vendor: Vendor): Case[] {
	const { properties } = builtNode(vendor);
	const cases: Case[] = [];
	for (const selector of properties.filter((p) => p.name === 'operation')) {
		const resource = (selector.displayOptions?.show?.resource as string[])[0];
		for (const option of (selector.options ?? []) as INodePropertyOptions[]) {
			const url = option.routing?.request?.url;
			if (typeof url !== 'string' || !url.includes('{')) continue;
			for (const [, parameter] of url.matchAll(/\{(\w+)\}/g)) {
				const field = propertyFor(properties, parameter, resource, String(option.value));
				if (!field) throw new Error(`${vendor} ${resource} ${String(option.value)}: no field fills {${parameter}} of ${url}`);
				cases.push({ vendor, resource, operation: String(option.value), url, parameter, label: field.displayName, field });
			}
		}
	}
	return cases;
}


describe.each(['dub', 'lago', 'notihub'] as Vendor[])('%s: hostile path parameters', (vendor) => {
	const fakeOf = useFake(vendor);

	const cases = casesOf(vendor);
	it('has path templates to check (the generator found the operations)', () => {
		expect(vendor === 'lago' || cases.length > 0).toBe(true);
	});

	const named = cases.map((c) => [`${c.resource} › ${c.operation} {${c.parameter}}`, c] as const);
	const each = named.length ? it.each(named) : it.skip.each([['(no operation fills a path template yet)', undefined as unknown as Case] as const]);
	each('%s', async (_name, c) => {
		const parameters: Record<string, unknown> = { resource: c.resource, operation: c.operation };
		// Required fields outside the path get a plain value, so the editor's own checks let the run start.
		Object.assign(parameters, requiredValues(vendor, c.resource, c.operation));
		for (const [, other] of c.url.matchAll(/\{(\w+)\}/g)) {
			if (other === c.parameter) continue;
			const field = propertyFor(builtNode(vendor).properties, other, c.resource, c.operation)!;
			parameters[other] = validFieldValue(field, VALID[vendor](other));
		}
		parameters[c.parameter] = asFieldValue(c.field, '={{ $json.v }}');
		const result = await fakeOf().run(parameters, { input: HOSTILE.map((v) => ({ v })), continueOnFail: true });

		expect(fakeOf().server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([]);
		expect(result.rawItems).toHaveLength(HOSTILE.length);
		result.rawItems.forEach((item, index) => {
			const error = item.error ?? (item.json.error !== undefined ? item.json : undefined);
			expect({ value: HOSTILE[index], error: error?.message ?? item.json.error }).toEqual({
				value: HOSTILE[index],
				error: expect.stringContaining(`${c.label} `),
			});
			expect(String(error?.message ?? item.json.error)).toMatch(new RegExp(`\\(item ${index}\\)$`));
		});
		expectNoSecrets(result);
	});
});
