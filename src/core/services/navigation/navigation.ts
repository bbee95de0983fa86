// Names of hardware, VMs, containers, apps and jobs: where each is declared, where `depends`
// refers to it, and the features built on that: Go to Definition, Find All References and
// Rename (which refuses a new name that is not a name or that another layer already has,
// since that would silently merge two layers' references).
import type { Analysis } from '../../analyze';
import type { Diagnostic, Span } from '../../diagnostics';
import type { Localizer } from '../../l10n/localizer';
import { NAMED_KINDS } from '../../model/schema';
import type { Layer } from '../../model/types';
import { Scanner } from '../../syntax/scanner';
import { T } from '../../syntax/tokens';
import { lineOf } from '../../validate/describe';
import { layerOf, statementPath, touches } from '../cursor';
import type { TextEdit } from '../textEdits';
import { fabricDefinition } from './storage';

/** A name under the cursor: declared there, or referred to. */
export interface NameAt {
  readonly name: string;
  readonly span: Span;
  /** The layer declared here, when the cursor is on a declaration. */
  readonly declares?: Layer;
  /** The layer the name stands for: the first declaration of it (as the checker resolves names). */
  readonly target?: Layer;
}

/** The name at an offset, if the cursor is on one. */
export function nameAt(analysis: Analysis, offset: number): NameAt | undefined {
  const path = statementPath(analysis.tree.statements, offset);
  const stmt = path[path.length - 1];
  if (!stmt) return undefined;
  const layer = layerOf(analysis.model, stmt);
  if (layer && NAMED_KINDS.has(layer.kind) && layer.name !== '' && touches(layer.nameSpan, offset)) {
    return { name: layer.name, span: layer.nameSpan, declares: layer, target: analysis.model.names.get(layer.name) };
  }
  if (stmt.keyword !== 'depends' || path.length < 2) return undefined;
  const owner = layerOf(analysis.model, path[path.length - 2]);
  const ref = owner?.props.depends?.find((r) => touches(r.span, offset));
  return ref && { name: ref.name, span: ref.span, target: analysis.model.names.get(ref.name) };
}

/** Every `depends` reference to a name. */
export function referencesTo(analysis: Analysis, name: string): Span[] {
  const out: Span[] = [];
  for (const l of analysis.model.layers) for (const r of l.props.depends ?? []) if (r.name === name) out.push(r.span);
  return out;
}

/** The declaration the name at the offset resolves to. */
export function definition(analysis: Analysis, offset: number): Span | undefined {
  // Clusters and storage (issue 14): pools, hosts and clusters named by volumes, disks and reach.
  return nameAt(analysis, offset)?.target?.nameSpan ?? fabricDefinition(analysis, offset);
}

/** The references of the name at the offset, in document order; empty when the cursor is on no name. */
export function references(analysis: Analysis, offset: number, includeDeclaration: boolean): Span[] {
  const at = nameAt(analysis, offset);
  if (!at) return [];
  // A second declaration of a taken name is a different layer: nothing refers to it.
  if (at.declares && at.target !== at.declares) return includeDeclaration ? [at.span] : [];
  const out = referencesTo(analysis, at.name);
  if (includeDeclaration && at.target) out.push(at.target.nameSpan);
  return out.sort((a, b) => a.start - b.start);
}

/** A rename that can go ahead, or the reason it cannot. */
export type RenameResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** Whether the cursor is on a name that can be renamed, and its span. */
export function prepareRename(analysis: Analysis, offset: number, l10n: Localizer): RenameResult<{ span: Span; name: string }> {
  const at = nameAt(analysis, offset);
  if (!at) return { ok: false, reason: l10n.t('rename.notAName') };
  if (!at.target) return { ok: false, reason: l10n.t('rename.undeclared', at.name) };
  return { ok: true, value: { span: at.span, name: at.name } };
}

/** The edits that rename the name at the offset to `newName`. */
export function rename(analysis: Analysis, text: string, offset: number, newName: string, l10n: Localizer): RenameResult<TextEdit[]> {
  const prepared = prepareRename(analysis, offset, l10n);
  if (!prepared.ok) return prepared;
  const at = nameAt(analysis, offset)!;
  if (!isName(newName)) return { ok: false, reason: l10n.t('rename.invalid', newName) };
  if (newName === at.name) return { ok: true, value: [] };
  const other = analysis.model.names.get(newName);
  if (other) return { ok: false, reason: l10n.t('rename.clash', newName, l10n.t(`layerName.${other.kind}`), lineOf(text, other.nameSpan.start)) };
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
