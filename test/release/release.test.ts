/**
 * The release path: GitHub Actions workflows that parse and do what n8n requires (publish on a tag, with npm
 * provenance and an OIDC token), a publish guard that stops a publish outside GitHub Actions, and the files
 * n8n's verification asks for.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { load } from 'js-yaml';

const repoRoot = path.resolve(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');
const manifest = JSON.parse(read('package.json'));

type Step = { name?: string; uses?: string; run?: string; with?: Record<string, unknown> };
type Workflow = { on: Record<string, any>; jobs: Record<string, { permissions?: Record<string, string>; steps: Step[]; strategy?: any }> };

describe('release', () => {
	it('ci.yml lints, builds and runs the unit tests on Node 20, 22 and 24', () => {
		const ci = load(read('.github/workflows/ci.yml')) as Workflow;
		const [job] = Object.values(ci.jobs);
		expect(job.strategy.matrix.node).toEqual([20, 22, 24]);
		const runs = job.steps.map((s) => s.run ?? '');
		expect(runs).toEqual(expect.arrayContaining(['npm ci --no-audit --no-fund', 'npm run lint', 'npm run build', 'npm test']));
	});

	it('publish.yml publishes with provenance on a version tag, with id-token: write', () => {
		const publish = load(read('.github/workflows/publish.yml')) as Workflow;
		expect(publish.on.push.tags).toEqual(['*.*.*']);
		expect(publish.on.push.branches).toBeUndefined();
		const [job] = Object.values(publish.jobs);
		expect(job.permissions).toMatchObject({ 'id-token': 'write' });
		const runs = job.steps.map((s) => s.run ?? '');
		const test = runs.findIndex((r) => r === 'npm test');
		const release = runs.findIndex((r) => /^npm publish --provenance\b/.test(r));
		expect(test).toBeGreaterThan(-1);
		expect(release).toBeGreaterThan(test);
		expect(runs[release]).toContain('--ignore-scripts=false');
	});

	it('npm refuses a publish without provenance, and the prepublishOnly guard one outside GitHub Actions', () => {
		expect(manifest.publishConfig).toMatchObject({ provenance: true });
		expect(manifest.scripts.prepublishOnly).toBe('node scripts/prepublish.js');
		const guard = (env: Record<string, string>) => {
			const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_')));
			return spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'prepublish.js')], { env: { ...clean, ...env }, encoding: 'utf8' });
		};
		const local = guard({});
		expect(local.status).toBe(1);
		expect(local.stderr).toContain('Refusing to publish');
		expect(guard({ GITHUB_ACTIONS: 'true', GITHUB_REF_TYPE: 'branch' }).status).toBe(1);
		expect(guard({ GITHUB_ACTIONS: 'true', GITHUB_REF_TYPE: 'tag' }).status).toBe(0);
	});

	it('has an MIT licence, a changelog and an author with an email', () => {
		expect(manifest.license).toBe('MIT');
		expect(read('LICENSE')).toMatch(/^MIT License\n/);
		expect(read('CHANGELOG.md')).toMatch(/^# Changelog\n[\s\S]*keepachangelog\.com[\s\S]*## \[Unreleased\]/);
		expect(manifest.author.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
		expect(existsSync(path.join(repoRoot, 'README.md'))).toBe(true);
	});
});
