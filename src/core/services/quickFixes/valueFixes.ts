// Quick fixes for values and statements: a VM or container cut down to its host's size
// (VS400), a unit of the right dimension (VS103), a duplicate property (VS105), extra
// arguments (VS107), a brace on the wrong line (VS009), a declared type the catalogue denies (VS208).
import type { Quantity, RangeArg, Statement } from '../../syntax/ast';
import { UNITS } from '../../units';
import { machineOf } from '../../validate/describe';
import { dimensionOf, UNIT_ORDER } from '../allowed';
import { lineEnd, lineStart, statementPath } from '../cursor';
import { removeStatement } from '../textEdits';
import { type Candidate, type FixContext } from './fixContext';

/** VS400: ask for no more than the machine has (its cores, vCPUs or memory, as the host writes it). */
export function fixTooLarge(ctx: FixContext): Candidate[] {
  const { start, end } = ctx.diagnostic;
  const guest = ctx.analysis.model.layers.find((l) => (l.kind === 'vm' || l.kind === 'container') && [l.props.vcpu, l.props.cpu, l.props.memory].some((b) => b?.span.start === start && b.span.end === end));
  const host = guest && machineOf(guest);
  if (!guest || !host) return [];
  const arg = argAt(ctx, start);
  if (!arg) return [];
  const isMemory = guest.props.memory?.span.start === start;
  const low = arg.kind === 'range' ? arg.low : undefined;
  if (isMemory) {
    const cap = host.props.memory;
    if (!cap) return [];
    const capText = ctx.text.slice(cap.span.start, cap.span.end);
    const value = low && guest.props.memory!.min <= cap.max ? `${ctx.text.slice(low.start, low.end)}..${capText}` : capText;
    return [{ title: ctx.l10n.t('fix.lowerMemory', capText, host.name), edits: [{ start, end, newText: value }] }];
  }
  const cores = host.kind === 'vm' ? host.props.vcpu?.max : host.props.cpu?.max;
  if (cores === undefined) return [];
  const unit = (q: Quantity): string => (q.unit ? ` ${q.unit}` : '');
  const high = arg.kind === 'range' ? arg.high : arg;
  const capped = `${cores}${unit(high)}`;
  const wantLow = guest.kind === 'container' ? guest.props.cpu?.min : undefined;
  const value = low && wantLow !== undefined && wantLow <= cores ? `${ctx.text.slice(low.start, low.end)}..${capped}` : capped;
  const what = ctx.l10n.t(host.kind === 'vm' ? 'fix.vcpus' : 'fix.cores');
  return [{ title: ctx.l10n.t('fix.lowerCpu', capped, what, host.name), edits: [{ start, end, newText: value }] }];
}

/** VS103: a unit of the dimension the property measures: the same prefix when the unit was of another dimension. */
export function fixUnit(ctx: FixContext): Candidate[] {
  const found = quantityAt(ctx);
  if (!found) return [];
  const { stmt, q, arg, inSimulate } = found;
  const dim = dimensionOf(stmt.keyword, inSimulate, stmt.args, arg);
  if (!dim) return [];
  const units = UNIT_ORDER[dim];
  if (q.unit !== undefined) {
    const prefix = /^[KMGT]/.exec(q.unit)?.[0];
    const same = prefix ? units.find((u) => u.startsWith(prefix) && UNITS[u].dimension === dim) : undefined;
    const choices = same ? [same] : units.slice(0, 2);
    const at = q.end - q.unit.length;
    return choices.map((u) => ({ title: ctx.l10n.t('fix.useUnit', u), edits: [{ start: at, end: q.end, newText: u }] }));
  }
  return units.slice(0, 3).map((u) => ({ title: ctx.l10n.t('fix.useUnit', u), edits: [{ start: q.end, end: q.end, newText: u === '%' ? u : ` ${u}` }] }));
}

/** VS105: the last setting counts, so removing the earlier one keeps the meaning and the warning goes. */
export function fixDuplicateProperty(ctx: FixContext): Candidate[] {
  const path = statementPath(ctx.analysis.tree.statements, ctx.diagnostic.start);
  const stmt = path[path.length - 1];
  const siblings = path.length > 1 ? path[path.length - 2].block!.statements : ctx.analysis.tree.statements;
  if (!stmt || stmt.start !== ctx.diagnostic.start) return [];
  const i = siblings.indexOf(stmt);
  const earlier = siblings.slice(0, i).reverse().find((s) => s.keyword === stmt.keyword);
  return earlier ? [{ title: ctx.l10n.t('fix.removeEarlier', stmt.keyword), edits: [removeStatement(ctx.text, earlier)] }] : [];
}

/** VS107: the arguments a statement does not take, and the space before them. */
export function fixExtraArguments(ctx: FixContext): Candidate[] {
  const { start, end } = ctx.diagnostic;
  let from = start;
  while (from > 0 && /[ \t]/.test(ctx.text[from - 1])) from--;
  return [{ title: ctx.l10n.t('fix.removeExtra', `'${ctx.text.slice(start, end)}'`), edits: [{ start: from, end, newText: '' }] }];
}

/** VS009: the `{` joins its statement's line; a line left empty goes with it. */
export function fixBraceOnNextLine(ctx: FixContext): Candidate[] {
  const open = ctx.diagnostic.start;
  const owner = findBlockOwner(ctx.analysis.tree.statements, open);
  if (!owner) return [];
  const last = owner.args[owner.args.length - 1];
  const headerEnd = last ? last.end : owner.keywordEnd;
  let after = open + 1;
  while (after < ctx.text.length && /[ \t]/.test(ctx.text[after])) after++;
  const from = lineStart(ctx.text, open);
  const emptied = ctx.text.slice(from, open).trim() === '' && after === lineEnd(ctx.text, open);
  // A line that held only the brace goes, with the line break before it.
  const removal = emptied && from > 0 ? { start: from - (ctx.text.startsWith('\r\n', from - 2) ? 2 : 1), end: after } : { start: open, end: after };
  return [{ title: ctx.l10n.t('fix.moveBrace'), edits: [{ start: headerEnd, end: headerEnd, newText: ' {' }, { ...removal, newText: '' }] }];
}

/** VS208: the type the catalogue gives the product. */
export function fixDeclaredType(ctx: FixContext): Candidate[] {
  const hv = ctx.analysis.model.layers.find((l) => l.props.type?.span.start === ctx.diagnostic.start);
  const product = hv?.catalogue;
  if (product?.role !== 'hypervisor') return [];
  return [{ title: ctx.l10n.t('fix.catalogueType', product.type), edits: [{ start: ctx.diagnostic.start, end: ctx.diagnostic.end, newText: String(product.type) }] }];
}

function argAt(ctx: FixContext, start: number): Quantity | RangeArg | undefined {
  const path = statementPath(ctx.analysis.tree.statements, start);
  const stmt = path[path.length - 1];
  const arg = stmt?.args.find((a) => a.start === start);
  return arg && (arg.kind === 'quantity' || arg.kind === 'range') ? arg : undefined;
}

function quantityAt(ctx: FixContext): { stmt: Statement; q: Quantity; arg: Quantity | RangeArg; inSimulate: boolean } | undefined {
  const { start, end } = ctx.diagnostic;
  const path = statementPath(ctx.analysis.tree.statements, start);
  const stmt = path[path.length - 1];
  if (!stmt) return undefined;
  const inSimulate = path.length > 1 && path[path.length - 2].keyword === 'simulate';
  for (const arg of stmt.args) {
    if (arg.kind === 'quantity' && arg.start === start && arg.end === end) return { stmt, q: arg, arg, inSimulate };
    if (arg.kind === 'range') {
      for (const q of [arg.low, arg.high]) if (q.start === start && q.end === end) return { stmt, q, arg, inSimulate };
    }
  }
  return undefined;
}

function findBlockOwner(list: readonly Statement[], open: number): Statement | undefined {
  for (const s of list) {
    if (s.block?.open === open) return s;
    if (s.block && s.block.open < open && (s.block.close < 0 || open < s.block.close)) return findBlockOwner(s.block.statements, open);
  }
  return undefined;
}
