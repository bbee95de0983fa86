// Quick fixes for network virtualization (VS6xx): a misspelt switch product, segment or network
// function becomes the word the finding suggests (VS601, VS607, VS620); a NIC's segment that its
// machine's switches lack can be declared in the first of them (VS607).
import { suggestionOf } from '../../suggest';
import { machineOf } from '../../validate/describe';
import { layerOf, statementPath } from '../cursor';
import { type Candidate, type FixContext, insertIntoBlock } from './fixContext';

/** VS601, VS607, VS620: the word the finding's "did you mean" names. */
export function fixSuggested(ctx: FixContext): Candidate[] {
  const best = suggestionOf(ctx.diagnostic);
  return best ? [{ title: ctx.l10n.t('fix.replaceWith', best), edits: [{ start: ctx.diagnostic.start, end: ctx.diagnostic.end, newText: best }] }] : [];
}

/** VS607: the suggested segment, else `segment NAME` declared in the first switch of the NIC's machine. */
export function fixUnknownSegment(ctx: FixContext): Candidate[] {
  const suggested = fixSuggested(ctx);
  const name = ctx.text.slice(ctx.diagnostic.start, ctx.diagnostic.end);
  const model = ctx.analysis.model;
  const path = statementPath(ctx.analysis.tree.statements, ctx.diagnostic.start);
  const owner = path.length > 1 ? layerOf(model, path[path.length - 2]) : undefined;
  const machine = owner && machineOf(owner);
  const sw = machine && model.switches.find((s) => s.machine === machine && s.catalogue?.role === 'switch');
  if (!sw) return suggested;
  const stmt = statementPath(ctx.analysis.tree.statements, sw.start).find((s) => s.start === sw.start);
  // A segment of that name on another host is the same segment: declare it with the same kind and id.
  const same = model.switches.flatMap((s) => s.segments).find((s) => s.name === name);
  const line = same && same.kind !== 'flat' && same.id !== undefined ? `segment ${name} ${same.kind} ${same.id}` : `segment ${name}`;
  const edit = stmt?.block ? insertIntoBlock(ctx.text, stmt, line, ctx.eol) : undefined;
  return edit ? [...suggested, { title: ctx.l10n.t('fix.declareSegment', name, sw.name), edits: [edit] }] : suggested;
}
