import type { Diagnostic } from '../diagnostics';
import type { PhraseId } from '../l10n/phrases';
import { list, makeDiagnostic, type MessageArg, type MessageId, phrase } from '../messages';
import { type Arg, keywordSpan, type Quantity, type Statement } from '../syntax/ast';
import { BASE_UNIT, type Dimension, UNITS, toBase, unitsOf } from '../units';
import type { Bounds } from './types';

/** What a reader needs: somewhere to report. */
export interface ReadContext {
  readonly diagnostics: Diagnostic[];
}

/** Constraints on a quantity read from a statement. */
export interface QuantityRule {
  readonly dimension: Dimension;
  /** What the value is, for messages, e.g. "a number of cores". */
  readonly what: PhraseId;
  /** An example to show in messages. */
  readonly example: string;
  readonly range?: boolean;
  /** 'positive' (> 0) or 'nonNegative' (>= 0). */
  readonly sign: 'positive' | 'nonNegative';
  readonly integer?: boolean;
  /** Upper bound in base units, e.g. 1 for a share (100 %). */
  readonly max?: number;
  /** Whether a bare number is accepted (cores, seeds and ratios have no unit). */
  readonly bare?: boolean;
}

/** Reports a message at a span. */
export function report(ctx: ReadContext, id: MessageId, span: { start: number; end: number }, ...args: MessageArg[]): void {
  ctx.diagnostics.push(makeDiagnostic(id, span.start, span.end, ...args));
}

/** Reads the one quantity (or range) argument of `stmt`, checking unit, sign and order. */
export function readBounds(ctx: ReadContext, stmt: Statement, rule: QuantityRule): Bounds | undefined {
  const key = stmt.keyword;
  const first = stmt.args[0];
  if (!first || (first.kind !== 'quantity' && first.kind !== 'range') || (first.kind === 'range' && !rule.range)) {
    report(ctx, 'schema.expectedValue', first ?? keywordSpan(stmt), key, phrase(rule.what), rule.example);
    return undefined;
  }
  extraArgs(ctx, stmt.args, 1, key);
  return boundsOf(ctx, key, first, rule);
}

/** Converts a quantity or range argument already picked out of a statement. */
export function boundsOf(ctx: ReadContext, key: string, arg: Quantity | Arg, rule: QuantityRule): Bounds | undefined {
  if (arg.kind === 'range') {
    if (!rule.range) {
      report(ctx, 'schema.expectedValue', arg, key, phrase(rule.what), rule.example);
      return undefined;
    }
    const low = quantityValue(ctx, key, arg.low, rule);
    const high = quantityValue(ctx, key, arg.high, rule);
    if (low === undefined || high === undefined) return undefined;
    if (low > high) {
      report(ctx, 'schema.rangeOrder', arg, show(arg.low), show(arg.high));
      return undefined;
    }
    return { min: low, max: high, span: arg };
  }
  if (arg.kind !== 'quantity') {
    report(ctx, 'schema.expectedValue', arg, key, phrase(rule.what), rule.example);
    return undefined;
  }
  const v = quantityValue(ctx, key, arg, rule);
  return v === undefined ? undefined : { min: v, max: v, span: arg };
}

/** A single quantity in base units, or undefined after reporting why not. */
export function quantityValue(ctx: ReadContext, key: string, q: Quantity, rule: QuantityRule): number | undefined {
  if (!Number.isFinite(q.value)) return undefined; // the parser already reported it
  if (q.unit === undefined) {
    if (!rule.bare) {
      report(ctx, 'schema.missingUnit', q, key, dimensionName(rule.dimension), unitsOf(rule.dimension).join(', '));
      return undefined;
    }
  } else if (UNITS[q.unit].dimension !== rule.dimension) {
    report(ctx, 'schema.wrongUnit', q, key, dimensionName(rule.dimension), q.unit, dimensionName(UNITS[q.unit].dimension), unitsOf(rule.dimension).join(', '));
    return undefined;
  }
  const value = toBase(q.value, q.unit);
  const bad =
    (rule.sign === 'positive' ? !(value > 0) : !(value >= 0)) ||
    (rule.integer === true && !Number.isInteger(q.value)) ||
    (rule.max !== undefined && value > rule.max);
  if (bad) {
    report(ctx, 'schema.outOfRange', q, key, requirement(rule), show(q));
    return undefined;
  }
  return value;
}

/** Reports the arguments from index `from` on, which the statement does not use. */
export function extraArgs(ctx: ReadContext, args: readonly Arg[], from: number, key: string): void {
  if (args.length > from) report(ctx, 'schema.extraArgument', { start: args[from].start, end: args[args.length - 1].end }, describeArg(args[from]), key);
}

/** How an argument is named in messages. */
export function describeArg(a: Arg): MessageArg {
  switch (a.kind) {
    case 'word': return `'${a.text}'`;
    case 'string': return phrase('token.string', a.value);
    case 'quantity': return `'${show(a)}'`;
    case 'range': return `'${show(a.low)}..${show(a.high)}'`;
    case 'time': return `'${String(a.hours).padStart(2, '0')}:${String(a.minutes).padStart(2, '0')}'`;
  }
}

function show(q: Quantity): string {
  return q.unit === undefined ? String(q.value) : q.unit === '%' ? `${q.value}%` : `${q.value} ${q.unit}`;
}

function requirement(rule: QuantityRule): MessageArg {
  const parts: MessageArg[] = [phrase(rule.sign === 'positive' ? 'req.positive' : 'req.nonNegative')];
  if (rule.integer) parts.push(phrase('req.whole'));
  if (rule.max !== undefined) parts.push(phrase('req.atMost', rule.max === 1 && rule.dimension === 'share' ? '100%' : `${rule.max} ${BASE_UNIT[rule.dimension]}`));
  return list(parts);
}

function dimensionName(d: Dimension): MessageArg {
  return phrase(`dim.${d}`);
}
