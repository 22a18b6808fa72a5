/**
 * One paging test per list operation (a module with `walk`), generated: the server holds two full pages and a short
 * one, made from the vendor's documented record; Return All must read exactly three pages, each request asking for
 * the page after the one before, and output every record once, in order.
 */
import type { IDataObject } from 'n8n-workflow';

import { runNode } from '../engine';
import { documentedAnswer, numbered, recordsOf, withRecords } from './answers';
import { outputExceptions } from './exceptions';
import { buildParameters } from './parameters';
import { serversFor } from './servers';
import { coverageNote, operations, services } from './services';

const serverFor = serversFor();

/** Query values as the server receives them: text. */
const asQuery = (values: IDataObject) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));

describe.each(services.map((service) => [coverageNote(service), service] as const))('%s', (_note, service) => {
	const lists = operations.filter((o) => o.service === service && o.operation.walk);
	for (const resource of service.oldResources) {
		it.todo(`${service.service} › ${resource.value}: no operation modules yet, so no generated paging test`);
	}
	if (!lists.length) return;

	it.each(lists.map((o) => [o.title, o] as const))('%s: Return All reads two full pages and a short one, in order', async (_title, { operation, resource }) => {
		const walk = operation.walk!;
		const server = await serverFor(service);
		const template = documentedAnswer(service.spec, operation.operationId);
		const [sample] = recordsOf(template.body);
		expect(sample).toBeDefined();
		const pageSize = walk.maxPageSize;
		const records = Array.from({ length: 2 * pageSize + 3 }, (_, i) => numbered(sample, i + 1));
		const pages = [records.slice(0, pageSize), records.slice(pageSize, 2 * pageSize), records.slice(2 * pageSize)];
		let served = 0;
		server.on(operation.operationId, () => {
			const page = pages[served] ?? [];
			served++;
			return { status: template.status, body: withRecords(template.body, page, served, pages.length, records.length) };
		});
		const built = buildParameters(resource.value, operation, service.spec);

		const result = await runNode({
			type: service.nodeType,
			parameters: { ...built.parameters, returnAll: true },
			credentials: service.credentials(server),
		});

		expect(result.error?.message).toBeUndefined();
		const requests = server.calls(operation.operationId);
		expect(requests).toHaveLength(3);
		// Each request asks for the page after the one before, as the walk defines it, at the largest page size.
		let current: IDataObject | undefined = walk.firstPage;
		requests.forEach((request, index) => {
			expect(request.path).toBe(built.path);
			expect(request.query).toMatchObject({ ...asQuery(current!), [walk.pageSizeParameter]: String(pageSize) });
			if (index > 0) expect(request.query).not.toEqual(requests[index - 1].query);
			const items = pages[index].map((json) => ({ json: json as IDataObject }));
			current = walk.nextPage({ page: items, records: walk.records ? walk.records(items) : items, current: current!, pageSize });
		});
		if (!outputExceptions[`${service.service}:${operation.operationId}`]) expect(result.items).toEqual(records);
		expect(result.items).toHaveLength(records.length);
	});
});
