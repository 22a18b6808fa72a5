'use strict';
const fs = require('node:fs');
const path = require('node:path');

const { repoRoot } = require('../../scripts/lib/runtime');

/** Where globalSetup leaves the packed package for the test files. */
const TARBALL_DIR = path.join(repoRoot, '.cache', 'e2e-package');

function packedTarball() {
	const [file] = fs.readdirSync(TARBALL_DIR).filter((f) => f.endsWith('.tgz'));
	if (!file) throw new Error(`No packed package in ${TARBALL_DIR}: globalSetup did not run`);
	return path.join(TARBALL_DIR, file);
}

module.exports = { TARBALL_DIR, packedTarball };
