// Compiles the integration suite, its runners and the harness to CommonJS in out/test/.
// The suite must be plain JS because VS Code's extension host loads it with require();
// files are transpiled one by one (no bundling) so mocha and vscode resolve at run time.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';

const folders = ['test/integration', 'test/runners', 'test/harness'];
const entryPoints = folders.flatMap((dir) =>
  fs
    .readdirSync(dir, { recursive: true })
    // webIndex.ts is the web run's entry, bundled below.
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && f !== 'webIndex.ts')
    .map((f) => path.join(dir, f)),
);

// A test file deleted from test/integration must not live on as a stale .test.js that the suite still loads.
fs.rmSync('out/test', { recursive: true, force: true });
await esbuild.build({
  entryPoints,
  outbase: 'test',
  outdir: 'out/test',
  bundle: false,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'warning',
});

// The web run (test/runners/code-server.ts --web): the same test files, bundled for the web worker
// extension host, which cannot require() files. The suite must sit inside the extension's folder
// for the workbench to run it in the host of the extension (docs/testing.md).
const integrationTests = fs.readdirSync('test/integration').filter((f) => f.endsWith('.test.ts')).sort();
/** @type {import('esbuild').Plugin} */
const testFileList = {
  name: 'virtstack-integration-tests',
  setup(build) {
    build.onResolve({ filter: /^virtstack:integration-tests$/ }, () => ({ path: 'tests', namespace: 'virtstack-tests' }));
    build.onLoad({ filter: /.*/, namespace: 'virtstack-tests' }, () => ({
      resolveDir: path.resolve('test/integration'),
      loader: 'js',
      contents: `export function loadTestFiles() {\n${integrationTests.map((f) => `  require(${JSON.stringify(`./${f}`)});`).join('\n')}\n}\n`,
    }));
  },
};
await esbuild.build({
  entryPoints: { index: 'test/integration/webIndex.ts' },
  outdir: 'out/test/web',
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
  plugins: [testFileList],
  // Node's assert, in its browser edition (the npm package `assert`), for the tests' `node:assert/strict`.
  alias: { 'node:assert/strict': path.resolve('test/integration/webAssert.cjs') },
  // What the browser `assert` and its `util` read of Node's process; nothing of the extension's own code is built here.
  define: { 'process.env.NODE_DEBUG': 'undefined', 'process.env.NODE_ENV': '"test"' },
  sourcemap: 'inline',
  logLevel: 'warning',
});
