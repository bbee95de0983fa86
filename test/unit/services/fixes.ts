// Offering and applying quick fixes the way the editor does, for the tests of each family of
// fixes (placementFixes, valueFixes, nameFixes). The same checks as quickFixes.test.ts: an
// applied fix removes its finding, adds no error and keeps every comment.
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { applyEdits, lostComments } from '../../../src/core/services/textEdits';
import { type QuickFix, quickFixes } from '../../../src/core/services/quickFixes/quickFixes';
import { ENGLISH } from '../bundles';

/** The fixes offered for the findings of one code anywhere in the text, in English. */
export function fixes(text: string, code: string): QuickFix[] {
  return quickFixes(analyze(text), text, { start: 0, end: text.length }, { l10n: ENGLISH }).filter((f) => f.diagnostic.code === code);
}

/** The titles of the fixes offered for one code. */
export function titles(text: string, code: string): string[] {
  return fixes(text, code).map((f) => f.title);
}

/** Applies the fix and checks it again: one finding of its code fewer, no error of any code more, no comment lost. */
export function apply(text: string, fix: QuickFix): string {
  const after = applyEdits(text, fix.edits);
  const { code, messageId, severity } = fix.diagnostic;
  const like = (t: string) => analyze(t).diagnostics.filter((d) => d.code === code && d.messageId === messageId && d.severity === severity).length;
  assert.ok(like(after) < like(text), `${code} is still there after "${fix.title}":\n${after}`);
  const errors = (t: string) => {
    const m = new Map<string, number>();
    for (const d of analyze(t).diagnostics) if (d.severity === 'error') m.set(d.code, (m.get(d.code) ?? 0) + 1);
    return m;
  };
  const before = errors(text);
  for (const [c, n] of errors(after)) assert.ok(n <= (before.get(c) ?? 0), `"${fix.title}" adds ${c}:\n${after}`);
  assert.deepEqual(lostComments(text, after), [], `"${fix.title}" loses comments:\n${after}`);
  return after;
}

/** The preferred fix of a code (or the one whose title matches), applied. */
export function fixed(text: string, code: string, title?: RegExp): string {
  const list = fixes(text, code);
  const fix = title ? list.find((f) => title.test(f.title)) : list.find((f) => f.preferred);
  assert.ok(fix, `no fix for ${code}${title ? ` titled ${title}` : ''}; offered: ${list.map((f) => f.title).join(' | ')}`);
  return apply(text, fix);
}

/** The codes the checker finds in a text, to show that a test's input has the finding it is about. */
export function codesOf(text: string): string[] {
  return analyze(text).diagnostics.map((d) => d.code);
}
