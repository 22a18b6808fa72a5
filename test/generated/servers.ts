/** One contract server per service for a generated test file, started on first use, reset and checked per test. */
import type { ContractServer } from '../contract/server';
import type { ServiceUnderTest } from './services';

export function serversFor() {
	const started = new Map<string, ContractServer>();
	const used = new Set<ContractServer>();

	afterEach(() => {
		const checked = [...used];
		used.clear();
		for (const server of checked) server.expectNoViolations();
	});
	afterAll(async () => {
		await Promise.all([...started.values()].map((server) => server.close()));
	});

	/** The service's server, reset, with its plumbing (token exchange) answered. */
	return async function serverFor(service: ServiceUnderTest): Promise<ContractServer> {
		let server = started.get(service.service);
		if (!server) {
			server = await service.start();
			started.set(service.service, server);
		}
		server.reset();
		service.prepare(server);
		used.add(server);
		return server;
	};
}
