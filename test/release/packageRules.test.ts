/**
 * The package rules n8n checks (no runtime dependencies, only n8n-workflow as peer, no install scripts, an
 * `n8n-nodes-*` name, an author with an email) really run on package.json: `npm run lint` once parsed package.json
 * with a JSON-only parser, under which they silently did nothing. Each variant of this package's own package.json is
 * linted with the project's config and with n8n's scanner rules, and must fail both with the expected rule.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Record<string, any>;

const variants: Record<string, Record<string, unknown>> = {
	unchanged: manifest,
	runtimeDependency: { ...manifest, dependencies: { axios: '^1.12.0' } },
	extraPeerDependency: { ...manifest, peerDependencies: { ...manifest.peerDependencies, 'n8n-core': '*' } },
	postinstall: { ...manifest, scripts: { ...manifest.scripts, postinstall: 'node setup.js' } },
	wrongName: { ...manifest, name: 'customer-stack-nodes' },
	authorWithoutEmail: { ...manifest, author: { name: manifest.author.name } },
	missingKeyword: { ...manifest, keywords: manifest.keywords.filter((k: string) => k !== 'n8n-community-node-package') },
};

type Outcome = { lint: string[]; scan: { passed: boolean; details: string } };

describe('package.json rules', () => {
	let results: Record<string, Outcome>;

	beforeAll(() => {
		const stdout = execFileSync(process.execPath, [path.join(__dirname, 'lintPackageJson.mjs')], {
			input: JSON.stringify({ repoRoot, variants }),
			encoding: 'utf8',
			// Jest sets NODE_ENV=test, which switches eslint-plugin-n8n-nodes-base's package.json rules to its own
			// unit-test mode (they then look for a different AST and report nothing).
			env: { ...process.env, NODE_ENV: 'production' },
			maxBuffer: 16 * 1024 * 1024,
		});
		results = JSON.parse(stdout);
	}, 120000);

	it('pass on the package.json as it is', () => {
		expect(results.unchanged.lint).toEqual([]);
		expect(results.unchanged.scan).toEqual({ passed: true, details: '' });
	});

	it.each([
		['runtimeDependency', '@n8n/community-nodes/no-runtime-dependencies'],
		['extraPeerDependency', '@n8n/community-nodes/valid-peer-dependencies'],
		['postinstall', '@n8n/community-nodes/no-forbidden-lifecycle-scripts'],
		['wrongName', '@n8n/community-nodes/package-name-convention'],
		['authorWithoutEmail', '@n8n/community-nodes/valid-author'],
		['missingKeyword', 'n8n-nodes-base/community-package-json-keywords-without-official-tag'],
	])('catch %s: lint reports %s and the scanner fails', (variant, rule) => {
		expect(results[variant].lint).toContain(rule);
		expect(results[variant].scan.passed).toBe(false);
		expect(results[variant].scan.details).toContain(rule);
	});
});
