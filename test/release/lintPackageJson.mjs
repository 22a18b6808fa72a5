/**
 * Lints package.json variants with the project's ESLint config (the one `npm run lint` uses) and with n8n's scanner
 * rules, each variant as `package.json` in a folder of its own, the way both meet the real file. Run by
 * packageRules.test.ts in a child process (ESLint loads its config with a dynamic import, which jest's module
 * sandbox does not allow). Reads `{ repoRoot, variants: { name: manifest } }` as JSON on stdin; prints
 * `{ name: { lint: [ruleId…], scan: { passed, details } } }`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const { repoRoot, variants } = JSON.parse(fs.readFileSync(0, 'utf8'));
const { ESLint } = await import(path.join(repoRoot, 'node_modules', 'eslint', 'lib', 'api.js'));
const { analyzePackage } = await import(
	path.join(repoRoot, 'node_modules', '@n8n', 'scan-community-package', 'scanner', 'scanner.mjs')
);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'package-rules-'));
const out = {};
try {
	for (const [name, manifest] of Object.entries(variants)) {
		const dir = path.join(work, name);
		fs.mkdirSync(dir);
		fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
		const eslint = new ESLint({ cwd: dir, overrideConfigFile: path.join(repoRoot, 'eslint.config.mjs') });
		const [result] = await eslint.lintFiles(['package.json']);
		const scan = await analyzePackage(dir, ['package.json']);
		out[name] = {
			lint: result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`),
			scan: { passed: scan.passed, details: scan.details ?? scan.message ?? '' },
		};
	}
} finally {
	fs.rmSync(work, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(out));
