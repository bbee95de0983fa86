// Edits the structural quick fixes share: shape a piece of text as a formatted statement at
// an indentation, insert a statement into a block, and find the layer a diagnostic points at.
import type { Analysis } from '../../analyze';
import type { Diagnostic, Span } from '../../diagnostics';
import type { Localizer } from '../../l10n/localizer';
import type { Layer } from '../../model/types';
import type { Statement } from '../../syntax/ast';
import type { ValidationOptions } from '../../validate/validator';
import { lineStart } from '../cursor';
import { formatText, INDENT } from '../formatting/format';
import { indentAt, startsLine, type TextEdit } from '../textEdits';
import { suggest, suggestionOf } from '../../suggest';

/** A quick fix as plain data: its title, the diagnostic it removes, and the edits. */
export interface QuickFix {
  readonly title: string;
  readonly diagnostic: Diagnostic;
  readonly edits: readonly TextEdit[];
  /** The fix to apply when the user asks for "the" fix (VS Code's preferred action). */
  readonly preferred?: boolean;
}

/** What a fix builder gets. */
export interface FixContext {
  readonly analysis: Analysis;
  readonly text: string;
  readonly diagnostic: Diagnostic;
  readonly l10n: Localizer;
  readonly eol: string;
  readonly options?: ValidationOptions;
}

/** A candidate fix before it is checked: title and edits. */
export type Candidate = { readonly title: string; readonly edits: readonly TextEdit[] };

/** The layer whose product or name is exactly the diagnostic's span. */
export function layerAt(ctx: FixContext, kinds?: readonly Layer['kind'][]): Layer | undefined {
  const { start, end } = ctx.diagnostic;
  const same = (s: Span | undefined): boolean => s !== undefined && s.start === start && s.end === end;
  return ctx.analysis.model.layers.find((l) => (!kinds || kinds.includes(l.kind)) && (same(l.productSpan) || same(l.nameSpan)));
}

/**
 * A piece of source (a statement, possibly with a block, cut from the document) formatted and
 * indented: the first line without indentation (it continues where the piece is put), every
 * other line at `indent` plus its depth inside the piece.
 */
export function shape(piece: string, indent: string, eol: string, indentFirst = false): string {
  const lines = formatText(piece).split(/\r\n|\n|\r/);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((l, i) => (l === '' || (i === 0 && !indentFirst) ? l : indent + l)).join(eol);
}

/** An edit that adds a statement (source text) at the end of a block's content. */
export function insertIntoBlock(text: string, owner: Statement, piece: string, eol: string): TextEdit | undefined {
  const block = owner.block;
  if (!block || block.close < 0) return undefined;
  const outer = indentAt(text, owner.start);
  const inner = outer + INDENT;
  const body = shape(piece, inner, eol, true);
  if (startsLine(text, block.close)) {
    const at = lineStart(text, block.close);
    return { start: at, end: at, newText: body + eol };
  }
  // `{ … }` on one line: open it up, so that the new statement gets a line of its own.
  let from = block.close;
  while (from > block.open + 1 && /[ \t]/.test(text[from - 1])) from--;
  return { start: from, end: block.close, newText: eol + body + eol + outer };
}

/** The finding's word replaced by `best`, as one fix; none without a word to put. */
export function replaceFound(ctx: FixContext, best: string | undefined): Candidate[] {
  return best ? [{ title: ctx.l10n.t('fix.replaceWith', best), edits: [{ start: ctx.diagnostic.start, end: ctx.diagnostic.end, newText: best }] }] : [];
}

/** The word the finding's "did you mean" names, in place of the one written. */
export function fixSuggested(ctx: FixContext): Candidate[] {
  return replaceFound(ctx, suggestionOf(ctx.diagnostic));
}

/** The word written replaced by the closest of `candidates`. */
export function fixClosest(ctx: FixContext, candidates: Iterable<string>): Candidate[] {
  return replaceFound(ctx, suggest(ctx.text.slice(ctx.diagnostic.start, ctx.diagnostic.end), candidates));
}
