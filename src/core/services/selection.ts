// Selection ranges (Expand Selection): word → value → statement line → statement with its
// block → the block's content → the enclosing statement … → the whole file.
import type { Analysis } from '../analyze';
import type { Span } from '../diagnostics';
import { keywordSpan, type Statement } from '../syntax/ast';
import { insideBlock, statementAt } from './locate';

/** The nested spans around an offset, innermost first, each strictly inside the next. */
export function selectionRanges(analysis: Analysis, text: string, offset: number): Span[] {
  const spans: Span[] = [];
  const add = (s: Span): void => {
    if (s.start > offset || offset > s.end) return;
    const last = spans[spans.length - 1];
    if (!last || (s.start <= last.start && s.end >= last.end && (s.start < last.start || s.end > last.end))) spans.push({ start: s.start, end: s.end });
  };
  const chain: Statement[] = [];
  let list = analysis.tree.statements;
  for (;;) {
    const s = statementAt(list, offset);
    if (!s) break;
    chain.push(s);
    if (!insideBlock(s.block, offset)) break;
    list = s.block.statements;
  }
  const inner = chain[chain.length - 1];
  if (inner && !insideBlock(inner.block, offset)) {
    if (inner.start <= offset && offset <= inner.keywordEnd) add(keywordSpan(inner));
    for (const a of inner.args) {
      if (a.start > offset || offset > a.end) continue;
      if (a.kind === 'range') for (const q of [a.low, a.high]) if (q.start <= offset && offset <= q.end) add(q);
      if (a.kind === 'string' && a.end - a.start >= 2 && text[a.end - 1] === '"') add({ start: a.start + 1, end: a.end - 1 });
      add(a);
    }
    const lastArg = inner.args[inner.args.length - 1];
    if (inner.block && lastArg) add({ start: inner.start, end: lastArg.end });
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const s = chain[i];
    const b = s.block;
    if (b && insideBlock(b, offset) && b.statements.length > 0) {
      add({ start: b.statements[0].start, end: b.statements[b.statements.length - 1].end });
    }
    add(s);
  }
  const top = analysis.tree.statements;
  if (chain.length > 0) add({ start: top[0].start, end: top[top.length - 1].end });
  add({ start: 0, end: text.length });
  return spans;
}
