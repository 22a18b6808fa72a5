'use strict';
/**
 * Runs once before the queue-mode files: what the end-to-end tests need (n8n and Node 24, the packed package), plus
 * PostgreSQL and Redis from the machine's packages (installed with apt-get on a fresh Debian CI machine).
 */
const e2eSetup = require('../e2e/globalSetup');
const { ensureServers } = require('../../scripts/lib/queue');

module.exports = async function globalSetup() {
	await e2eSetup();
	await ensureServers();
};
