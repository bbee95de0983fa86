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
  /** dist/extension.js, dist/views.js and dist/importers.js, joined. */
  let bundle = '';
  /** dist/extension.js alone: what activation loads. */
  let activation = '';
  /** dist/views.js alone: what the first preview or simulation loads. */
  let views = '';
  /** dist/importers.js alone: what the first import loads. */
  let importers = '';

  before(async () => {
    // As scripts/build.mjs builds it with --production (the VSIX's dist/extension.js), in memory.
    const result = await esbuild.build({
      entryPoints: { extension: join(root, 'src', 'extension', 'extension.ts'), views: join(root, 'src', 'extension', 'views.ts'), importers: join(root, 'src', 'extension', 'import', 'importing.ts') },
      outdir: join(root, 'dist'),
      bundle: true,
      minify: true,
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      external: ['vscode', './views', './importers'],
      write: false,
      logLevel: 'silent',
    });
    const text = (name: string): string => result.outputFiles.find((f) => f.path.endsWith(name))!.text;
    activation = text('extension.js');
    views = text('views.js');
    importers = text('importers.js');
    bundle = activation + views + importers;
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

  it('loads the importer on demand: neither activation nor the views hold the YAML and XML parsers', () => {
    assert.match(activation, /require\("\.\/importers(\.js)?"\)/);
    // Words of the yaml and fast-xml-parser packages (an option each), which only the importer uses.
    for (const word of ['maxAliasCount', 'ignoreAttributes']) {
      assert.ok(!activation.includes(word), `extension.js holds ${word}`);
      assert.ok(!views.includes(word), `views.js holds ${word}`);
      assert.ok(importers.includes(word), `importers.js lacks ${word}`);
    }
  });

  it('holds none of the test hooks', () => {
    assert.deepEqual(TEST_HOOKS.filter((hook) => bundle.includes(hook)), []);
  });
});
