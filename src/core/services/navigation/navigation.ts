// Go to Definition, Find All References (and so highlights) and Rename for every name of a file:
// layers, clusters, storage pools, segments and virtual switches, over the index of places.ts.
// Rename refuses a new name that is not a name, or that would give the places it is written in
// another meaning (two things merged under one name), and changes nothing but the names.
import type { Analysis } from '../../analyze';
import type { Diagnostic, Span } from '../../diagnostics';
import type { Localizer } from '../../l10n/localizer';
import { Scanner } from '../../syntax/scanner';
import { lineOf } from '../../syntax/lines';
import { T } from '../../syntax/tokens';
import type { TextEdit } from '../textEdits';
import { clashOf, isSpanning, nameIndex, occurrenceAt, type Occurrence } from './places';

/** The declaration the name at the offset resolves to. */
export function definition(analysis: Analysis, offset: number): Span | undefined {
  const at = occurrenceAt(nameIndex(analysis), offset);
  if (!at) return undefined;
  // Each declaration of a name that spans hosts is a definition of it; a later one of a first-wins name goes to the first.
  if (at.declares && isSpanning(at.namespace)) return at.span;
  return (at.definition ?? at.target)?.span;
}

/** The references of the name at the offset, in document order; empty when the cursor is on no name. */
export function references(analysis: Analysis, offset: number, includeDeclaration: boolean): Span[] {
  const at = occurrenceAt(nameIndex(analysis), offset);
  if (!at) return [];
  return at.group.filter((o) => includeDeclaration || !o.declares).map((o) => o.span);
}

/** A rename that can go ahead, or the reason it cannot. */
export type RenameResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** Whether the cursor is on a name that can be renamed, and its span. */
export function prepareRename(analysis: Analysis, offset: number, l10n: Localizer): RenameResult<{ span: Span; name: string }> {
  const at = occurrenceAt(nameIndex(analysis), offset);
  if (!at) return { ok: false, reason: l10n.t('rename.notAName') };
  if (!at.target) return { ok: false, reason: l10n.t('rename.undeclared', at.name) };
  return { ok: true, value: { span: at.span, name: at.name } };
}

/** The edits that rename the name at the offset to `newName`. */
export function rename(analysis: Analysis, text: string, offset: number, newName: string, l10n: Localizer): RenameResult<TextEdit[]> {
  const prepared = prepareRename(analysis, offset, l10n);
  if (!prepared.ok) return prepared;
  const index = nameIndex(analysis);
  const at = occurrenceAt(index, offset)!;
  if (!isName(newName)) return { ok: false, reason: l10n.t('rename.invalid', newName) };
  if (newName === at.name) return { ok: true, value: [] };
  const other = clashOf(index, at, newName);
  if (other) {
    const id = other.namespace === at.namespace && isSpanning(at.namespace) ? 'rename.merge' : 'rename.clash';
    return { ok: false, reason: l10n.t(id, newName, l10n.t(other.declares!.label), lineOf(text, other.span.start)) };
  }
  return { ok: true, value: at.group.map((o) => edit(o, newName)) };
}

/** The edit that renames one occurrence: a pool named after its product gets `as NAME`, and loses it when named after its product again. */
function edit(o: Occurrence, newName: string): TextEdit {
  const product = o.declares?.product;
  if (product && o.span.start < product.end) return { start: o.span.end, end: o.span.end, newText: ` as ${newName}` };
  if (product && newName === product.word) return { start: product.end, end: o.span.end, newText: '' };
  return { start: o.span.start, end: o.span.end, newText: newName };
}

/** Whether a word reads back as exactly one identifier (the scanner's rules, Korean included). */
export function isName(word: string): boolean {
  const sink: Diagnostic[] = [];
  const scanner = new Scanner(word, sink);
  const first = scanner.next();
  return first === T.Ident && scanner.start === 0 && scanner.end === word.length && scanner.next() === T.EOF;
}
