#!/usr/bin/env node
/**
 * `npm run scan`: n8n's community-package scanner (@n8n/scan-community-package, the gate for verified community
 * nodes), run offline. It reuses the scanner's own code (its ESLint rule set, `analyzePackage`, its file patterns and
 * its pinned plugin versions) on the two things it lints when it scans a published version:
 * - the source: here this checkout, with the scanner's source patterns (package.json, nodes/ and credentials/);
 * - the shipped package: the tarball `npm pack` makes from the current build, its compiled `.js` and package.json.
 * The scanner's other legs need the registry and a published version, and are skipped: the provenance check (a
 * version must carry an npm provenance statement: publish.yml publishes with `--provenance` from GitHub Actions) and
 * the download of the source at the attested commit (replaced by linting this checkout).
 * Exits 1 when either leg reports an error.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { analyzePackage, SOURCE_FILE_PATTERNS } from '@n8n/scan-community-package/scanner/scanner.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scannerVersion = JSON.parse(
	fs.readFileSync(path.join(repoRoot, 'node_modules', '@n8n', 'scan-community-package', 'package.json'), 'utf8'),
).version;

function packTarball(destination) {
	const result = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], {
		cwd: repoRoot,
		encoding: 'utf8',
	});
	if (result.status !== 0) throw new Error(`npm pack failed:\n${result.stderr}`);
	const [{ filename }] = JSON.parse(result.stdout);
	return path.join(destination, filename);
}

function extract(tarball, destination) {
	fs.mkdirSync(destination, { recursive: true });
	const result = spawnSync('tar', ['-xzf', tarball, '-C', destination, '--strip-components=1'], { encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`tar failed:\n${result.stderr}`);
	return destination;
}

function report(label, result) {
	console.log(`${result.passed ? '✅' : '❌'} ${label}${result.message ? `: ${result.message}` : ''}`);
	if (result.details) console.log(result.details);
}

const { n8n } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const notBuilt = [...n8n.nodes, ...n8n.credentials].filter((file) => !fs.existsSync(path.join(repoRoot, file)));
if (notBuilt.length) {
	console.error(`Not built: ${notBuilt.join(', ')}. Run \`npm run build\` first (npm test does).`);
	process.exit(1);
}

console.log(`n8n community-package scanner ${scannerVersion}, offline`);
console.log('⏭️  provenance check: skipped (needs a published version; publish.yml publishes with npm provenance)');
console.log('⏭️  source download at the attested commit: skipped (the source leg lints this checkout instead)');

const source = await analyzePackage(repoRoot, SOURCE_FILE_PATTERNS);
report(`source (${SOURCE_FILE_PATTERNS.join(', ')})`, source);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-scan-'));
let shipped;
try {
	const tarball = packTarball(work);
	const packageDir = extract(tarball, path.join(work, 'package'));
	shipped = await analyzePackage(packageDir, ['**/*.js', 'package.json']);
	report(`packed tarball ${path.basename(tarball)} (**/*.js, package.json)`, shipped);
} finally {
	fs.rmSync(work, { recursive: true, force: true });
}

if (!(source.passed && shipped.passed)) process.exit(1);
console.log('✅ no findings');
