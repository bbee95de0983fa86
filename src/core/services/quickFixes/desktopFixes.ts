// Quick fixes of desktop, application and data virtualization: the broker, streaming system,
// package format or source the finding suggests (VS702, VS703, VS708), and a data view's source
// that names the view itself, removed (VS709).
import { statementPath } from '../cursor';
import { removeStatement, type TextEdit } from '../textEdits';
import type { Candidate, FixContext } from './fixContext';

/** VS709: drop the source that names its own view (the whole `sources` line if it names nothing else). */
export function fixSelfSource(ctx: FixContext): Candidate[] {
  const path = statementPath(ctx.analysis.tree.statements, ctx.diagnostic.start);
  const stmt = path[path.length - 1];
  if (stmt?.keyword !== 'sources') return [];
  const i = stmt.args.findIndex((a) => a.start === ctx.diagnostic.start);
  if (i < 0) return [];
  let edit: TextEdit;
  if (stmt.args.length === 1) edit = removeStatement(ctx.text, stmt);
  else {
    // Take the comma (and spaces) that joined it to its neighbour.
    const from = i > 0 ? stmt.args[i - 1].end : stmt.args[i].start;
    const to = i > 0 ? stmt.args[i].end : stmt.args[i + 1].start;
    edit = { start: from, end: to, newText: '' };
  }
  return [{ title: ctx.l10n.t('fix.removeSelfSource'), edits: [edit] }];
}
