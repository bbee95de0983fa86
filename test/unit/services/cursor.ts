import { analyze, type Analysis } from '../../../src/core/analyze';

/** A text with a `|` marking the cursor: the text without it, its analysis and the cursor's offset. */
export function cursor(marked: string): { text: string; offset: number; analysis: Analysis } {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error(`no cursor in ${JSON.stringify(marked)}`);
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return { text, offset, analysis: analyze(text) };
}

/** The offset of the n-th (0-based) occurrence of `needle`, plus `delta`. */
export function offsetOf(text: string, needle: string, delta = 0, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' not found`);
  }
  return at + delta;
}
