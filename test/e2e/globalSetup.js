'use strict';
/**
 * Runs once before the end-to-end files: provisions n8n and Node 24 (cached) and packs the built package, as
 * `npm publish` would ship it. `npm run test:e2e` builds first.
 */
const path = require('node:path');
const fs = require('node:fs');

const { packPackage } = require('../../scripts/lib/n8n');
const { ensureRuntime, repoRoot } = require('../../scripts/lib/runtime');
const { TARBALL_DIR } = require('./paths');

module.exports = async function globalSetup() {
	await ensureRuntime();
	const { n8n } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
	const missing = [...n8n.nodes, ...n8n.credentials].filter((file) => !fs.existsSync(path.join(repoRoot, file)));
	if (missing.length) throw new Error(`Not built: ${missing.join(', ')}. Run \`npm run build\` (npm run test:e2e does).`);
	fs.rmSync(TARBALL_DIR, { recursive: true, force: true });
	await packPackage(TARBALL_DIR);
};
