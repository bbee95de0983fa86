// Disaster recovery: the quick fix of a `fail` line that names no host (VS800).
import { suggest } from '../../suggest';
import type { Candidate, FixContext } from './fixContext';

/** VS800: the file's hardware whose name is closest to the one written. */
export function fixFailHost(ctx: FixContext): Candidate[] {
  const word = ctx.text.slice(ctx.diagnostic.start, ctx.diagnostic.end);
  const best = suggest(word, ctx.analysis.model.hosts.map((h) => h.name));
  return best ? [{ title: ctx.l10n.t('fix.replaceWith', best), edits: [{ start: ctx.diagnostic.start, end: ctx.diagnostic.end, newText: best }] }] : [];
}
