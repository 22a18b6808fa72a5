/**
 * The package in n8n's editor, in Chromium driven by Playwright: signed in as the owner, the nodes panel finds every
 * node of the package with its icon (not the "?" n8n shows for a missing one), its trigger and its actions grouped by
 * resource; opening a node shows its icon, its resources and its operations. Expectations come from the built node
 * descriptions. Screenshots go to test-artifacts/editor/ (git-ignored); docs/editor.png is a copy of one of them.
 *
 * playwright-core and Chromium are provisioned by scripts/lib/browser.js (not project dependencies), so their types
 * are not available here: pages and locators are typed loosely.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

import type { INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';

import { ensureBrowser } from '../../scripts/lib/browser';
import { repoRoot } from '../../scripts/lib/runtime';
import { N8nInstance, OWNER, PACKAGE_NAME, packageN8nSection } from './helpers';

type Page = any;
type Locator = any;

const ARTIFACTS = join(repoRoot, 'test-artifacts', 'editor');
const TIMEOUT = 30000;

interface BuiltNode {
	file: string;
	description: INodeTypeDescription;
}

function built(file: string): BuiltNode {
	const [NodeClass] = Object.values(require(join(repoRoot, file)) as Record<string, new () => { description: INodeTypeDescription }>);
	return { file, description: new NodeClass().description };
}

const nodes = packageN8nSection().nodes.map(built);
const isTrigger = (node: BuiltNode) => node.description.group.includes('trigger');

/** The panel merges a package's action node and its "<Name> Trigger" into one entry named like the action node. */
const entries = nodes
	.filter((node) => !isTrigger(node))
	.map((action) => ({
		name: action.description.displayName,
		action,
		trigger: nodes.find((node) => isTrigger(node) && node.description.displayName === `${action.description.displayName} Trigger`),
	}));

/** The action each node is opened with (resource, operation); Dub's is the README's screenshot. */
const OPENED: Record<string, [string, string]> = {
	Dub: ['link', 'create'],
	Lago: ['event', 'send'],
	Notihub: ['message', 'send'],
};

const options = (property: INodeProperties | undefined) => (property?.options ?? []) as INodePropertyOptions[];

function resourcesOf({ description }: BuiltNode) {
	return options(description.properties.find((p) => p.name === 'resource')).map((resource) => ({
		value: String(resource.value),
		name: resource.name,
		operations: options(
			description.properties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource.value)),
		),
	}));
}

/** Where n8n serves a node's (light) icon from: /icons/<package>/<path of the file in the package>. */
function iconUrl({ file, description }: BuiltNode) {
	const icon = typeof description.icon === 'object' ? description.icon.light : description.icon;
	const iconFile = resolve(dirname(join(repoRoot, file)), String(icon).replace(/^file:/, ''));
	return `/icons/${PACKAGE_NAME}/${relative(repoRoot, iconFile)}`;
}

/** Polls `read` until it returns `expected` (the editor filters and renders lists after a debounce). */
async function settled<T>(read: () => Promise<T>, expected: T, timeoutMs = 10000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	let last = await read();
	while (!isDeepStrictEqual(last, expected) && Date.now() < deadline) {
		await new Promise((r) => setTimeout(r, 250));
		last = await read();
	}
	return last;
}

/** The icon inside `scope`: its image's address, whether it loaded, and the icon's text ("?" when n8n has none). */
async function iconIn(scope: Locator) {
	const icon = scope.locator('.n8n-node-icon').first();
	await icon.waitFor({ timeout: TIMEOUT });
	return await icon.evaluate(async (element: any) => {
		const img = element.querySelector('img');
		// The panel renders the <img> before the SVG arrives: wait for it to load or fail (bounded).
		if (img && !img.complete) {
			await new Promise((resolve) => {
				img.addEventListener('load', resolve, { once: true });
				img.addEventListener('error', resolve, { once: true });
				setTimeout(resolve, 10_000);
			});
		}
		return {
			src: img?.getAttribute('src') ?? null,
			loaded: Boolean(img?.complete && img.naturalWidth > 0),
			text: element.textContent.trim(),
		};
	});
}

describe('the package in n8n’s editor (Chromium)', () => {
	let n8n: N8nInstance;
	let browser: any;
	let page: Page;
	let baseUrl: string;

	/** A screenshot once the nodes panel has slid away (unless it is the subject), dropdowns closed, nothing focused or hovered. */
	async function shot(name: string, { nodesPanel = false } = {}) {
		if (!nodesPanel) await page.getByTestId('node-creator').waitFor({ state: 'hidden' });
		await page.getByTestId('parameter-input-item').filter({ visible: true }).first().waitFor({ state: 'hidden' });
		// A field keeps its focus ring after its dropdown closed (and takes the focus back while the dropdown fades
		// out): clicks on the form's margin take it away.
		const inputFocused = () => page.evaluate(() => (globalThis as any).document.activeElement?.tagName === 'INPUT');
		const ndvOpen = await page.getByTestId('ndv').isVisible();
		for (let attempt = 0; ndvOpen && attempt < 10 && (await inputFocused()); attempt++) {
			await page.getByTestId('node-parameters').click({ position: { x: 5, y: 5 } });
			await new Promise((r) => setTimeout(r, 200));
		}
		await page.mouse.move(0, 0);
		await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
	}

	/**
	 * An empty canvas. Loading the editor takes seconds, so one new workflow is emptied between tests (the panel
	 * shows triggers first on an empty canvas, as for a new workflow).
	 */
	async function emptyCanvas() {
		if (!new URL(page.url()).pathname.startsWith('/workflow/')) {
			await page.goto(`${baseUrl}/workflow/new`);
			return;
		}
		if (await page.getByTestId('ndv').isVisible()) await page.getByTestId('ndv-close-button').click();
		await page.getByTestId('canvas-wrapper').click({ position: { x: 30, y: 30 } });
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.press('Delete');
		await page.getByTestId('canvas-node').first().waitFor({ state: 'detached' });
	}

	/** The nodes panel on an empty canvas, searched for `query`. */
	async function searchNodesPanel(query: string) {
		await emptyCanvas();
		await page.getByTestId('node-creator-plus-button').click();
		await page.getByTestId('node-creator-search-bar').fill(query);
		return page.getByTestId('node-creator');
	}

	const entryIn = (panel: Locator, name: string) =>
		panel
			.getByTestId('item-iterator-item')
			.filter({ has: page.getByTestId('node-creator-item-name').getByText(name, { exact: true }) });

	/** The items the details panel lists under "Actions (n)": `{ heading: [action, …] }`. */
	async function listedActions(panel: Locator) {
		const rows: Array<{ name: string | null; text: string }> = await panel.getByTestId('item-iterator-item').evaluateAll((items: any[]) =>
			items.map((item) => ({
				name: item.querySelector('[data-test-id="node-creator-item-name"]')?.textContent.trim() ?? null,
				text: item.textContent.trim(),
			})),
		);
		const groups: Record<string, string[]> = {};
		let heading: string | undefined;
		for (const row of rows) {
			if (row.name === null && / actions$/i.test(row.text)) groups[(heading = row.text.toLowerCase())] = [];
			else if (heading && row.name !== null) groups[heading].push(row.name);
		}
		return groups;
	}

	beforeAll(async () => {
		// In CI the first call installs Chromium with apt-get: minutes, not seconds.
		const [{ playwright, executablePath, args }, instance] = await Promise.all([
			ensureBrowser(),
			new N8nInstance().install(),
		]);
		n8n = instance;
		baseUrl = (await n8n.start()).url;
		rmSync(ARTIFACTS, { recursive: true, force: true });
		mkdirSync(ARTIFACTS, { recursive: true });
		playwright.selectors.setTestIdAttribute('data-test-id');
		browser = await playwright.chromium.launch({ executablePath, args });
		page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		page.setDefaultTimeout(TIMEOUT);
		// Leaving an unsaved workflow asks for confirmation.
		page.on('dialog', (dialog: any) => void dialog.accept());
	}, 600000);
	afterAll(async () => {
		await browser?.close();
		await n8n?.stop();
		n8n?.remove();
	});

	it('covers every node the package lists', () => {
		expect(nodes.map((node) => node.description.displayName).sort()).toEqual(
			entries.flatMap((entry) => (entry.trigger ? [entry.name, entry.trigger.description.displayName] : [entry.name])).sort(),
		);
		expect(Object.keys(OPENED).sort()).toEqual(entries.map((entry) => entry.name).sort());
	});

	it('signs in with the owner account', async () => {
		await page.goto(`${baseUrl}/signin`);
		await page.getByTestId('emailOrLdapLoginId').locator('input').fill(OWNER.email);
		await page.getByTestId('password').locator('input').fill(OWNER.password);
		await page.getByTestId('form-submit-button').click();
		await page.waitForURL('**/home/workflows');
		expect(new URL(page.url()).pathname).toBe('/home/workflows');
	});

	describe.each(entries)('$name', ({ name, action, trigger }) => {
		it('is in the nodes panel with its icon, its trigger and its actions by resource', async () => {
			const panel = await searchNodesPanel(name);
			const entry = entryIn(panel, name);
			await entry.waitFor();

			expect(await iconIn(entry)).toEqual({ src: iconUrl(action), loaded: true, text: '' });
			expect(await entry.getByTestId('node-creator-item-description').textContent()).toBe(
				(trigger ?? action).description.description,
			);

			await entry.click();
			const categories = panel.getByTestId('node-creator-category-item');
			const resources = resourcesOf(action);
			const operationCount = resources.reduce((sum, r) => sum + r.operations.length, 0);
			await categories.filter({ hasText: `Actions (${operationCount})` }).waitFor();
			if (trigger) {
				// Listed under "Triggers (n)"; a package without a trigger gets n8n's suggestions and a notice instead.
				expect(await panel.getByTestId('actions-panel-no-triggers-callout').count()).toBe(0);
				expect(await categories.filter({ hasText: /^\s*Triggers \(\d+\)/ }).count()).toBe(1);
			} else {
				await panel.getByTestId('actions-panel-no-triggers-callout').waitFor();
			}
			const expected = Object.fromEntries(
				resources.map((r) => [`${r.name} actions`.toLowerCase(), r.operations.map((o) => String(o.action))]),
			);
			if (Object.keys(await listedActions(panel)).length === 0) {
				await categories.filter({ hasText: 'Actions (' }).click();
			}
			expect(await settled(() => listedActions(panel), expected)).toEqual(expected);
			await shot(`${name}-nodes-panel`, { nodesPanel: true });
		});

		it('opens with its icon, its resources and the chosen resource’s operations', async () => {
			const [resourceValue, operationValue] = OPENED[name];
			const resource = resourcesOf(action).find((r) => r.value === resourceValue)!;
			const operation = resource.operations.find((o) => o.value === operationValue)!;
			const panel = await searchNodesPanel(name);
			await entryIn(panel, name).click();
			const actions = panel.getByTestId('node-creator-category-item').filter({ hasText: 'Actions (' });
			const item = panel.getByTestId('item-iterator-item').filter({ hasText: String(operation.action) }).first();
			if (!(await item.isVisible())) await actions.click();
			await item.click();

			const ndv = page.getByTestId('ndv');
			await ndv.waitFor();
			expect(await iconIn(ndv.locator('header'))).toEqual({ src: iconUrl(action), loaded: true, text: '' });
			expect(await page.getByTestId('parameter-input-resource').locator('input').inputValue()).toBe(resource.name);
			expect(await page.getByTestId('parameter-input-operation').locator('input').inputValue()).toBe(operation.name);

			/** The options a parameter's dropdown shows, without the "Custom API Call" n8n adds to every one. */
			const dropdown = async (parameter: string, expected: string[]) => {
				await page.getByTestId(`parameter-input-${parameter}`).click();
				const listed = page.getByTestId('parameter-input-item').filter({ visible: true }).locator('.option-headline');
				const shown = await settled(
					async () => (await listed.allTextContents()).filter((t: string) => t !== 'Custom API Call'),
					expected,
				);
				await page.keyboard.press('Escape');
				return shown;
			};
			const resourceNames = resourcesOf(action).map((r) => r.name);
			expect(await dropdown('resource', resourceNames)).toEqual(resourceNames);
			const operationNames = resource.operations.map((o) => o.name);
			expect(await dropdown('operation', operationNames)).toEqual(operationNames);
			await shot(`${name}-node`);

			await page.getByTestId('ndv-close-button').click();
			const canvasNode = page.getByTestId('canvas-node').filter({ hasText: String(operation.action) });
			expect(await iconIn(canvasNode)).toEqual({ src: iconUrl(action), loaded: true, text: '' });
			await shot(`${name}-canvas`);
		});

		if (trigger) {
			it(`opens ${trigger.description.displayName} with its icon and its parameters`, async () => {
				const panel = await searchNodesPanel(name);
				await entryIn(panel, name).click();
				const triggers = panel.getByTestId('node-creator-category-item').filter({ hasText: 'Triggers (' });
				await triggers.waitFor();
				// Headings and items, in the order shown: the trigger items follow "Triggers (n)".
				const rows = panel
					.locator('[data-test-id="node-creator-category-item"], [data-test-id="item-iterator-item"]')
					.filter({ visible: true });
				const texts: string[] = (await rows.allTextContents()).map((t: string) => t.trim());
				const first = texts.findIndex((t) => /^Triggers \(/.test(t)) + 1;
				expect(first).toBeGreaterThan(0);
				await rows.nth(first).click();

				const ndv = page.getByTestId('ndv');
				await ndv.waitFor();
				expect(await iconIn(ndv.locator('header'))).toEqual({ src: iconUrl(trigger), loaded: true, text: '' });
				const labels = trigger.description.properties
					.filter((p) => !p.displayOptions && p.type !== 'hidden' && p.type !== 'notice')
					.map((p) => p.displayName);
				const shown = await settled(async () => {
					const all: string[] = await page.getByTestId('node-parameters').getByTestId('input-label').allTextContents();
					return labels.filter((label) => all.some((text) => text.trim().startsWith(label)));
				}, labels);
				expect(shown).toEqual(labels);
				await shot(`${trigger.description.displayName}-node`);

				await page.getByTestId('ndv-close-button').click();
				const canvasNode = page.getByTestId('canvas-node').first();
				expect(await iconIn(canvasNode)).toEqual({ src: iconUrl(trigger), loaded: true, text: '' });
			});
		}
	});
});
