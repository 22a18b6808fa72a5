/**
 * One paging test per list operation (a module with `walk`), generated: the server holds two full pages and a short
 * one, made from the vendor's documented record; Return All must read exactly three pages, each request asking for
 * the page after the one before, and output every record once, in order.
 */
import type { IDataObject } from 'n8n-workflow';

import type { PageWalk } from '../../nodes/shared/client';
import { runNode } from '../engine';
import { documentedAnswer, numbered, recordsOf, withRecords } from './answers';
import { entryFor, outputExceptions } from './exceptions';
import { givenInputs } from './inputs';
import { buildParameters } from './parameters';
import { serversFor } from './servers';
import { coverageNote, operations, services } from './services';

const serverFor = serversFor();

/** Query values as the server receives them: text. */
const asQuery = (values: IDataObject) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));

const idValues = (record: unknown) =>
	typeof record === 'object' && record !== null
		? Object.entries(record as IDataObject)
				.filter(([key, value]) => typeof value === 'string' && /(^id$|_id$|Id$)/.test(key))
				.map(([, value]) => value as string)
		: [];

/**
 * Which page (0-based) a request asks for, judged by the server from the query alone: a cursor naming the last
 * record of page k-1 asks for page k; a page number counts from the walk's first page; no paging parameter asks for
 * the first page. -1 when the query names neither.
 */
function pageAskedFor(query: Record<string, unknown>, pages: unknown[][], walk: PageWalk): number {
	const given = Object.entries(query).filter(([key]) => key !== walk.pageSizeParameter);
	for (let k = 1; k < pages.length; k++) {
		const cursors = idValues(pages[k - 1][pages[k - 1].length - 1]);
		if (given.some(([, value]) => cursors.includes(String(value)))) return k;
	}
	for (const [key, value] of given) {
		if (key in walk.firstPage && /^\d+$/.test(String(value))) return Number(value) - Number(walk.firstPage[key]);
	}
	return given.some(([key]) => key in walk.firstPage) ? -1 : 0;
}

describe.each(services.map((service) => [coverageNote(service), service] as const))('%s', (_note, service) => {
	const lists = operations.filter((o) => o.service === service && o.operation.walk);
	for (const resource of service.oldResources) {
		it.todo(`${service.service} › ${resource.value}: no operation modules yet, so no generated paging test`);
	}
	if (!lists.length) return;

	it.each(lists.map((o) => [o.title, o] as const))('%s: Return All reads two full pages and a short one, in order', async (_title, under) => {
		const { operation, resource } = under;
		const walk = operation.walk!;
		const server = await serverFor(service);
		const template = documentedAnswer(service.spec, operation.operationId);
		const [sample] = recordsOf(template.body);
		expect(sample).toBeDefined();
		const pageSize = walk.maxPageSize;
		const records = Array.from({ length: 2 * pageSize + 3 }, (_, i) => numbered(sample, i + 1));
		const pages = [records.slice(0, pageSize), records.slice(pageSize, 2 * pageSize), records.slice(2 * pageSize)];
		const asked: number[] = [];
		server.on(operation.operationId, ({ query }) => {
			const index = pageAskedFor(query, pages, walk);
			asked.push(index);
			const page = pages[index] ?? [];
			return { status: template.status, body: withRecords(template.body, page, index + 1, pages.length, records.length) };
		});
		const built = buildParameters(resource.value, operation, service.spec, entryFor(givenInputs, under)?.[1]);

		const result = await runNode({
			type: service.nodeType,
			parameters: { ...built.parameters, returnAll: true },
			credentials: service.credentials(server),
		});

		expect(result.error?.message).toBeUndefined();
		const requests = server.calls(operation.operationId);
		expect(requests).toHaveLength(3);
		// Each request asks for the page after the one before, at the largest page size the API serves.
		expect(asked).toEqual([0, 1, 2]);
		expect(requests[0].query).toMatchObject(asQuery(walk.firstPage));
		for (const request of requests) {
			expect(request.path).toBe(built.path);
			expect(request.query[walk.pageSizeParameter]).toBe(String(pageSize));
		}
		if (!entryFor(outputExceptions, under)) expect(result.items).toEqual(records);
		expect(result.items).toHaveLength(records.length);
	});
});
