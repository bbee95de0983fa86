import { AssertionError } from 'node:assert';
import { analyze, type Analysis } from '../../../src/core/analyze';

const CODE = /^VS\d{3}$/;
const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);

/** A short, escaped excerpt of an input, so a failure message shows what was fed in. */
export function excerpt(text: string, max = 300): string {
  const shown = text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
  return JSON.stringify(shown);
}

/**
 * Runs analyze() and checks the contract every caller relies on: no exception, and every
 * diagnostic located inside the document with a real code and message. `label` goes into
 * the failure message and must say how to regenerate the input (its seed).
 */
export function analyzeChecked(text: string, label: string): Analysis {
  let result: Analysis;
  try {
    result = analyze(text);
  } catch (e) {
    const err = e instanceof Error ? (e.stack ?? e.message) : String(e);
    throw new AssertionError({ message: `analyze() threw on ${label}\ninput: ${excerpt(text)}\n${err}` });
  }
  for (const d of result.diagnostics) {
    const problem = problemOf(d, text.length);
    if (problem) {
      throw new AssertionError({
        message: `${problem} on ${label}\ndiagnostic: ${JSON.stringify(d)}\ninput: ${excerpt(text)}`,
      });
    }
  }
  return result;
}

function problemOf(d: Analysis['diagnostics'][number], length: number): string | undefined {
  if (!Number.isInteger(d.start) || !Number.isInteger(d.end)) return 'non-integer range';
  if (!(0 <= d.start && d.start <= d.end && d.end <= length)) return `range [${d.start}, ${d.end}) outside the document of ${length} chars`;
  // An empty range is invisible in the editor, so diagnostics.ts allows it only at the very end.
  if (d.start === d.end && d.end !== length) return `empty range at ${d.start}, before the end of the document`;
  if (typeof d.code !== 'string' || !CODE.test(d.code)) return `bad code ${JSON.stringify(d.code)}`;
  if (typeof d.message !== 'string' || d.message.trim() === '') return 'empty message';
  if (!SEVERITIES.has(d.severity)) return `bad severity ${JSON.stringify(d.severity)}`;
  for (const r of d.related ?? []) {
    if (!(0 <= r.start && r.start <= r.end && r.end <= length)) return `related range [${r.start}, ${r.end}) outside the document`;
  }
  return undefined;
}
