// Text edits as plain offsets, and the small text surgery the quick fixes share: whole-line
// spans of a statement, its indentation, the file's line break, and the comments an edit must
// carry along so that no fix ever loses one.
import type { Diagnostic, Span } from '../diagnostics';
import type { Statement } from '../syntax/ast';
import { Scanner } from '../syntax/scanner';
import { T } from '../syntax/tokens';
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

/** The comments of a text (from `#` to the end of its line, trailing white space left out), in order. */
export function commentsOf(text: string): string[] {
  const out: string[] = [];
  const scanner = new Scanner(text, [] as Diagnostic[]);
  let from = 0;
  // Comments are what the scanner skips between tokens: look for `#` only in those gaps, so a
  // `#` inside a string is never taken for one.
  for (let t = scanner.next(); ; t = scanner.next()) {
    const gapEnd = t === T.EOF ? text.length : scanner.start;
    const hash = text.indexOf('#', from);
    if (hash >= 0 && hash < gapEnd) out.push(text.slice(hash, lineEnd(text, hash)).trimEnd());
    if (t === T.EOF) return out;
    from = scanner.end;
  }
}

/**
 * The edits with every comment they would delete put back: a comment in the text an edit
 * replaces that no edit writes again becomes a comment line of its own just before that edit's
 * new text, at its indentation. Edits that replace part of a line keep their comments only if
 * they write them themselves; `lostComments` tells the checker whether any are still lost.
 */
export function keepComments(text: string, edits: readonly TextEdit[], eol: string): TextEdit[] {
  const written = countOf(edits.flatMap((e) => commentsOf(e.newText)));
  return edits.map((e) => {
    const lost: string[] = [];
    for (const c of commentsOf(text.slice(e.start, e.end))) {
      const n = written.get(c) ?? 0;
      if (n > 0) written.set(c, n - 1);
      else lost.push(c);
    }
    if (lost.length === 0) return e;
    const from = lineStart(text, e.start);
    const before = text.slice(from, e.start);
    if (!/^[ \t]*$/.test(before)) return e;
    const indent = indentAt(text, e.start);
    // At the start of the line the new text brings its own indentation; after it, it continues the line.
    const lines = lost.join(eol + indent);
    const newText = e.start === from ? `${indent}${lines}${eol}${e.newText}` : `${lines}${eol}${indent}${e.newText}`;
    return { ...e, newText };
  });
}

/** The comments of `text` that applying the edits would delete: those the edited text no longer has. */
export function lostComments(text: string, edited: string): string[] {
  const left = countOf(commentsOf(edited));
  const lost: string[] = [];
  for (const c of commentsOf(text)) {
    const n = left.get(c) ?? 0;
    if (n > 0) left.set(c, n - 1);
    else lost.push(c);
  }
  return lost;
}

function countOf(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}
