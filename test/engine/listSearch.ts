/** Calls a node's `methods.listSearch` function the way the editor does: through n8n-core's LoadOptionsContext. */
import { LoadOptionsContext } from 'n8n-core';
import { Workflow, type ICredentialDataDecryptedObject, type INode, type INodeListSearchResult } from 'n8n-workflow';

import { additionalDataFor, nodeTypeInstances, nodeTypes, TestCredentialsHelper } from './index';

export async function runListSearch(options: {
	type: string;
	method: string;
	credentials: Record<string, ICredentialDataDecryptedObject>;
	parameters?: Record<string, unknown>;
	filter?: string;
	paginationToken?: string;
}): Promise<INodeListSearchResult> {
	const nodeType = nodeTypeInstances[options.type];
	const credentialName = nodeType.description.credentials?.[0]?.name;
	const node: INode = {
		id: 'list-search',
		name: 'Node Under Test',
		type: `n8n-nodes-customer-stack.${options.type}`,
		typeVersion: 1,
		position: [0, 0],
		parameters: (options.parameters ?? {}) as INode['parameters'],
		credentials: credentialName ? { [credentialName]: { id: 'cred-1', name: 'Test credential' } } : undefined,
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const context = new LoadOptionsContext(workflow, node, additionalDataFor(new TestCredentialsHelper({ ...options.credentials })), '');
	const search = nodeType.methods?.listSearch?.[options.method];
	if (!search) throw new Error(`${options.type} has no list search ${options.method}`);
	return await search.call(context, options.filter, options.paginationToken);
}
