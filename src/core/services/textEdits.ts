// Text edits as plain offsets, and the small text surgery the quick fixes share: whole-line
// spans of a statement, its indentation, the file's line break.
import type { Span } from '../diagnostics';
import type { Statement } from '../syntax/ast';
import { lineEnd, lineStart } from './cursor';

/** Replace the text from `start` to `end` (exclusive) of the original document with `newText`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** Applies non-overlapping edits (in any order) to a text; what VS Code does with a WorkspaceEdit. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error(`overlapping edits at ${e.start}`);
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/** The line break the file uses: that of its first line, else `\n`. */
export function eolOf(text: string): string {
  const i = text.search(/\r\n|\n|\r/);
  if (i < 0) return '\n';
  return text.startsWith('\r\n', i) ? '\r\n' : text[i];
}

/** The white space that starts the line holding `offset`. */
export function indentAt(text: string, offset: number): string {
  const from = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(from, lineEnd(text, offset)))![0];
}

/** Whether only white space stands between the start of the line and `offset`. */
export function startsLine(text: string, offset: number): boolean {
  return /^[ \t\u00a0]*$/.test(text.slice(lineStart(text, offset), offset));
}

/** A trailing `# comment` after `offset` on its line, with the space before it, if that is all that follows. */
export function trailingComment(text: string, offset: number): Span | undefined {
  const end = lineEnd(text, offset);
  const rest = text.slice(offset, end);
  const m = /^[ \t\u00a0]*#/.exec(rest);
  return m ? { start: offset, end } : undefined;
}

/**
 * The text a statement occupies including its trailing comment, and the span to delete to
 * remove it: whole lines (with their line break) when it stands alone on them, else just itself.
 */
export function statementLines(text: string, s: Span): { readonly take: Span; readonly remove: Span } {
  const comment = trailingComment(text, s.end);
  const end = comment ? comment.end : s.end;
  const aloneAfter = comment !== undefined || /^[ \t\u00a0]*$/.test(text.slice(s.end, lineEnd(text, s.end)));
  if (startsLine(text, s.start) && aloneAfter) {
    const from = lineStart(text, s.start);
    const to = lineEnd(text, end);
    const next = text.startsWith('\r\n', to) ? to + 2 : to < text.length ? to + 1 : to;
    return { take: { start: s.start, end }, remove: { start: from, end: next } };
  }
  return { take: { start: s.start, end: s.end }, remove: { start: s.start, end: s.end } };
}

/** An edit that removes one statement: its lines, or itself with a `;` after it or the space before it. */
export function removeStatement(text: string, s: Statement): TextEdit {
  const { remove } = statementLines(text, s);
  if (remove.start !== s.start || remove.end !== s.end) return { ...remove, newText: '' };
  const semi = /^[ \t]*;[ \t]*/.exec(text.slice(s.end));
  if (semi) return { start: s.start, end: s.end + semi[0].length, newText: '' };
  let from = s.start;
  while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  return { start: from, end: s.end, newText: '' };
}

