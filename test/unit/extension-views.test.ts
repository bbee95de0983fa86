// The views (preview and simulation) load on demand: their commands and panel serializers are
// registered at activation as stubs read from package.json (src/extension/lazyViews.ts). This
// checks that the stubs and the views' own registrations name the same commands.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { viewCommandIds, viewTypes } from '../../src/extension/manifest';

const root = join(__dirname, '..', '..');
const manifest: unknown = JSON.parse(fs.readFileSync(join(root, 'package.json'), 'utf8'));

/** The command ids a folder of the extension registers, from its source. */
function registeredIn(folder: string): string[] {
  const dir = join(root, 'src', 'extension', folder);
  const ids: string[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = fs.readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(/(?:registerCommand|command)\(\s*'(virtstack\.[\w.]+)'/g)) ids.push(m[1]);
  }
  return ids;
}

describe('the views loaded on demand', () => {
  it('have a stub for every command they register, and register every command they have a stub for', () => {
    const stubs = viewCommandIds(manifest).sort();
    const registered = [...registeredIn('preview'), ...registeredIn('simulation'), ...registeredIn('import')].sort();
    assert.ok(stubs.length >= 10, `only ${stubs.length} view commands in package.json`);
    assert.deepEqual(stubs, registered);
  });

  it('revive the panels of exactly the webview types package.json activates on', () => {
    const declared = [...registeredViewTypes()].sort();
    assert.deepEqual(viewTypes(manifest).sort(), declared);
  });
});

/** The webview types the panel kinds declare. */
function registeredViewTypes(): Set<string> {
  const types = new Set<string>();
  for (const file of ['preview/preview.ts', 'simulation/panel.ts']) {
    const text = fs.readFileSync(join(root, 'src', 'extension', file), 'utf8');
    for (const m of text.matchAll(/viewType: '([\w.]+)'/g)) types.add(m[1]);
  }
  return types;
}
