/**
 * Mirrors n8n's CredentialsTester for credentials tested "via request instructions": the credential's
 * `test.request` runs through RoutingNode as a property of a copy of the first node that uses the credential
 * (so that node's requestDefaults apply), and `rules` map error status codes to the messages the user sees.
 */
import { ExecuteContext, RoutingNode } from 'n8n-core';
import {
	Workflow,
	createRunExecutionData,
	type ICredentialDataDecryptedObject,
	type INode,
	type INodeType,
	type INodeTypes,
} from 'n8n-workflow';

import { additionalDataFor, credentialTypes, nodeTypeInstances, TestCredentialsHelper } from './index';

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
}

export async function testCredential(type: string, data: ICredentialDataDecryptedObject): Promise<CredentialTestResult> {
	const test = credentialTypes[type]?.test;
	if (!test) return { status: 'Error', message: 'No testing function found for this credential.' };
	const nodeType = Object.values(nodeTypeInstances).find((n) => n.description.credentials?.some((c) => c.name === type));
	if (!nodeType) throw new Error(`No node uses ${type}`);

	const copy: INodeType = {
		description: {
			...nodeType.description,
			credentials: [{ name: type, required: true }],
			properties: [{ displayName: 'Temp', name: 'temp', type: 'string', routing: { request: test.request }, default: '' }],
		},
	};
	const node: INode = {
		id: 'temp',
		name: 'Temp-Node',
		type: copy.description.name,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { [type]: { id: 'cred-1', name: 'Test credential' } },
	};
	const mockTypes: INodeTypes = {
		getByName: () => copy,
		getByNameAndVersion: () => copy,
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: mockTypes });
	const helper = new TestCredentialsHelper({ [type]: data });
	const context = new ExecuteContext(
		workflow,
		node,
		additionalDataFor(helper),
		'internal',
		createRunExecutionData(),
		0,
		[],
		{ main: [[{ json: {} }]] },
		{ node, data: {}, source: null },
		[],
	);
	const credentialsDecrypted = { id: 'cred-1', name: 'Test credential', type, data };
	try {
		await new RoutingNode(context, copy, credentialsDecrypted).runNode();
	} catch (error) {
		const response = error.cause?.response;
		if (response) {
			for (const rule of test.rules ?? []) {
				if (rule.type === 'responseCode' && response.status === rule.properties.value) {
					return { status: 'Error', message: rule.properties.message };
				}
			}
			return { status: 'Error', message: response.statusText || `Received HTTP status code: ${response.status}` };
		}
		if (error.cause?.code) return { status: 'Error', message: error.cause.code };
		return { status: 'Error', message: String(error.message) };
	}
	return { status: 'OK', message: 'Connection successful!' };
}
