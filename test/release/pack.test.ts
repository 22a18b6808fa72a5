/**
 * What `npm publish` ships: `npm pack --dry-run --json` lists the built nodes and credentials (every file the `n8n`
 * section of package.json names), their icons, README, LICENSE, CHANGELOG and package.json; and nothing of the
 * sources, tests, fixtures or build leftovers. `npm test` builds before jest runs.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..');

describe('the packed package', () => {
	let files: string[];

	beforeAll(() => {
		const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
			cwd: repoRoot,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		});
		files = (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0].files.map((f) => f.path);
	}, 60000);

	it('ships README, LICENSE, CHANGELOG and package.json at the top', () => {
		expect(files.filter((f) => !f.includes('/')).sort()).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json']);
	});

	it('ships only dist/ besides them', () => {
		expect(files.filter((f) => f.includes('/') && !f.startsWith('dist/'))).toEqual([]);
	});

	it('ships every node and credential n8n loads, and their icons', () => {
		const { n8n } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
		for (const file of [...n8n.nodes, ...n8n.credentials]) expect(files).toContain(file);
		expect(files.filter((f) => /^dist\/icons\/.+\.svg$/.test(f)).length).toBeGreaterThan(0);
	});

	it('ships no TypeScript sources, tests, fixtures or build state', () => {
		const unwanted = files.filter(
			(f) =>
				(/\.ts$/.test(f) && !/\.d\.ts$/.test(f)) ||
				/(^|\/)(test|tests|__tests__|fixtures|e2e|queue|sandbox|bench|scripts|examples)\//.test(f) ||
				/\.(test|spec|e2e|queue)\.(js|d\.ts|js\.map)$/.test(f) ||
				/\.tsbuildinfo$/.test(f) ||
				/\.tgz$/.test(f) ||
				/(^|\/)\.(npmrc|env|github|ci)/.test(f),
		);
		expect(unwanted).toEqual([]);
	});

	it('ships source maps only for shipped code', () => {
		for (const map of files.filter((f) => f.endsWith('.map'))) expect(files).toContain(map.replace(/\.map$/, ''));
	});
});
