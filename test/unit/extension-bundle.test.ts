import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const root = join(__dirname, '..', '..');

/**
 * What the integration tests once reached through commands of the shipped extension. They now
 * read the extension's state through the API activate() returns (test/integration/api.ts), so
 * none of this may be in what ships.
 */
const TEST_HOOKS = [
  '_virtstack.preview.inspect',
  '_virtstack.preview.clickBlock',
  '_virtstack.preview.zoom',
  '_virtstack.preview.reloadAll',
  'virtstack.simulation.inspect',
  'clickBlock',
  'reloadAll',
];

describe('the production bundle of the extension', function () {
  this.timeout(60_000);
  let bundle = '';

  before(async () => {
    // As scripts/build.mjs builds it with --production (the VSIX's dist/extension.js), in memory.
    const result = await esbuild.build({
      entryPoints: [join(root, 'src', 'extension', 'extension.ts')],
      bundle: true,
      minify: true,
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      external: ['vscode'],
      write: false,
      logLevel: 'silent',
    });
    bundle = result.outputFiles[0].text;
  });

  it('registers the commands users see (so a missing hook is not a missing bundle)', () => {
    for (const id of ['virtstack.preview.open', 'virtstack.simulation.run', 'virtstack.checkFile']) assert.ok(bundle.includes(id), id);
  });

  it('holds none of the test hooks', () => {
    assert.deepEqual(TEST_HOOKS.filter((hook) => bundle.includes(hook)), []);
  });
});
