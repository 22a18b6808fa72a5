/**
 * One test per operation module, generated: the node is run through n8n's engine with the operation's required
 * fields filled from the vendor's examples; the contract server validates the request, answers the vendor's
 * documented answer (checked against the contract too), and the node's output must be that answer as the node
 * shapes it. Operations added as modules are covered without writing anything here.
 */
import { runNode } from '../engine';
import { deletedIds, documentedAnswer, expectedItems, isDelete, isEmptyAnswer } from './answers';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

import { entryFor, keysOf, outputExceptions, runExceptions } from './exceptions';
import { givenInputs } from './inputs';
import { buildParameters } from './parameters';
import { serversFor } from './servers';
import { coverageNote, operations, services, type OperationUnderTest } from './services';

const serverFor = serversFor();

describe.each(services.map((service) => [coverageNote(service), service] as const))('%s', (_note, service) => {
	const own = operations.filter((o) => o.service === service);
	for (const { resource } of service.oldResources.map((r) => ({ resource: r }))) {
		it.todo(`${service.service} › ${resource.value}: no operation modules yet, so no generated contract test`);
	}
	if (!own.length) return;

	const listed = own.filter((o) => entryFor(runExceptions, o));
	if (listed.length) {
		it.each(listed.map((o) => [o.title, o, ...entryFor(runExceptions, o)!] as const))(
			'%s: not run by the generator (%s): the hand-written test %s exercises it',
			async (_title, under, _reason, file) => {
				const { operation } = under;
				const path = join(__dirname, '..', '..', file);
				expect(existsSync(path)).toBe(true);
				// The test answers the operation and runs the node's operation of that name.
				const text = readFileSync(path, 'utf8');
				expect(text).toContain(`'${operation.operationId}'`);
				expect(text).toContain(`'${operation.value}'`);
				// An operation of one request must still fail the generated run, or the entry is stale. (One with a
				// runner of its own, a PDF download or a batch, is listed for what it is: several requests or a file.)
				if (operation.runner) return;
				let generic = 'still not runnable';
				try {
					await runGenerated(under);
					generic = `stale: it runs now; remove ${keysOf(under).find((key) => key in runExceptions)} from test/generated/exceptions.ts`;
				} catch {
					// expected
				}
				(await serverFor(service)).reset();
				expect(generic).toBe('still not runnable');
			},
		);
	}
	const runnable = own.filter((o) => !entryFor(runExceptions, o));
	it.each(runnable.map((o) => [o.title, o] as const))('%s: sends the documented request and outputs the documented answer', async (_title, under) => {
		await runGenerated(under);
	});

	/** The generated run of one operation: throws when the request, the answer or the output is not as documented. */
	async function runGenerated(under: OperationUnderTest) {
		const { operation, resource } = under;
		const server = await serverFor(service);
		const answer = documentedAnswer(service.spec, operation.operationId);
		if (operation.runner) {
			// An operation with its own runner may read before it writes: every operation answers as documented.
			for (const operationId of service.spec.operations.keys()) {
				if (service.plumbing.includes(operationId)) continue;
				server.on(operationId, () => ({ ...documentedAnswer(service.spec, operationId) }));
			}
		}
		server.on(operation.operationId, () => ({ status: answer.status, body: answer.body }));
		const built = buildParameters(resource.value, operation, service.spec, entryFor(givenInputs, under)?.[1]);

		const result = await runNode({ type: service.nodeType, parameters: built.parameters, credentials: service.credentials(server) });

		expect(result.error?.message).toBeUndefined();
		const calls = server.requests.filter((r) => !service.plumbing.includes(r.operationId));
		const own = calls.filter((r) => r.operationId === operation.operationId);
		expect(own).toHaveLength(1);
		if (!operation.runner) expect(calls.map((r) => r.operationId)).toEqual([operation.operationId]);
		const [request] = own;
		expect(request.method).toBe(operation.method);
		expect(request.path).toBe(built.path);
		if (!operation.runner) {
			// (A runner may gather or reshape what the fields send: Send Batch.)
			for (const property of built.sentBody) expect(request.body ?? {}).toHaveProperty([property]);
			for (const property of built.sentQuery) expect(request.query).toHaveProperty([property]);
		}

		const exception = entryFor(outputExceptions, under);
		const deleted = isDelete(operation);
		const ids = deletedIds(operation, answer.body, built.pathValues);
		const expected = expectedItems(answer.body);
		// An action the vendor answers with nothing: the node says what it did, `{ success: true, <id>: … }`.
		const acknowledged = !deleted && isEmptyAnswer(answer.body);
		const given = Object.values(built.pathValues);
		const acknowledges = (items: typeof result.items) =>
			items.length === 1 &&
			items[0].success === true &&
			Object.entries(items[0]).every(([key, value]) => key === 'success' || given.includes(value as string));
		if (exception) {
			// Listed as shaped differently: it must still be, or the entry is stale and must go.
			const usual = deleted
				? result.items.length === 1 && result.items[0].deleted === true && ids.includes(result.items[0].id)
				: acknowledged
					? acknowledges(result.items)
					: JSON.stringify(result.items) === JSON.stringify(expected);
			expect(usual ? `stale: remove ${service.service}:${operation.operationId} from test/generated/exceptions.ts` : 'still shaped differently').toBe(
				'still shaped differently',
			);
		} else if (deleted) {
			expect(result.items).toHaveLength(1);
			expect(Object.keys(result.items[0]).sort()).toEqual(['deleted', 'id']);
			expect(result.items[0].deleted).toBe(true);
			expect(ids).toContainEqual(result.items[0].id);
		} else if (acknowledged) {
			expect(result.items).toHaveLength(1);
			expect(result.items[0].success).toBe(true);
			expect(Object.keys(result.items[0]).length).toBeGreaterThan(1);
			for (const [key, value] of Object.entries(result.items[0])) if (key !== 'success') expect(given).toContain(value);
		} else {
			expect(result.items).toEqual(expected);
		}
		server.expectNoViolations();
	}
});

describe('test/generated/exceptions.ts', () => {
	it('names only operations the node has as modules', () => {
		const known = new Set(operations.flatMap(keysOf));
		expect([...Object.keys(runExceptions), ...Object.keys(outputExceptions), ...Object.keys(givenInputs)].filter((key) => !known.has(key))).toEqual([]);
	});

	it('lists an operation under one name only', () => {
		for (const table of [runExceptions, outputExceptions, givenInputs] as Array<Record<string, unknown>>) {
			expect(operations.filter((o) => keysOf(o).filter((key) => key in table).length > 1).map((o) => o.title)).toEqual([]);
		}
	});
});
