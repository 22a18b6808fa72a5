/**
 * One test per operation module, generated: the node is run through n8n's engine with the operation's required
 * fields filled from the vendor's examples; the contract server validates the request, answers the vendor's
 * documented answer (checked against the contract too), and the node's output must be that answer as the node
 * shapes it. Operations added as modules are covered without writing anything here.
 */
import { runNode } from '../engine';
import { documentedAnswer, expectedItems } from './answers';
import { outputExceptions } from './exceptions';
import { buildParameters } from './parameters';
import { serversFor } from './servers';
import { coverageNote, operations, services } from './services';

const serverFor = serversFor();

describe.each(services.map((service) => [coverageNote(service), service] as const))('%s', (_note, service) => {
	const own = operations.filter((o) => o.service === service);
	for (const { resource } of service.oldResources.map((r) => ({ resource: r }))) {
		it.todo(`${service.service} › ${resource.value}: no operation modules yet, so no generated contract test`);
	}
	if (!own.length) return;

	it.each(own.map((o) => [o.title, o] as const))('%s: sends the documented request and outputs the documented answer', async (_title, { operation, resource }) => {
		const server = await serverFor(service);
		const answer = documentedAnswer(service.spec, operation.operationId);
		for (const operationId of service.spec.operations.keys()) {
			if (service.plumbing.includes(operationId)) continue;
			server.on(operationId, () => ({ ...documentedAnswer(service.spec, operationId) }));
		}
		server.on(operation.operationId, () => ({ status: answer.status, body: answer.body }));
		const built = buildParameters(resource.value, operation, service.spec);

		const result = await runNode({ type: service.nodeType, parameters: built.parameters, credentials: service.credentials(server) });

		expect(result.error?.message).toBeUndefined();
		const calls = server.requests.filter((r) => !service.plumbing.includes(r.operationId));
		const own = calls.filter((r) => r.operationId === operation.operationId);
		expect(own).toHaveLength(1);
		if (!operation.runner) expect(calls.map((r) => r.operationId)).toEqual([operation.operationId]);
		const [request] = own;
		expect(request.method).toBe(operation.method);
		expect(request.path).toBe(built.path);
		for (const property of built.sentBody) expect(request.body ?? {}).toHaveProperty([property]);
		for (const property of built.sentQuery) expect(request.query).toHaveProperty([property]);

		const expected = expectedItems(operation, answer.body, built.pathValues);
		if (outputExceptions[`${service.service}:${operation.operationId}`]) {
			// Listed as shaped differently: it must still be (else the entry is stale and must go).
			expect(result.items).not.toEqual(expected);
			return;
		}
		expect(result.items).toEqual(expected);
	});
});
