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

  it('at every offset of the mistakes example', () => {
    const text = examples.find((t) => t.includes('A file full of mistakes'))!;
    const a = analyze(text);
    for (let offset = 0; offset <= text.length; offset++) {
      complete(a, text, offset, { l10n: ENGLISH });
      hover(a, text, offset, { l10n: KOREAN });
      selectionRanges(a, text, offset);
      references(a, offset, true);
    }
  });
});
