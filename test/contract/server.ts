/**
 * A local HTTP server that plays a vendor API, validating every request against the vendor's OpenAPI document. The
 * implementation lives in scripts/lib/contractServer.js, so that the sandbox of `npm run demo` (scripts/sandbox), which
 * runs without a TypeScript build, plays the same contracts.
 *
 * Tests register a handler per operationId that decides the answer (`server.on('getCustomer', ...)`), read
 * `server.calls(opId)` to see what arrived, and call `server.expectNoViolations()` after each test.
 */
export { ContractServer } from '../../scripts/lib/contractServer';
export type {
	ContractHandler,
	ContractRequest,
	ContractResponse,
	ContractServerOptions,
} from '../../scripts/lib/contractServer';
