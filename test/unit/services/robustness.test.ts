import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import type { Span } from '../../../src/core/diagnostics';
import { complete } from '../../../src/core/services/completion/completion';
import { definition } from '../../../src/core/services/navigation/navigation';
import { applyEdits, lostComments } from '../../../src/core/services/textEdits';
import { foldingRanges } from '../../../src/core/services/outline/outline';
import { hover } from '../../../src/core/services/hover/hover';
import { quickFixes } from '../../../src/core/services/quickFixes/quickFixes';
import { references } from '../../../src/core/services/navigation/navigation';
import { prepareRename, rename } from '../../../src/core/services/navigation/navigation';
import { selectionRanges } from '../../../src/core/services/outline/outline';
import { documentSymbols, type SymbolData } from '../../../src/core/services/outline/outline';
import { excerpt } from '../fuzz/check';
import { mutate, statementSoup, tokenSoup } from '../fuzz/inputs';
import { caseSeed, mulberry32, type Random } from '../fuzz/prng';
import { ENGLISH, KOREAN } from '../bundles';

const dir = join(__dirname, '../../../examples');
const examples = readdirSync(dir).filter((f) => f.endsWith('.virt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
const RUN_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) >>> 0 : 0x5e41_1ce5;

/** Every service at a few offsets of one text: nothing throws, every span lies in the text. */
function exercise(text: string, rng: Random, label: string): void {
  const a = analyze(text);
  const inside = (s: Span, what: string): void => {
    if (!(0 <= s.start && s.start <= s.end && s.end <= text.length)) assert.fail(`${what} span [${s.start}, ${s.end}) outside ${text.length} chars on ${label}\ninput: ${excerpt(text)}`);
  };
  try {
    const visit = (list: readonly SymbolData[]): void => list.forEach((s) => (inside(s, 'symbol'), inside({ start: s.selectionStart, end: s.selectionEnd }, 'symbol selection'), visit(s.children)));
    visit(documentSymbols(a, ENGLISH));
    for (const f of foldingRanges(a, text)) inside(f, 'folding');
    for (let i = 0; i < 4; i++) {
      const offset = rng.int(text.length + 1);
      const c = complete(a, text, offset, { l10n: rng.chance(0.5) ? ENGLISH : KOREAN, triggerCharacter: rng.chance(0.3) ? ' ' : undefined });
      inside(c.replace, 'completion replace');
      const h = hover(a, text, offset, { l10n: ENGLISH });
      if (h) inside(h, 'hover');
      const spans = selectionRanges(a, text, offset);
      spans.forEach((s) => inside(s, 'selection'));
      const d = definition(a, offset);
      if (d) inside(d, 'definition');
      references(a, offset, true).forEach((s) => inside(s, 'reference'));
      if (prepareRename(a, offset, ENGLISH).ok) {
        const r = rename(a, text, offset, 'renamed_x', ENGLISH);
        if (r.ok) applyEdits(text, r.value);
      }
    }
    const at = rng.int(text.length + 1);
    for (const fix of quickFixes(a, text, { start: at, end: Math.min(text.length, at + 200) }, { l10n: ENGLISH })) {
      fix.edits.forEach((e) => inside(e, 'fix edit'));
      const lost = lostComments(text, applyEdits(text, fix.edits));
      if (lost.length > 0) assert.fail(`"${fix.title}" loses comments ${JSON.stringify(lost)} on ${label}`);
    }
  } catch (e) {
    if (e instanceof assert.AssertionError) throw e;
    assert.fail(`a service threw on ${label}\ninput: ${excerpt(text)}\n${e instanceof Error ? e.stack : String(e)}`);
  }
}

function fuzz(kind: string, count: number, generate: (rng: Random) => string): void {
  for (let i = 0; i < count; i++) {
    const seed = caseSeed(RUN_SEED + kind.length * 104_729, i);
    const rng = mulberry32(seed);
    exercise(generate(rng), rng, `${kind} case ${i} (case seed ${seed}, FUZZ_SEED=${RUN_SEED})`);
  }
}

describe('services on broken and half-typed text', function () {
  this.timeout(60_000);

  it('never throw and keep every span inside the document, on edited examples', () => {
    fuzz('mutation', 300, (rng) => mutate(rng, rng.pick(examples)));
  });

  it('never throw and keep every span inside the document, on random statements and token soup', () => {
    fuzz('statement-soup', 200, (rng) => statementSoup(rng, 30));
    fuzz('token-soup', 200, (rng) => tokenSoup(rng, 60));
  });

  it('at every offset of the mistakes example: completion, hover, selection ranges and references are well formed', () => {
    const text = examples.find((t) => t.includes('A file full of mistakes'))!;
    const a = analyze(text);
    const kinds = new Set(['keyword', 'layer', 'property', 'product', 'kernel', 'unit', 'reference', 'value', 'snippet']);
    // What each service promises in its doc comment, checked at every offset; a throw fails too.
    const at = (offset: number, what: string, ok: boolean): void => {
      if (!ok) assert.fail(`${what} at offset ${offset} (${JSON.stringify(text.slice(Math.max(0, offset - 20), offset))}|${JSON.stringify(text.slice(offset, offset + 20))})`);
    };
    const inText = (s: Span): boolean => 0 <= s.start && s.start <= s.end && s.end <= text.length;
    const around = (s: Span, offset: number): boolean => s.start <= offset && offset <= s.end;
    let completions = 0;
    let hovers = 0;
    let referenced = 0;
    for (let offset = 0; offset <= text.length; offset++) {
      // Completion: the items, and the word at the cursor they replace (or an empty span there).
      const c = complete(a, text, offset, { l10n: ENGLISH });
      at(offset, 'completion replaces a span in the text around the cursor', inText(c.replace) && around(c.replace, offset));
      at(offset, 'every completion item has a label, a known kind and text to insert', c.items.every((i) => i.label !== '' && kinds.has(i.kind) && i.insertText !== ''));
      completions += c.items.length;
      // Hover: markdown, and the span it describes, which the cursor is on.
      const h = hover(a, text, offset, { l10n: KOREAN });
      if (h) {
        at(offset, 'hover has markdown for a span in the text around the cursor', h.markdown.trim() !== '' && inText(h) && around(h, offset));
        hovers++;
      }
      // Selection ranges: innermost first, each strictly inside the next, all around the cursor.
      const spans = selectionRanges(a, text, offset);
      at(offset, 'selection ranges lie in the text around the cursor', spans.every((s) => inText(s) && around(s, offset)));
      at(offset, 'each selection range lies strictly inside the next', spans.every((s, i) => i === 0 || (spans[i - 1].start >= s.start && spans[i - 1].end <= s.end && (spans[i - 1].start > s.start || spans[i - 1].end < s.end))));
      // References: in document order, each the same name, one of them the name under the cursor.
      const refs = references(a, offset, true);
      if (refs.length > 0) {
        const name = text.slice(refs[0].start, refs[0].end);
        at(offset, 'references lie in the text, in document order', refs.every((r, i) => inText(r) && (i === 0 || refs[i - 1].start < r.start)));
        at(offset, `every reference reads '${name}'`, name !== '' && refs.every((r) => text.slice(r.start, r.end) === name));
        at(offset, 'one reference is the name under the cursor', refs.some((r) => around(r, offset)));
        referenced++;
      }
    }
    // The example has names, keywords and findings, so each service had something to say somewhere.
    assert.ok(completions > 0 && hovers > 0 && referenced > 0, `${completions} completion items, ${hovers} hovers, ${referenced} offsets with references`);
  });
});
