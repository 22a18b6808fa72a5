/**
 * What an AI agent sees of every operation, generated from the built node descriptions (so it covers operations
 * added later without being edited): n8n offers each action node as a tool (`usableAsTool`), names the tool node
 * "<action> in <node>" and derives the tool's name and description from that (n8n-workflow's makeNodeName,
 * nodeNameToToolName, getToolDescriptionForNode, used here as n8n uses them), and makes "let the model decide"
 * parameters into the tool's arguments, named after their display names. test/e2e/agent.e2e.ts proves the same in a
 * running n8n with its AI Agent.
 */
import {
	NodeConnectionTypes,
	NodeHelpers,
	nodeNameToToolName,
	type INode,
	type INodeProperties,
	type INodePropertyCollection,
	type INodePropertyOptions,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { nodeTypeInstances } from '../engine';

/** OpenAI's function-calling protocol: a tool's name, and the longest description a tool may carry. */
const OPENAI_TOOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;
const OPENAI_TOOL_DESCRIPTION_MAX = 1024;
const ACTION_MAX = 80;

/**
 * Verbs an action may start with. An action is an instruction ("Get many invoices"); a new operation whose action
 * starts with a verb not listed here fails the test until the verb is added.
 */
const VERBS = new Set(
	(
		'Accept Activate Add Apply Approve Archive Assign Attach Ban Block Calculate Cancel Charge Check Claim Clone Close ' +
		'Complete Confirm Copy Count Create Deactivate Decline Delete Detach Disable Download Downgrade Duplicate Enable ' +
		'Estimate Export Extend Fetch Finalize Find Generate Get Import Invite Issue Link List Look Mark Merge Move Notify ' +
		'Pause Preview Publish Record Redeem Refresh Refund Regenerate Register Reject Remove Rename Renew Replace Report ' +
		'Resend Reset Restore Resume Retry Revoke Run Schedule Search Send Set Share Start Stop Submit Subscribe Sync ' +
		'Terminate Test Track Trigger Unarchive Unban Unblock Unlink Unsubscribe Update Upgrade Upload Upsert Validate ' +
		'Verify Void'
	).split(' '),
);

/** Words that keep their capital inside a sentence-case action: vendor and product names. Acronyms (URL, ID) pass too. */
const PROPER_NOUNS = new Set(
	'Dub Lago Notihub Stripe Shopify PayPal Adyen GoCardless Cashfree Moneyhash Anrok Avalara HubSpot Salesforce Xero NetSuite Netsuite QuickBooks Slack'.split(' '),
);

const isTrigger = (description: INodeTypeDescription) => description.group.includes('trigger');

const packageNodes = Object.entries(nodeTypeInstances).filter(([name]) => name !== 'testInput');
const actionNodes = packageNodes.filter(([, type]) => !isTrigger(type.description));

interface OperationCase {
	node: string;
	nodeType: INodeType;
	resource: { value: string; name: string };
	operation: INodePropertyOptions;
}

/** Every operation of every resource of every action node. */
const operations: OperationCase[] = actionNodes.flatMap(([node, nodeType]) => {
	const { properties } = nodeType.description;
	const resources = (properties.find((p) => p.name === 'resource')?.options ?? []) as INodePropertyOptions[];
	return resources.flatMap((resource) => {
		const selector = properties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource.value));
		return ((selector?.options ?? []) as INodePropertyOptions[]).map((operation) => ({
			node,
			nodeType,
			resource: { value: String(resource.value), name: resource.name },
			operation,
		}));
	});
});

const label = (c: OperationCase) => `${c.node} › ${c.resource.name} › ${c.operation.name}`;

/** The description of the tool variant n8n derives from a node with `usableAsTool` (n8n's convertNodeToAiTool). */
function toolVariant(description: INodeTypeDescription): INodeTypeDescription {
	return {
		...description,
		name: `${description.name}Tool`,
		displayName: `${description.displayName} Tool`,
		inputs: [],
		outputs: [NodeConnectionTypes.AiTool],
	};
}

/** The tool node n8n creates for an operation, as the editor names it, and the tool it becomes. */
function toolOf(c: OperationCase) {
	const description = toolVariant(c.nodeType.description);
	const parameters = { resource: c.resource.value, operation: String(c.operation.value) };
	const nodeName = NodeHelpers.makeNodeName(parameters, description);
	const node = { name: nodeName, parameters } as unknown as INode;
	return {
		nodeName,
		/** The name before n8n cuts it to 64 characters: cut, two tools could end up with the same name. */
		fullName: nodeName.replace(/[^a-zA-Z0-9_-]+/g, '_'),
		name: nodeNameToToolName(node),
		description: NodeHelpers.getToolDescriptionForNode(node, { description } as INodeType),
	};
}

/** Why an action does not read as an instruction an agent understands; empty when it does. */
function actionProblems(c: OperationCase): string[] {
	const action = c.operation.action;
	if (typeof action !== 'string' || !action.trim()) return ['has no action'];
	const problems: string[] = [];
	const [first, ...rest] = action.split(' ');
	if (!VERBS.has(first)) problems.push(`starts with "${first}", not a verb of VERBS`);
	const capitalised = rest.filter((word) => /^[A-Z][a-z]/.test(word) && !PROPER_NOUNS.has(word.replace(/[^A-Za-z]/g, '')));
	if (capitalised.length) problems.push(`is not in sentence case (${capitalised.join(', ')})`);
	if (/[.!?:;]$/.test(action)) problems.push('ends with punctuation');
	if (action.length > ACTION_MAX) problems.push(`is ${action.length} characters long (at most ${ACTION_MAX})`);
	if (action !== action.trim() || action.includes('  ')) problems.push('has stray spaces');
	// The resource's head noun ("Applied Coupon" → coupon), singular or plural.
	const noun = c.resource.name.split(' ').pop()!.toLowerCase().replace(/s$/, '');
	if (!action.toLowerCase().includes(noun)) problems.push(`does not mention the resource (${c.resource.name})`);
	return problems;
}

interface ShownField {
	path: string;
	field: INodeProperties;
	/**
	 * The argument name n8n gives the field when the model is to fill it ("let the model decide"): its display name,
	 * sanitised, after the index of each row of a fixed collection with several rows ("0_URL").
	 */
	argument: string;
}

/** Every field an operation shows, with the collections' and fixed collections' inner fields. */
function fieldsOf(c: OperationCase): ShownField[] {
	const shown = c.nodeType.description.properties.filter((p) => {
		const show = p.displayOptions?.show;
		if (p.name === 'resource' || p.name === 'operation') return false;
		return show?.resource?.includes(c.resource.value) && (!show.operation || show.operation.includes(c.operation.value));
	});
	const walk = (fields: INodeProperties[], prefix: string, rows: string[]): ShownField[] =>
		fields.flatMap((field) => {
			const path = `${prefix}${field.name}`;
			const here = { path, field, argument: argumentName([...rows, field.displayName].join('_'), rows.length) };
			const inner = (field.options ?? []) as Array<INodeProperties | INodePropertyCollection>;
			if (field.type === 'collection') return [here, ...walk(inner as INodeProperties[], `${path}.`, rows)];
			if (field.type === 'fixedCollection') {
				const inRows = field.typeOptions?.multipleValues ? [...rows, '0'] : rows;
				return [here, ...(inner as INodePropertyCollection[]).flatMap((group) => walk(group.values, `${path}.${group.name}.`, inRows))];
			}
			return [here];
		});
	return walk(shown, '', []);
}

/** n8n's editor: non-name characters become `_`, and the key is cut to 63 characters (from the end when nested). */
function argumentName(name: string, rows: number) {
	const sanitised = name.replace(/[^a-zA-Z0-9_-]+/g, '_');
	return rows > 1 ? sanitised.slice(-63) : sanitised.slice(0, 63);
}

/** What a number field's description (or hint) must say: its unit, or what it counts. */
const NUMBER_UNIT =
	/\b(cents?|percent|%|seconds?|minutes?|hours?|days?|weeks?|months?|years?|bytes?|characters?|pixels?|modules?|number of|how many|max(imum)? number|per|at most|count)\b|%/i;
/** What a date field's description (or hint) must say: its format or time zone. */
const DATE_FORMAT = /ISO 8601|UTC|time ?zone|YYYY-MM-DD|Unix|timestamp/i;

/** Parameters the editor cannot hand to the model. */
const notForTheModel = (field: INodeProperties) =>
	['options', 'credentialsSelect', 'notice', 'hidden', 'callout', 'collection', 'fixedCollection'].includes(field.type) ||
	field.noDataExpression === true;

describe('Tool surface: what an AI agent sees of every operation', () => {
	it('covers every action node and finds operations in each', () => {
		expect(actionNodes.length).toBeGreaterThan(0);
		for (const [node] of actionNodes) expect(operations.filter((c) => c.node === node).length).toBeGreaterThan(0);
	});

	it.each(packageNodes.map(([name, type]) => [name, type.description] as const))(
		'%s is usable as a tool exactly when it is an action node',
		(_name, description) => {
			expect(Boolean(description.usableAsTool)).toBe(!isTrigger(description));
		},
	);

	describe.each(operations.map((c) => [label(c), c] as const))('%s', (_label, c) => {
		it('has an action that reads as an instruction naming the resource', () => {
			expect(actionProblems(c)).toEqual([]);
		});

		it('becomes a tool whose name and description n8n and the OpenAI tool protocol accept', () => {
			const tool = toolOf(c);
			expect(tool.nodeName).toBe(`${c.operation.action} in ${c.nodeType.description.defaults.name}`);
			expect(tool.name).toMatch(OPENAI_TOOL_NAME);
			expect(tool.fullName).toBe(tool.name);
			expect(tool.description).toBe(tool.nodeName);
			expect(tool.description.length).toBeLessThanOrEqual(OPENAI_TOOL_DESCRIPTION_MAX);
		});

		it('labels every parameter, and says the unit or format of numbers and dates', () => {
			const fields = fieldsOf(c);
			const unlabelled = fields.filter(({ field }) => !field.displayName?.trim()).map(({ path }) => path);
			const saysNothing = (pattern: RegExp) => (f: ShownField) =>
				!pattern.test(`${f.field.description ?? ''} ${f.field.hint ?? ''}`);
			const numbers = fields.filter(({ field }) => field.type === 'number').filter(saysNothing(NUMBER_UNIT));
			const dates = fields
				.filter(({ field }) => field.type === 'dateTime' || (field.type === 'string' && /(Date|At|Time|Timestamp)$/.test(field.name)))
				.filter(saysNothing(DATE_FORMAT));
			expect({ unlabelled, numbersWithoutUnit: numbers.map((f) => f.path), datesWithoutFormat: dates.map((f) => f.path) }).toEqual({
				unlabelled: [],
				numbersWithoutUnit: [],
				datesWithoutFormat: [],
			});
		});

		it('gives each parameter the model can fill its own argument name', () => {
			const names = fieldsOf(c)
				.filter(({ field }) => !notForTheModel(field))
				.map(({ path, argument }) => [argument, path] as const);
			const clashes = names.filter(([name], i) => names.findIndex(([other]) => other === name) !== i);
			expect(clashes).toEqual([]);
			for (const [name] of names) expect(name).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
		});
	});

	it.each(actionNodes.map(([name]) => [name]))('%s: actions and tool names are unique within the node', (node) => {
		const ofNode = operations.filter((c) => c.node === node);
		const actions = ofNode.map((c) => c.operation.action);
		expect(actions.filter((a, i) => actions.indexOf(a) !== i)).toEqual([]);
		const names = ofNode.map((c) => toolOf(c).name);
		expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
	});
});

describe('the checks of the tool surface', () => {
	const base = operations.find((c) => c.node === 'dub' && c.resource.value === 'customer' && c.operation.value === 'get')!;
	const withAction = (action: string, resourceName = 'Customer') => ({
		...base,
		resource: { ...base.resource, name: resourceName },
		operation: { ...base.operation, action },
	});

	it.each([
		['Customer get', 'starts with "Customer", not a verb of VERBS'],
		['Get Many Customers', 'is not in sentence case (Many, Customers)'],
		['Get a customer.', 'ends with punctuation'],
		[`Get a customer ${'and more '.repeat(10)}`.trim(), 'is 104 characters long (at most 80)'],
		['Get an invoice', 'does not mention the resource (Customer)'],
	])('refuse "%s": %s', (action, problem) => {
		expect(actionProblems(withAction(action))).toContain(problem);
	});

	it('accept vendor names, acronyms and the head noun of a resource', () => {
		expect(actionProblems(withAction('Generate a checkout URL for a Dub customer'))).toEqual([]);
		expect(actionProblems(withAction('Remove a coupon from a customer', 'Applied Coupon'))).toEqual([]);
		expect(actionProblems(withAction('Get many partner applications', 'Partner Application'))).toEqual([]);
	});

	it('derive the tool name and description as n8n does', () => {
		expect(toolOf(base)).toEqual({
			nodeName: 'Get a customer in Dub',
			fullName: 'Get_a_customer_in_Dub',
			name: 'Get_a_customer_in_Dub',
			description: 'Get a customer in Dub',
		});
	});

	it('see a number without a unit and a date without a format', () => {
		expect(NUMBER_UNIT.test('Length of the random key')).toBe(false);
		expect(NUMBER_UNIT.test('Discount in cents')).toBe(true);
		expect(DATE_FORMAT.test('When the A/B test started')).toBe(false);
		expect(DATE_FORMAT.test('When the link expires, as an ISO 8601 date and time')).toBe(true);
	});
});
