// The preview's build patches to mermaid (src/webview/preview/esbuild.mjs): that each finds the
// code of the mermaid version installed, and that the memoized sanitizeText returns exactly what
// the function as shipped returns, calling it once per text and configuration, and only for a
// configuration that can no longer change. The browser tests draw every picture with the patches
// in place (test/webview/preview.test.ts checks they are in the built page).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../harness/paths';

interface Patches {
  patchGetConfig(source: string): string | undefined;
  patchSanitizeText(source: string): string | undefined;
  SANITIZE_MARKER: string;
}

const load = async (): Promise<Patches> => (await import(pathToFileURL(path.join(repoRoot, 'src', 'webview', 'preview', 'esbuild.mjs')).href)) as Patches;

/** Every .mjs file of mermaid's published dist folder, with its text. */
function mermaidFiles(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.mjs')) out.push({ file: full, text: fs.readFileSync(full, 'utf8') });
    }
  };
  walk(path.join(repoRoot, 'node_modules', 'mermaid', 'dist'));
  return out;
}

/**
 * The patched sanitizeText around a stand-in for mermaid's: the stand-in's body is replaced by a
 * call to `shipped`, and the patched code runs as the bundle runs it (`__name` names functions).
 */
async function memoized(shipped: (text: unknown, config: unknown) => unknown): Promise<(text: unknown, config: unknown) => unknown> {
  const { patchSanitizeText } = await load();
  const standIn = 'var sanitizeText = /* @__PURE__ */ __name((text, config2) => {\n  return shipped(text, config2);\n}, "sanitizeText");';
  const patched = patchSanitizeText(standIn);
  assert.ok(patched !== undefined, 'the stand-in has mermaid\'s first line');
  // The bundle's own code, run as the bundle runs it.
  return new Function('shipped', '__name', `${patched}\nreturn sanitizeText;`)(shipped, (f: unknown) => f) as (text: unknown, config: unknown) => unknown;
}

describe('the preview\'s patches to mermaid', () => {
  it('each finds its code in exactly one file of the installed mermaid', async () => {
    const { patchGetConfig, patchSanitizeText } = await load();
    const files = mermaidFiles().filter((f) => !f.file.includes(`${path.sep}mermaid.esm`));
    const found = (patch: (s: string) => string | undefined) => files.filter((f) => patch(f.text) !== undefined).map((f) => path.basename(f.file));
    assert.equal(found(patchGetConfig).length, 1, `getConfig in ${found(patchGetConfig).join(', ')}`);
    assert.equal(found(patchSanitizeText).length, 1, `sanitizeText in ${found(patchSanitizeText).join(', ')}`);
  });

  it('leaves a source without mermaid\'s sanitizeText alone', async () => {
    const { patchSanitizeText } = await load();
    assert.equal(patchSanitizeText('var sanitizeText = (t) => t;'), undefined);
  });

  it('the memoized sanitizeText returns what the shipped one returns, on generated texts', async () => {
    // The stand-in is deterministic like DOMPurify, and distinct for every text and configuration.
    const shipped = (text: unknown, config: unknown): unknown => (typeof text === 'string' ? `${(config as { tag?: string })?.tag ?? '-'}:${text.replace(/</g, '&lt;')}` : text);
    const sanitize = await memoized(shipped);
    const frozen = Object.freeze({ tag: 'frozen' });
    const open = { tag: 'open' };
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = ['a', 'B', ' ', '<', '>', '&', '"', '<b>', '</b>', '<br>', '\u00a0', '\r', 'ü', '가'];
    for (let i = 0; i < 2_000; i++) {
      const text = Array.from({ length: Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      for (const config of [frozen, open, undefined]) {
        assert.equal(sanitize(text, config), shipped(text, config), JSON.stringify({ text, config }));
      }
    }
    for (const odd of [undefined, null, '', 42, ['<b>x</b>']]) assert.deepEqual(sanitize(odd, frozen), shipped(odd, frozen));
  });

  it('calls the shipped sanitizeText once per text under a frozen configuration, every time under one that may change', async () => {
    let calls = 0;
    const sanitize = await memoized((text) => {
      calls++;
      return text;
    });
    const frozen = Object.freeze({ securityLevel: 'strict' });
    for (let i = 0; i < 5; i++) sanitize('<b>VM web</b><br>8 vCPU', frozen);
    assert.equal(calls, 1, 'remembered under the frozen configuration');
    sanitize('<b>VM web</b><br>8 vCPU', Object.freeze({ securityLevel: 'strict' }));
    assert.equal(calls, 2, 'another configuration object is another key');
    const open = { securityLevel: 'strict' };
    for (let i = 0; i < 5; i++) sanitize('<b>VM web</b>', open);
    assert.equal(calls, 7, 'never remembered under a configuration that could change');
  });

  it('forgets its table when it reaches 4,096 texts, so a long session stays bounded', async () => {
    let calls = 0;
    const sanitize = await memoized((text) => {
      calls++;
      return text;
    });
    const frozen = Object.freeze({});
    for (let i = 0; i < 4_096; i++) sanitize(`label ${i}`, frozen);
    assert.equal(calls, 4_096);
    sanitize('label 1', frozen);
    assert.equal(calls, 4_096, 'still remembered at 4,096');
    sanitize('one more', frozen);
    sanitize('label 1', frozen);
    assert.equal(calls, 4_098, 'the full table was dropped for the 4,097th text');
  });
});
