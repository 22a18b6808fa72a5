/**
 * What the generated tests need per service: the operation modules of the built node, its contract, a contract
 * server that checks requests AND answers, and the node's credentials for it.
 */
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import type { Operation, Resource } from '../../nodes/shared/operation';
import type { ContractServer } from '../contract/server';
import { dubCredentials, startDubServer } from '../dub/dubServer';
import { lagoCredentials, startLagoServer } from '../lago/lagoServer';
import { notihubAuth, notihubCredentials, startNotihubServer } from '../notihub/notihubServer';
import { specs, type Spec } from './spec';

const { loadAll } = require('../../scripts/lib/operationModules.js') as {
	loadAll: () => Array<{
		service: keyof typeof specs;
		nodeType: string;
		source: string;
		resources: Resource[];
		oldResources: Array<{ name: string; value: string }>;
	}>;
};

export interface ServiceUnderTest {
	service: keyof typeof specs;
	nodeType: string;
	spec: Spec;
	/** Where the modules came from: `actions/index.js`, `actions/<resource>/index.js`, or `none`. */
	source: string;
	resources: Resource[];
	/** Resources of the node not (yet) described by operation modules: not covered by the generated tests. */
	oldResources: Array<{ name: string; value: string }>;
	start(): Promise<ContractServer>;
	credentials(server: ContractServer): Record<string, ICredentialDataDecryptedObject>;
	/** Answers what the node needs before the operation itself (Notihub's token exchange). */
	prepare(server: ContractServer): void;
	/** Requests that are the service's own plumbing, not the operation (Notihub's token exchange). */
	plumbing: string[];
}

const harness: Record<string, Pick<ServiceUnderTest, 'start' | 'credentials' | 'prepare' | 'plumbing'>> = {
	Dub: { start: () => startDubServer({ checkResponses: true }), credentials: dubCredentials, prepare: () => {}, plumbing: [] },
	Lago: { start: () => startLagoServer({ checkResponses: true }), credentials: lagoCredentials, prepare: () => {}, plumbing: [] },
	Notihub: {
		start: () => startNotihubServer({ checkResponses: true }),
		credentials: (server) => notihubCredentials(server),
		prepare: (server) => void notihubAuth(server),
		plumbing: ['createAccessToken'],
	},
};

export const services: ServiceUnderTest[] = loadAll().map((loaded) => ({
	...loaded,
	spec: specs[loaded.service],
	...harness[loaded.service],
}));

export interface OperationUnderTest {
	service: ServiceUnderTest;
	resource: Resource;
	operation: Operation;
	/** `Dub › customer › get (getCustomer)` */
	title: string;
}

export const operations: OperationUnderTest[] = services.flatMap((service) =>
	service.resources.flatMap((resource) =>
		resource.operations.map((operation) => ({
			service,
			resource,
			operation,
			title: `${service.service} › ${resource.value} › ${operation.value} (${operation.operationId})`,
		})),
	),
);

/** `Dub: modules for customer; not covered (old shape): link, partner` */
export function coverageNote(service: ServiceUnderTest) {
	const modules = service.resources.map((r) => r.value).join(', ') || 'none';
	const old = service.oldResources.map((r) => r.value).join(', ');
	return `${service.service}: operation modules for ${modules}${old ? `; not covered (old shape, no operation modules): ${old}` : ''}`;
}
