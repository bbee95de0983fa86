// Disaster recovery: reading `fail HOST at TIME [recover at TIME]` in the `simulate` block. The
// host's name is resolved at the end of the file (validate/recovery.ts), like `depends`, so that
// a simulate block may come before the hardware it names.
import type { Span } from '../diagnostics';
import { ArgKind } from '../syntax/columns';
import { timeOfDay } from './properties';
import { RULES } from './schema';
import type { HostFailure } from './types';
import { argIs, argSpan, boundsOf, extraArgs, keywordAt, type ReadContext, report, statementSpan, LocatedName } from './values';

/** The line's shape: HOST at TIME, then optionally recover at TIME. */
const SHAPE = ['host', 'at', 'time', 'recover', 'at', 'time'] as const;
/** An example of the whole line, for messages. */
export const FAIL_EXAMPLE = 'fail esx1 at 6 h recover at 8 h';

/** Reads `fail` statement `id`; undefined after reporting why it cannot be read. */
export function readFailure(ctx: ReadContext, id: number): HostFailure | undefined {
  const rows = ctx.tree.rows;
  const count = rows.argCount(id);
  const first = rows.argFirst[id];
  const used = Math.min(count, SHAPE.length);
  for (let i = 0; i < used; i++) {
    const part = SHAPE[i];
    const fits =
      part === 'host' ? argIs(rows, id, i, ArgKind.Word) :
      part === 'time' ? argIs(rows, id, i, ArgKind.Time) || argIs(rows, id, i, ArgKind.Quantity) :
      argIs(rows, id, i, ArgKind.Word) && rows.text[first + i] === part;
    if (!fits) return malformed(ctx, argSpan(rows, first + i));
  }
  // Too few words: `fail esx1`, `fail esx1 at 6 h recover`.
  if (count < 3 || (count > 3 && count < 6)) return malformed(ctx, count === 0 ? keywordAt(rows, id) : argSpan(rows, first + count - 1));
  extraArgs(ctx, id, 6, 'fail');
  const at = timeAt(ctx, first + 2);
  const recover = count >= 6 ? timeAt(ctx, first + 5) : undefined;
  if (at === undefined || (count >= 6 && recover === undefined)) return undefined;
  const name = first;
  return {
    host: new LocatedName(rows.text[name]!, rows.argStart[name], rows.argEnd[name]),
    at,
    atSpan: argSpan(rows, first + 2),
    recover,
    recoverSpan: count >= 6 ? argSpan(rows, first + 5) : undefined,
    span: statementSpan(rows, id),
  };
}

/** A time argument in seconds from the start: a time of day on the first day, or an offset. */
function timeAt(ctx: ReadContext, row: number): number | undefined {
  if (ctx.tree.rows.argKind[row] === ArgKind.Time) return timeOfDay(ctx, row, 'fail', FAIL_EXAMPLE);
  return boundsOf(ctx, 'fail', row, RULES.failTime)?.max;
}

function malformed(ctx: ReadContext, span: Span): undefined {
  report(ctx, 'recovery.malformed', span, FAIL_EXAMPLE);
  return undefined;
}
