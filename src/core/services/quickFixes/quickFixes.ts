// Quick fixes for the checker's findings where the fix is clear. Every candidate is applied
// to a copy of the text and checked again before it is offered: the finding must go and no
// new error may appear, so a fix can never make a file worse.
import { analyze, type Analysis } from '../../analyze';
import type { Diagnostic, Span } from '../../diagnostics';
import type { Localizer } from '../../l10n/localizer';
import type { ValidationOptions } from '../../validate/validator';
import { applyEdits, eolOf, keepComments, lostComments } from '../textEdits';
import { type Candidate, type FixContext, fixSuggested, type QuickFix } from './fixContext';
import { fixContainerKernel, fixDuplicateName, fixKernel, fixKeyword, fixReference, fixRole, fixSelfDependency, fixSelfSource, fixUnknownProduct } from './nameFixes';
import { fixUnknownSegment } from './networkFixes';
import { fixType1, fixType2 } from './placementFixes';
import { fixStorageProduct, fixUnknownHost, fixUnknownPool } from './storageFixes';
import { fixBraceOnNextLine, fixDeclaredType, fixDuplicateProperty, fixExtraArguments, fixTooLarge, fixUnit } from './valueFixes';
import { fixFailHost } from './recoveryFixes';

export type { QuickFix } from './fixContext';

/** Fix builders by diagnostic code. */
const BUILDERS: Readonly<Record<string, (ctx: FixContext) => Candidate[]>> = {
  VS009: fixBraceOnNextLine,
  VS100: fixKeyword,
  VS103: fixUnit,
  VS105: fixDuplicateProperty,
  VS107: fixExtraArguments,
  VS200: fixType1,
  VS201: fixType2,
  VS206: fixContainerKernel,
  VS208: fixDeclaredType,
  VS209: fixUnknownProduct,
  VS215: fixKernel,
  VS217: fixRole,
  VS300: fixDuplicateName,
  VS301: fixReference,
  VS303: fixSelfDependency,
  VS400: fixTooLarge,
  // Clusters and storage (issue 14).
  VS506: fixUnknownPool,
  VS507: fixStorageProduct,
  VS509: fixUnknownHost,
  // Network virtualization (VS6xx)
  VS601: fixSuggested,
  VS607: fixUnknownSegment,
  VS620: fixSuggested,
  // Disaster recovery.
  VS800: fixFailHost,
  // Desktop, application and data virtualization.
  VS702: fixSuggested,
  VS703: fixSuggested,
  VS708: fixSuggested,
  VS709: fixSelfSource,
};

/** The codes that have a quick fix. */
export const FIXABLE_CODES: readonly string[] = Object.keys(BUILDERS);

/** What quick fixes need besides the analysis: the language of their titles. */
export interface QuickFixOptions {
  readonly l10n: Localizer;
}

// Checking a fix re-analyses the file; the editor asks again at every cursor move, so the
// answer is kept for as long as the analysis (one document version) lives, per language.
const memo = new WeakMap<Analysis, WeakMap<Localizer, Map<number, QuickFix[]>>>();

/** Quick fixes for the findings that overlap `range`, each checked to remove its finding without adding an error. */
export function quickFixes(analysis: Analysis, text: string, range: Span, options: QuickFixOptions): QuickFix[] {
  const out: QuickFix[] = [];
  const eol = eolOf(text);
  let byLanguage = memo.get(analysis);
  if (!byLanguage) memo.set(analysis, (byLanguage = new WeakMap()));
  let known = byLanguage.get(options.l10n);
  if (!known) byLanguage.set(options.l10n, (known = new Map()));
  const all = analysis.diagnostics;
  for (let index = 0; index < all.length && all[index].start <= range.end; index++) {
    const diagnostic = all[index];
    if (diagnostic.end < range.start || !Object.prototype.hasOwnProperty.call(BUILDERS, diagnostic.code)) continue;
    let fixes = known.get(index);
    if (!fixes) {
      const ctx: FixContext = { analysis, text, diagnostic, l10n: options.l10n, eol, options: analysis.options };
      fixes = BUILDERS[diagnostic.code](ctx)
        .map((candidate) => ({ title: candidate.title, edits: keepComments(text, candidate.edits, eol) }))
        .filter((candidate) => improves(analysis, text, diagnostic, candidate, analysis.options))
        .map((candidate, i) => ({ title: candidate.title, diagnostic, edits: candidate.edits, preferred: i === 0 }));
      known.set(index, fixes);
    }
    for (const fix of fixes) out.push(fix);
  }
  return out;
}

/**
 * Whether applying the candidate removes a finding like the diagnostic (same code and message),
 * adds no error of any code, and keeps every comment of the file.
 */
export function improves(before: Analysis, text: string, diagnostic: Diagnostic, candidate: Candidate, limits?: ValidationOptions): boolean {
  let fixed: string;
  try {
    fixed = applyEdits(text, candidate.edits);
  } catch {
    return false;
  }
  if (lostComments(text, fixed).length > 0) return false;
  const after = analyze(fixed, limits);
  const count = (a: Analysis, code: string, errorsOnly: boolean): number => a.diagnostics.filter((d) => d.code === code && (!errorsOnly || d.severity === 'error')).length;
  // Same message, not just same code: declaring an unknown product's type turns its error into a note.
  const like = (a: Analysis): number => a.diagnostics.filter((d) => d.code === diagnostic.code && d.messageId === diagnostic.messageId && d.severity === diagnostic.severity).length;
  if (like(after) >= like(before)) return false;
  const codes = new Set(after.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code));
  for (const code of codes) if (count(after, code, true) > count(before, code, true)) return false;
  return true;
}
