// The bundles as one mechanism: every text a user sees has a message id, its English in
// l10n/bundle.l10n.json and its translation in l10n/bundle.l10n.<locale>.json. The compiler
// checks that every id written in the code exists (MessageId); these check the rest: that every
// language has exactly the English ids, that no id is left over, and that no text in a language
// other than English is written in the code itself.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBundle, shippedLocales } from './bundles';

const root = join(__dirname, '..', '..');

/** Every TypeScript source under src/, joined. */
function sources(): { file: string; text: string }[] {
  const dir = join(root, 'src');
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

describe('the message bundles (l10n/)', () => {
  const english = readBundle('en');
  const ids = Object.keys(english);
  const src = sources();

  it('ships Korean, and every language has exactly the English ids', () => {
    assert.ok(shippedLocales().includes('ko'));
    for (const locale of shippedLocales()) {
      const bundle = readBundle(locale);
      assert.deepEqual(ids.filter((id) => !(id in bundle)), [], `${locale} lacks these ids`);
      assert.deepEqual(Object.keys(bundle).filter((id) => !(id in english)), [], `${locale} has ids English does not`);
    }
  });

  it('holds no id that the code never uses', () => {
    const all = src.map((s) => s.text).join('\n');
    // Ids built at run time, as `kind.${kind}`: their prefixes as the code writes them.
    const prefixes = [...all.matchAll(/`([\w.-]+\.)\$\{/g)].map((m) => m[1]);
    assert.ok(prefixes.includes('rule.') && prefixes.includes('keyword.'), `found prefixes ${prefixes.join(', ')}`);
    const unused = ids.filter((id) => !all.includes(`'${id}'`) && !all.includes(`"${id}"`) && !prefixes.some((p) => id.startsWith(p)));
    assert.deepEqual(unused, []);
  });

  it('is the only place a translation lives: no Hangul in the code', () => {
    const hangul = /[\uAC00-\uD7A3\u1100-\u11FF\u3130-\u318F]/;
    assert.deepEqual(src.filter((s) => hangul.test(s.text)).map((s) => s.file), []);
  });

  it('leaves no English-worded message in the extension: every text goes through an id', () => {
    // `vscode.l10n.t('English')` was the extension's second mechanism; the Localizer replaced it.
    assert.deepEqual(src.filter((s) => /vscode\.l10n\.t\(/.test(s.text)).map((s) => s.file), []);
  });
});
