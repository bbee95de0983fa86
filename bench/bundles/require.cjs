// One measurement of `npm run bench:bundles`: requires one production bundle in this fresh Node
// process, as the extension host requires it, with a stand-in for `vscode`, and prints the
// milliseconds the require() took. The bundles re-export the API's namespace once (the build's
// oneVscodeNamespace), which copies its own keys, so the stand-in has every top-level name
// @types/vscode declares; each answers any property access, call or construction with itself,
// enough for what a bundle does while it loads (enum tables, classes that extend the API's).
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS script, which times require() itself */
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

const typesFile = require.resolve('@types/vscode/index.d.ts');
const names = new Set(fs.readFileSync(typesFile, 'utf8').match(/^\s{1,4}export (?:namespace|class|enum|const|function|let) (\w+)/gm).map((line) => line.trim().split(/\s+/)[2]));
const any = new Proxy(function standIn() {}, {
  get: (_target, key) => (key === 'prototype' ? {} : any),
  apply: () => any,
  construct: () => any,
});
const vscode = Object.fromEntries([...names].map((name) => [name, any]));
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};
const start = process.hrtime.bigint();
require(path.resolve(process.argv[2]));
console.log(Number(process.hrtime.bigint() - start) / 1e6);
