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
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
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
