import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const json = (f: string) => JSON.parse(readFileSync(join(root, f), 'utf8')) as Record<string, unknown>;

describe('package.nls', () => {
  const manifest = readFileSync(join(root, 'package.json'), 'utf8');
  const en = json('package.nls.json');
  const ko = json('package.nls.ko.json');

  it('defines every %key% that package.json uses', () => {
    const used = [...manifest.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]);
    assert.ok(used.length > 5);
    assert.deepEqual(used.filter((k) => !(k in en)), []);
  });

  it('has a Korean text for every English one', () => {
    assert.deepEqual(Object.keys(en).filter((k) => !(k in ko)), []);
    for (const [k, v] of Object.entries(ko)) if (k !== 'displayName' && k !== 'command.category' && k !== 'config.title') assert.match(String(v), /[가-힣]/, k);
  });
});
