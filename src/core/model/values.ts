// Reading the arguments of a statement into values: quantities in base units, bounds and ranges,
// with a finding for each argument that does not fit its rule; and the values of the model that
// carry where they are written.
import { type Diagnostic, type FindingId, makeDiagnostic, type Span } from '../diagnostics';
import { list, type MessageArg, type MessageId, msg } from '../l10n/localizer';
import type { Arg } from '../syntax/ast';
import { ArgKind, type TreeColumns } from '../syntax/columns';
import type { SyntaxTree } from '../syntax/tree';
import { BASE_UNIT, type Dimension, UNIT_INFOS, UNIT_NAMES, unitsOf } from '../units';
import type { Bounds, NameRef } from './types';

/** What a reader needs: the tree whose rows it reads, and somewhere to report. */
export interface ReadContext {
  readonly tree: SyntaxTree;
  readonly diagnostics: Diagnostic[];
}

/** Constraints on a quantity read from a statement. */
export interface QuantityRule {
  readonly dimension: Dimension;
  /** What the value is, for messages, e.g. "a number of cores". */
  readonly what: MessageId;
  /** An example to show in messages. */
  readonly example: string;
  readonly range?: boolean;
  /** 'positive' (> 0) or 'nonNegative' (>= 0). */
  readonly sign: 'positive' | 'nonNegative';
  readonly integer?: boolean;
  /** Upper bound in base units, e.g. 1 for a share (100 %); see LIMITS in rules.ts. */
  readonly max?: number;
  /** The upper bound as the language writes it, for messages ("4096 TiB", "100%"); given with `max`. */
  readonly maxWritten?: string;
  /** Whether a bare number is accepted (cores, seeds and ratios have no unit). */
  readonly bare?: boolean;
}

/** Reports a message at a span. */
export function report(ctx: ReadContext, id: FindingId, span: Span, ...args: MessageArg[]): void {
  ctx.diagnostics.push(makeDiagnostic(id, span.start, span.end, ...args));
}

/** Where argument `row` is written. */
export function argSpan(rows: TreeColumns, row: number): Span {
  return { start: rows.argStart[row], end: rows.argEnd[row] };
}

/** Where statement `id`'s keyword is written. */
export function keywordAt(rows: TreeColumns, id: number): Span {
  return { start: rows.start[id], end: rows.keywordEnd(id) };
}

/** Where statement `id` is written, block included. */
export function statementSpan(rows: TreeColumns, id: number): Span {
  return { start: rows.start[id], end: rows.end[id] };
}

/** The `i`th argument's span of statement `id`, or its keyword's when it has fewer arguments. */
export function argOrKeyword(rows: TreeColumns, id: number, i: number): Span {
  return i < rows.argCount(id) ? argSpan(rows, rows.argFirst[id] + i) : keywordAt(rows, id);
}

/** Whether statement `id` has an `i`th argument of this kind. */
export function argIs(rows: TreeColumns, id: number, i: number, kind: ArgKind): boolean {
  return i < rows.argCount(id) && rows.argKind[rows.argFirst[id] + i] === kind;
}

/** Reads the one quantity (or range) argument of statement `id`, checking unit, sign and order. */
export function readBounds(ctx: ReadContext, id: number, rule: QuantityRule): Bounds | undefined {
  const rows = ctx.tree.rows;
  const key = rows.keyword[id];
  const row = rows.argFirst[id];
  const kind = rows.argCount(id) > 0 ? rows.argKind[row] : -1;
  if ((kind !== ArgKind.Quantity && kind !== ArgKind.Range) || (kind === ArgKind.Range && !rule.range)) {
    report(ctx, 'schema.expectedValue', argOrKeyword(rows, id, 0), key, msg(rule.what), rule.example);
    return undefined;
  }
  extraArgs(ctx, id, 1, key);
  return boundsOf(ctx, key, row, rule);
}

/** Converts a quantity or range argument row already picked out of a statement. */
export function boundsOf(ctx: ReadContext, key: string, row: number, rule: QuantityRule): Bounds | undefined {
  const rows = ctx.tree.rows;
  const kind = rows.argKind[row];
  if (kind === ArgKind.Range) {
    if (!rule.range) {
      report(ctx, 'schema.expectedValue', argSpan(rows, row), key, msg(rule.what), rule.example);
      return undefined;
    }
    const low = quantityValue(ctx, key, rows.value[row], rows.unit[row], rows.argStart[row], rows.lowEnd[row], rule);
    const high = quantityValue(ctx, key, rows.high[row], rows.highUnit[row], rows.highStart[row], rows.argEnd[row], rule);
    if (low === undefined || high === undefined) return undefined;
    if (low > high) {
      report(ctx, 'schema.rangeOrder', argSpan(rows, row), show(rows.value[row], rows.unit[row]), show(rows.high[row], rows.highUnit[row]));
      return undefined;
    }
    return new LocatedBounds(low, high, rows.argStart[row], rows.argEnd[row]);
  }
  if (kind !== ArgKind.Quantity) {
    report(ctx, 'schema.expectedValue', argSpan(rows, row), key, msg(rule.what), rule.example);
    return undefined;
  }
  const v = quantityValue(ctx, key, rows.value[row], rows.unit[row], rows.argStart[row], rows.argEnd[row], rule);
  return v === undefined ? undefined : new LocatedBounds(v, v, rows.argStart[row], rows.argEnd[row]);
}

/** The quantity argument `row` in base units, or undefined after reporting why not. */
export function rowValue(ctx: ReadContext, key: string, row: number, rule: QuantityRule): number | undefined {
  const rows = ctx.tree.rows;
  return quantityValue(ctx, key, rows.value[row], rows.unit[row], rows.argStart[row], rows.argEnd[row], rule);
}

/** A single quantity (value, unit number, span) in base units, or undefined after reporting why not. */
function quantityValue(ctx: ReadContext, key: string, value: number, unit: number, start: number, end: number, rule: QuantityRule): number | undefined {
  if (!Number.isFinite(value)) return undefined; // the parser already reported it
  const info = UNIT_INFOS[unit];
  if (info === undefined) {
    if (!rule.bare) {
      report(ctx, 'schema.missingUnit', { start, end }, key, dimensionName(rule.dimension), unitsOf(rule.dimension).join(', '));
      return undefined;
    }
  } else if (info.dimension !== rule.dimension) {
    report(ctx, 'schema.wrongUnit', { start, end }, key, dimensionName(rule.dimension), UNIT_NAMES[unit]!, dimensionName(info.dimension), unitsOf(rule.dimension).join(', '));
    return undefined;
  }
  const base = info === undefined ? value : value * info.factor;
  const bad =
    (rule.sign === 'positive' ? !(base > 0) : !(base >= 0)) ||
    (rule.integer === true && !Number.isInteger(value)) ||
    (rule.max !== undefined && base > rule.max);
  if (bad) {
    report(ctx, 'schema.outOfRange', { start, end }, key, requirement(rule), show(value, unit));
    return undefined;
  }
  return base;
}

/** Reports the arguments of statement `id` from index `from` on, which the statement does not use. */
export function extraArgs(ctx: ReadContext, id: number, from: number, key: string): void {
  const rows = ctx.tree.rows;
  const count = rows.argCount(id);
  if (count <= from) return;
  const first = rows.argFirst[id];
  report(ctx, 'schema.extraArgument', { start: rows.argStart[first + from], end: rows.argEnd[first + count - 1] }, describeArg(ctx.tree.arg(first + from)), key);
}

/** How an argument is named in messages. */
export function describeArg(a: Arg): MessageArg {
  switch (a.kind) {
    case 'word': return `'${a.text}'`;
    case 'string': return msg('token.string', a.value);
    case 'quantity': return `'${show(a.value, a.unit)}'`;
    case 'range': return `'${show(a.low.value, a.low.unit)}..${show(a.high.value, a.high.unit)}'`;
    case 'time': return `'${String(a.hours).padStart(2, '0')}:${String(a.minutes).padStart(2, '0')}'`;
  }
}

function show(value: number, unit: number | string | undefined): string {
  const name = typeof unit === 'number' ? UNIT_NAMES[unit] : unit;
  return name === undefined ? String(value) : name === '%' ? `${value}%` : `${value} ${name}`;
}

function requirement(rule: QuantityRule): MessageArg {
  const parts: MessageArg[] = [msg(rule.sign === 'positive' ? 'req.positive' : 'req.nonNegative')];
  if (rule.integer) parts.push(msg('req.whole'));
  if (rule.max !== undefined) parts.push(msg('req.atMost', rule.maxWritten ?? `${rule.max} ${BASE_UNIT[rule.dimension]}`));
  return list(parts);
}

function dimensionName(d: Dimension): MessageArg {
  return msg(`dim.${d}`);
}

// Values of the model that carry where they are written. Each is its own span (`span` returns the
// object itself), so a big file does not hold a separate { start, end } object for each of its
// tens of thousands of quantities and names.
/** A value or a request..limit pair in base units, written at start..end. */
export class LocatedBounds implements Bounds, Span {
  constructor(
    readonly min: number,
    readonly max: number,
    readonly start: number,
    readonly end: number,
  ) {}

  /** Where the value is written: the object itself. */
  get span(): Span {
    return this;
  }
}

/** A use of a name, written at start..end. */
export class LocatedName implements NameRef, Span {
  constructor(
    readonly name: string,
    readonly start: number,
    readonly end: number,
  ) {}

  /** Where the name is written: the object itself. */
  get span(): Span {
    return this;
  }
}
