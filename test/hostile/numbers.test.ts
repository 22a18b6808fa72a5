/**
 * Numbers from expressions, generated from the BUILT node descriptions: every operation with a Limit, and every
 * number field of every operation module, fed NaN, ±Infinity, 1e300, text, and (where the field says so) negative
 * or fractional values. Held: each item fails with a NodeOperationError naming the field and the item, before any
 * request; never a hang, never a silently changed value.
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { builtNode, expectNoSecrets, requiredValues, shownFor, startFake, useFake, type Vendor } from './support';

const ALWAYS_BAD: unknown[] = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e300, -1e300, '12abc', { n: 1 }, [1]];

interface Case {
	resource: string;
	operation: string;
	/** Where the value goes in the node's parameters: `limit`, `amount` or `additionalFields.amount`. */
	path: string[];
	label: string;
	bad: unknown[];
	/** Further parameters that show the field (a field shown for one charge model: that model). */
	showing?: Record<string, unknown>;
}

/** The values that show a field beyond its resource and operation: the first value of each further condition. */
function showing(field: INodeProperties): Record<string, unknown> {
	const show = field.displayOptions?.show ?? {};
	return Object.fromEntries(
		Object.entries(show)
			.filter(([name, values]) => name !== 'resource' && name !== 'operation' && Array.isArray(values) && values.length)
			.map(([name, values]) => [name, (values as unknown[])[0]]),
	);
}

function badFor(field: INodeProperties): unknown[] {
	const bad = [...ALWAYS_BAD];
	const min = field.typeOptions?.minValue;
	if (typeof min === 'number') bad.push(min - 1);
	if (field.typeOptions?.numberPrecision === 0 || field.name === 'limit') bad.push(2.5);
	return bad;
}

function casesOf(vendor: Vendor): Case[] {
	const { properties } = builtNode(vendor);
	const cases: Case[] = [];
	for (const selector of properties.filter((p) => p.name === 'operation')) {
		const resource = (selector.displayOptions?.show?.resource as string[])[0];
		for (const option of (selector.options ?? []) as INodePropertyOptions[]) {
			const operation = String(option.value);
			const fields = properties.filter((p) => shownFor(p, resource, operation));
			const limit = fields.find((f) => f.name === 'limit');
			if (limit) cases.push({ resource, operation, path: ['limit'], label: 'Limit', bad: [...badFor(limit), 0] });
			// Number fields are checked by the operation builder: only operation modules (routed by the builder) have it.
			if (option.routing?.send?.paginate !== true) continue;
			for (const field of fields) {
				if (field.type === 'number' && field.name !== 'limit') {
					cases.push({ resource, operation, path: [field.name], label: field.displayName, bad: badFor(field), showing: showing(field) });
				}
				if (field.type === 'collection') {
					for (const inner of (field.options ?? []) as INodeProperties[]) {
						if (inner.type === 'number') {
							cases.push({ resource, operation, path: [field.name, inner.name], label: `${field.displayName} › ${inner.displayName}`, bad: badFor(inner), showing: showing(field) });
						}
					}
				}
			}
		}
	}
	return cases;
}

describe.each(['dub', 'lago', 'notihub'] as Vendor[])('%s: hostile numbers', (vendor) => {
	const fakeOf = useFake(vendor);

	const cases = casesOf(vendor);
	it('found number fields to check', () => expect(cases.length).toBeGreaterThan(0));

	it.each(cases.map((c) => [`${c.resource} › ${c.operation}: ${c.label}`, c] as const))('%s', async (_name, c) => {
		const parameters: Record<string, unknown> = { resource: c.resource, operation: c.operation, ...requiredValues(vendor, c.resource, c.operation), ...c.showing };
		if (c.path.length === 1) parameters[c.path[0]] = '={{ $json.v }}';
		else parameters[c.path[0]] = { [c.path[1]]: '={{ $json.v }}' };
		const result = await fakeOf().run(parameters, { input: c.bad.map((v) => ({ v })), continueOnFail: true });

		expect(fakeOf().server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([]);
		expect(result.rawItems).toHaveLength(c.bad.length);
		result.rawItems.forEach((item, index) => {
			const message = String(item.error?.message ?? item.json.error);
			expect({ value: String(c.bad[index]), message }).toEqual({
				value: String(c.bad[index]),
				message: expect.stringMatching(new RegExp(`^${c.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} .*\\(item ${index}\\)$`)),
			});
		});
		expectNoSecrets(result);
	});
});

describe('amounts are safe whole numbers', () => {
	const AMOUNTS: Array<[unknown, RegExp]> = [
		[Number.NaN, /must be a number, got NaN/],
		[Number.POSITIVE_INFINITY, /must be a finite number, got Infinity/],
		[1e300, /is too large: 1e\+300 is beyond 9007199254740991/],
		[2 ** 53 + 2, /is too large/],
		[19.99, /must be a whole number, got 19\.99/],
		['4900abc', /must be a number, got "4900abc"/],
	];

	it.each([
		['dub', 'Amount', { resource: 'track', operation: 'sale', customerExternalId: 'u1', amount: '={{ $json.v }}', currency: 'usd' }],
		[
			'lago',
			'Amount (Cents)',
			{
				resource: 'appliedCoupon',
				operation: 'apply',
				customer: { __rl: true, mode: 'externalId', value: 'cust_1' },
				coupon: { __rl: true, mode: 'code', value: 'startup_deal' },
				overrides: { amountCents: '={{ $json.v }}' },
			},
		],
	] as Array<[Vendor, string, Record<string, unknown>]>)(
		'%s: %s given NaN, Infinity, 1e300, 2^53+2, 19.99 or text: held = refused naming the field and item, nothing sent',
		async (vendor, label, parameters) => {
			const fake = await startFake(vendor);
			try {
				const result = await fake.run(parameters, { input: AMOUNTS.map(([v]) => ({ v })), continueOnFail: true });
				expect(fake.server.requests).toEqual([]);
				result.rawItems.forEach((item, index) => {
					const message = String(item.error?.message ?? item.json.error);
					// The field's own check names it; the generic number check names it inside its group ("Overrides › …").
					const named = new RegExp(`^([\\w ]+ › )?${label.replace(/[()]/g, '\\$&')} `);
					expect(named.test(message) ? label : message).toBe(label);
					expect(message).toMatch(AMOUNTS[index][1]);
					expect(message.endsWith(`(item ${index})`)).toBe(true);
				});
			} finally {
				await fake.server.close();
			}
		},
	);
});
