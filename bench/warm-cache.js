/** Transpiles the test engine's TypeScript into the cache (see engine.js), so measured processes skip the compiler. */
require('./engine');
require('../test/engine/trigger.ts');
process.send?.({ type: 'result', result: true });
