// Find references: every `depends` that names the layer under the cursor, and its declaration.
import type { Analysis } from '../analyze';
import type { Span } from '../diagnostics';
import { nameAt, referencesTo } from './names';

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
