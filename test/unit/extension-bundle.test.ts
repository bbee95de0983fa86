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
  'revealFromResults',
  'closeResults',
];

describe('the production bundle of the extension', function () {
  this.timeout(60_000);
  /** dist/extension.js and dist/views.js, joined. */
  let bundle = '';
  /** dist/extension.js alone: what activation loads. */
  let activation = '';

  before(async () => {
    // As scripts/build.mjs builds it with --production (the VSIX's dist/extension.js), in memory.
    const result = await esbuild.build({
      entryPoints: { extension: join(root, 'src', 'extension', 'extension.ts'), views: join(root, 'src', 'extension', 'views.ts') },
      outdir: join(root, 'dist'),
      bundle: true,
      minify: true,
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      external: ['vscode', './views'],
      write: false,
      logLevel: 'silent',
    });
    const text = (name: string): string => result.outputFiles.find((f) => f.path.endsWith(name))!.text;
    activation = text('extension.js');
    bundle = activation + text('views.js');
  });

  it('registers the commands users see (so a missing hook is not a missing bundle)', () => {
    for (const id of ['virtstack.preview.open', 'virtstack.simulation.run', 'virtstack.checkFile']) assert.ok(bundle.includes(id), id);
  });

  it('loads the views on demand: activation holds none of the preview\'s or the simulation\'s code', () => {
    assert.match(activation, /require\("\.\/views(\.js)?"\)/);
    // Words only the views' modules use, from the preview manager and the simulation service. (The
    // worker runner, 2 kB, is in extension.js: activation hands it to the views, see activation.ts.)
    for (const word of ['virtstack.previewFocus', 'virtstack.simulationRunning']) {
      assert.ok(!activation.includes(word), `extension.js holds ${word}`);
      assert.ok(bundle.includes(word), `views.js lacks ${word}`);
    }
  });

  it('holds none of the test hooks', () => {
    assert.deepEqual(TEST_HOOKS.filter((hook) => bundle.includes(hook)), []);
  });
});
