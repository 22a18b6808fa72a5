import {
	NodeConnectionTypes,
	type IDisplayOptions,
	type IHttpRequestMethods,
	type IHttpRequestOptions,
	type INodeProperties,
	type INodePropertyOptions,
	type INodeTypeDescription,
	type PostReceiveAction,
	type PreSendAction,
} from 'n8n-workflow';

import type { PageWalk, RequestRunner, ServiceClient } from './client';
import { deletedRecord } from './output';
import { fillPath, pathPlaceholders, type PathParameter } from './paths';
import { numberFields, someFieldSet, validate, type RequestCheck } from './validation';

/** Everything about one operation of a vendor's API, in one module. */
export interface Operation {
	/** Shown in the Operation list, Title Case: "Get Many". */
	name: string;
	/** Stored in workflows: camelCase, stable. */
	value: string;
	/** What an AI agent and the actions panel read: "Get many customers". */
	action: string;
	description?: string;
	/** The vendor's `operationId` in its OpenAPI document (test/fixtures/specs). */
	operationId: string;
	method: IHttpRequestMethods;
	/** The path template; `{name}` is filled from the node parameter `name`, checked and encoded as one segment. */
	path: string;
	/** Labels and locator prefixes of path parameters; the label defaults to the field's display name. */
	pathParameters?: Record<string, Partial<PathParameter>>;
	/** The operation's fields; the builder adds resource and operation to their `displayOptions`. */
	fields?: INodeProperties[];
	/** Checks of the built request, run before anything is sent. Number fields are checked without being listed
	 * here (finite, within safe integers, the field's minValue/maxValue, whole when `numberPrecision: 0`). */
	checks?: RequestCheck[];
	/** An update: the collection (e.g. 'updateFields') of which at least one field must be set, or the update is
	 * refused before sending with "Nothing to update". */
	requireSomeOf?: string;
	/** Further request shaping, after the path and the checks. */
	preSend?: PreSendAction[];
	/** Makes the operation a list: Return All and Limit are added and the pages walked by the service client. */
	walk?: PageWalk;
	/** How the answer becomes items. */
	postReceive?: PostReceiveAction[];
	/** Replaces the client's single request or page walk (an update that reads the record first, for instance). */
	runner?: RequestRunner;
	/** Extra fixed request options (query parameters the API always needs, for instance). */
	request?: Partial<IHttpRequestOptions>;
}

export interface Resource {
	/** Shown in the Resource list, Title Case. */
	name: string;
	/** Stored in workflows: camelCase, stable. */
	value: string;
	description?: string;
	operations: Operation[];
	/** The operation selected when the resource is picked; by default Get Many (`getAll`) when it has one, else the first. */
	defaultOperation?: string;
}

export const defineOperation = (operation: Operation): Operation => operation;
export const defineResource = (resource: Resource): Resource => resource;

/** The "Return All" switch and the "Limit" it hides; the client's page walk reads both by these names. */
export function returnAllAndLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

/** Adds `show` conditions to a field's own display options. */
export function showOnlyFor(field: INodeProperties, show: IDisplayOptions['show']): INodeProperties {
	return { ...field, displayOptions: { ...field.displayOptions, show: { ...show, ...field.displayOptions?.show } } };
}

function pathLabels(operation: Operation): Record<string, PathParameter> {
	const labels: Record<string, PathParameter> = {};
	for (const name of pathPlaceholders(operation.path)) {
		const field = operation.fields?.find((f) => f.name === name);
		const given = operation.pathParameters?.[name];
		labels[name] = { ...given, label: given?.label ?? field?.displayName ?? name };
	}
	return labels;
}

/** The checks every operation gets from its description: at least one update field, sane numbers. */
function requiredFieldsOf(operation: Operation): RequestCheck[] {
	const checks: RequestCheck[] = [];
	if (operation.requireSomeOf) {
		const collection = operation.fields?.find((field) => field.name === operation.requireSomeOf);
		checks.push(someFieldSet(collection?.displayName ?? operation.requireSomeOf, operation.requireSomeOf));
	}
	const numbers = numberFields(operation.fields ?? []);
	if (numbers) checks.push(numbers);
	return checks;
}

/**
 * What the operation outputs: its own postReceive, or for a DELETE of one record (its path ends in a parameter) what
 * every delete of the package outputs, `{ "deleted": true, "id": <that parameter> }`.
 */
function postReceiveOf(operation: Operation): PostReceiveAction[] | undefined {
	if (operation.postReceive || operation.method !== 'DELETE') return operation.postReceive;
	const last = /\{(\w+)\}$/.exec(operation.path)?.[1];
	return last ? [deletedRecord(last)] : undefined;
}

/**
 * The Operation option of one module. Every operation sends through the service client: `send.paginate` makes
 * routing hand the request to `operations.pagination`, which is the client's single request, its page walk, or the
 * operation's own runner; so no operation can bypass timeouts, 429 handling or the vendor's errors.
 */
function operationOption(client: ServiceClient, operation: Operation): INodePropertyOptions {
	const all = [...requiredFieldsOf(operation), ...(operation.checks ?? [])];
	const checks = all.length ? [validate(...all)] : [];
	const runner = operation.runner ?? (operation.walk ? client.paginate(operation.walk) : client.send);
	const postReceive = postReceiveOf(operation);
	return {
		name: operation.name,
		value: operation.value,
		action: operation.action,
		...(operation.description ? { description: operation.description } : {}),
		routing: {
			request: { ...operation.request, method: operation.method, url: operation.path },
			send: {
				paginate: true,
				preSend: [fillPath(operation.path, pathLabels(operation)), ...checks, ...(operation.preSend ?? [])],
			},
			operations: { pagination: runner },
			...(postReceive ? { output: { postReceive } } : {}),
		},
	};
}

/** A resource's Operation selector and its operations' fields, each shown only for its own operation. */
export function resourceProperties(client: ServiceClient, resource: Resource): INodeProperties[] {
	const defaultOperation = resource.defaultOperation ?? (resource.operations.find((operation) => operation.value === 'getAll') ?? resource.operations[0]).value;
	const selector: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource.value] } },
		options: [...resource.operations]
			.sort((a, b) => a.name.localeCompare(b.name))
			.map((operation) => operationOption(client, operation)),
		default: defaultOperation,
	};
	const fields = resource.operations.flatMap((operation) => {
		const own = [...(operation.fields ?? [])];
		if (operation.walk) {
			// Return All and Limit go after the required fields and before the optional groups, as in n8n's own nodes.
			const firstGroup = own.findIndex((field) => field.type === 'collection' || field.type === 'fixedCollection');
			own.splice(firstGroup === -1 ? own.length : firstGroup, 0, ...returnAllAndLimit());
		}
		return own.map((field) => showOnlyFor(field, { resource: [resource.value], operation: [operation.value] }));
	});
	return [selector, ...fields];
}

/** A node's Resource selector followed by every resource's operations and fields. */
export function nodeProperties(client: ServiceClient, resources: Resource[], defaultResource?: string): INodeProperties[] {
	const defaultValue = defaultResource ?? resources[0].value;
	const selector: INodeProperties = {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [...resources]
			.sort((a, b) => a.name.localeCompare(b.name))
			.map((resource) => ({ name: resource.name, value: resource.value, ...(resource.description ? { description: resource.description } : {}) })),
		default: defaultValue,
	};
	return [selector, ...resources.flatMap((resource) => resourceProperties(client, resource))];
}


/**
 * What every node of the package says about itself: its name, version 1, its defaults. The icon and the subtitle stay
 * in the node's own description literal, where n8n's lint checks them (the icon files must exist).
 */
export function nodeIdentity(options: { name: string; displayName: string; group: 'transform' | 'trigger'; description: string }) {
	return {
		displayName: options.displayName,
		name: options.name,
		group: [options.group],
		version: 1,
		description: options.description,
		defaults: { name: options.displayName },
	};
}

/**
 * The description of a service's action node: one input and one output, the service's credential, its operations
 * routed through the service client and its resources' properties. The node's literal adds what n8n's lint looks
 * for there: icon, subtitle (`actionSubtitle`) and usableAsTool.
 */
/** The subtitle of an action node: "<operation>: <resource>". */
export const actionSubtitle = '={{$parameter["operation"] + ": " + $parameter["resource"]}}';

export function actionNodeDescription(options: {
	/** The node's name and the service's key: 'dub' (the credential is dubApi). */
	name: string;
	displayName: string;
	description: string;
	client: ServiceClient;
	resources: Resource[];
	defaultResource?: string;
}): Omit<INodeTypeDescription, 'icon' | 'subtitle' | 'usableAsTool'> {
	const { name, displayName, description, client } = options;
	return {
		...nodeIdentity({ name, displayName, group: 'transform', description }),
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: `${name}Api`, required: true }],
		requestDefaults: client.requestDefaults,
		properties: nodeProperties(client, options.resources, options.defaultResource),
	};
}
