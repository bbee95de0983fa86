// Rename a name and every reference to it, refusing a new name that is not a name or that
// another layer already has (which would silently merge two layers' references).
import type { Analysis } from '../analyze';
import type { Diagnostic, Span } from '../diagnostics';
import { Scanner } from '../syntax/scanner';
import { T } from '../syntax/tokens';
import { lineOf } from '../validate/describe';
import type { TextEdit } from './edits';
import { nameAt, referencesTo } from './names';
import { RENAME } from './renameTexts';
import { LAYER_NAMES, type Locale, say } from './texts';

/** A rename that can go ahead, or the reason it cannot. */
export type RenameResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** Whether the cursor is on a name that can be renamed, and its span. */
export function prepareRename(analysis: Analysis, offset: number, locale: Locale): RenameResult<{ span: Span; name: string }> {
  const at = nameAt(analysis, offset);
  if (!at) return { ok: false, reason: say(locale, RENAME.notAName) };
  if (!at.target) return { ok: false, reason: say(locale, RENAME.undeclared, at.name) };
  return { ok: true, value: { span: at.span, name: at.name } };
}

/** The edits that rename the name at the offset to `newName`. */
export function rename(analysis: Analysis, text: string, offset: number, newName: string, locale: Locale): RenameResult<TextEdit[]> {
  const prepared = prepareRename(analysis, offset, locale);
  if (!prepared.ok) return prepared;
  const at = nameAt(analysis, offset)!;
  if (!isName(newName)) return { ok: false, reason: say(locale, RENAME.invalid, newName) };
  if (newName === at.name) return { ok: true, value: [] };
  const other = analysis.model.names.get(newName);
  if (other) return { ok: false, reason: say(locale, RENAME.clash, newName, say(locale, LAYER_NAMES[other.kind]), lineOf(text, other.nameSpan.start)) };
  // A second declaration of a taken name is its own layer: only it is renamed, references stay with the first.
  const spans = at.declares && at.declares !== at.target ? [at.span] : [at.target!.nameSpan, ...referencesTo(analysis, at.name)];
  return { ok: true, value: spans.map((s) => ({ start: s.start, end: s.end, newText: newName })) };
}

/** Whether a word reads back as exactly one identifier (the scanner's rules, Korean included). */
export function isName(word: string): boolean {
  const sink: Diagnostic[] = [];
  const scanner = new Scanner(word, sink);
  const first = scanner.next();
  return first === T.Ident && scanner.start === 0 && scanner.end === word.length && scanner.next() === T.EOF;
}
