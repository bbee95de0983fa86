import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
// Messages are written `l10n.t('…')`, or `t('…')` where a translator is passed in, so that they can be found.
const CALL = /\b(?:l10n\.t|t)\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g;

/** Every literal message the extension hands to vscode.l10n. */
function l10nStrings(dir: string): string[] {
  const out = new Set<string>();
  for (const file of readdirSync(dir, { recursive: true }).map(String)) {
    if (!file.endsWith('.ts')) continue;
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(CALL)) out.add((m[1] ?? m[2]).replace(/\\(.)/g, '$1'));
  }
  return [...out];
}

const placeholders = (s: string) => [...new Set(s.match(/\{\d+\}/g) ?? [])].sort().join(' ');

describe('Korean bundle (l10n/bundle.l10n.ko.json)', () => {
  const strings = l10nStrings(join(root, 'src', 'extension'));
  // Entries keyed by message id belong to the core's mechanism (test/unit/services/texts.test.ts).
  const ids = JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, string>;
  const ko = Object.fromEntries(Object.entries(JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.ko.json'), 'utf8')) as Record<string, string>).filter(([k]) => !(k in ids)));

  it('finds the extension’s messages', () => {
    assert.ok(strings.length > 100, `${strings.length} messages`);
  });

  it('translates every message the extension shows', () => {
    assert.deepEqual(strings.filter((s) => !(s in ko)), []);
  });

  it('keeps the placeholders of every message', () => {
    for (const [en, text] of Object.entries(ko)) assert.equal(placeholders(text), placeholders(en), en);
  });

  it('holds no stale entries', () => {
    assert.deepEqual(Object.keys(ko).filter((k) => !strings.includes(k)), []);
  });
});
