#!/usr/bin/env node
// The `virtstack` command (package.json `bin`): runs the built command line, dist/cli/virtstack.js.
// `npm ci` builds it (the `prepare` script); when it is missing all the same (`npm ci
// --ignore-scripts`, a clean), this builds it first, which takes about a second.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const cli = path.join(root, 'dist', 'cli', 'virtstack.js');
if (!fs.existsSync(cli)) {
  const { spawnSync } = require('node:child_process');
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--cli'], { cwd: root, stdio: 'pipe' });
  if (built.status !== 0 || !fs.existsSync(cli)) {
    process.stderr.write(String(built.stderr || ''));
    process.stderr.write('virtstack: dist/cli/virtstack.js is missing and could not be built; run `npm ci` (or `npm run build`) in ' + root + '\n');
    process.exit(2);
  }
}
require(cli);
