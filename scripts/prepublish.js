'use strict';
/**
 * `prepublishOnly` guard: this package is published only by .github/workflows/publish.yml, on a version tag, so that
 * npm records a provenance statement (n8n requires one for verified community nodes from May 2026). A publish from
 * anywhere else stops here. (`publishConfig.provenance` makes npm itself refuse a publish outside a CI it can attest,
 * which also covers `npm publish --ignore-scripts`, and the project .npmrc does set ignore-scripts.)
 */
const problems = [];
if (process.env.GITHUB_ACTIONS !== 'true') problems.push('not running in GitHub Actions');
if (process.env.GITHUB_ACTIONS === 'true' && process.env.GITHUB_REF_TYPE !== 'tag') problems.push('not a tag build');
if (problems.length) {
	process.stderr.write(
		`Refusing to publish: ${problems.join(', ')}.\n` +
			'Releases are published by .github/workflows/publish.yml with npm provenance: update CHANGELOG.md and the ' +
			'version, commit, then push a tag such as 0.2.0.\n',
	);
	process.exit(1);
}
