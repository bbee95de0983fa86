// `node:assert/strict` for the web run of the integration suite (scripts/build-tests.mjs aliases
// it here): the npm package `assert`, Node's assert for browsers, in its strict mode.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS shim by design
module.exports = require('assert').strict;
