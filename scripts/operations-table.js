#!/usr/bin/env node
// Prints the README's tables of resources, operations and trigger events from the BUILT node descriptions, so
// the README lists exactly what the nodes offer. test/readme.test.ts checks the README against this output.
const path = require('path');
const pkg = require('../package.json');

function load(file) {
	const exported = require(path.resolve(__dirname, '..', file));
	return Object.values(exported).map((Cls) => new Cls());
}

function operationsTable(description) {
	const resources = description.properties.find((p) => p.name === 'resource');
	const rows = ['| Resource | Operations |', '|---|---|'];
	for (const resource of resources.options) {
		const operation = description.properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource.value),
		);
		rows.push(`| ${resource.name} | ${operation.options.map((o) => o.name).join(', ')} |`);
	}
	return rows.join('\n');
}

function eventsTable(description) {
	const events = description.properties.find((p) => p.type === 'multiOptions' && /event/i.test(p.name));
	const rows = ['| Event | When it fires |', '|---|---|'];
	for (const option of events.options) {
		if (option.value === '*') continue;
		rows.push(`| \`${option.value}\` | ${option.description ?? option.name} |`);
	}
	return rows.join('\n');
}

function tables() {
	const out = {};
	for (const node of pkg.n8n.nodes.flatMap(load)) {
		const d = node.description;
		out[d.displayName] = d.webhooks ? eventsTable(d) : operationsTable(d);
	}
	return out;
}

/** Replaces each node's table in README.md (the first table after its `### <name>` heading). */
function writeReadme() {
	const fs = require('node:fs');
	const file = path.join(__dirname, '..', 'README.md');
	let readme = fs.readFileSync(file, 'utf8');
	for (const [name, table] of Object.entries(tables())) {
		const heading = `### ${name}\n`;
		const start = readme.indexOf(heading);
		if (start === -1) throw new Error(`README.md has no "${heading.trim()}" section`);
		const tableStart = readme.indexOf('\n|', start) + 1;
		let tableEnd = tableStart;
		while (readme.startsWith('|', tableEnd)) tableEnd = readme.indexOf('\n', tableEnd) + 1;
		readme = `${readme.slice(0, tableStart)}${table}\n${readme.slice(tableEnd)}`;
	}
	fs.writeFileSync(file, readme);
}

module.exports = { tables };

if (require.main === module) {
	if (process.argv.includes('--write')) writeReadme();
	else for (const [name, table] of Object.entries(tables())) console.log(`### ${name}\n\n${table}\n`);
}
