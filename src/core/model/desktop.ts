// Reading the properties of desktop, application and data virtualization (docs/language.md,
// "Kinds of virtualization"): a desktop pool's `persistent` and `broker`, an app's `delivery`,
// a data view's `sources`, and the number of desktops, `count`. Malformed values are VS102
// findings with an example of the right form, as for every other property.
import { msg } from '../l10n/localizer';
import { ArgKind } from '../syntax/columns';
import { RULES } from './schema';
import type { Bounds, Delivery, DeliveryMode, NameRef } from './types';
import { argIs, argOrKeyword, argSpan, extraArgs, keywordAt, LocatedName, type ReadContext, readBounds, report, statementSpan } from './values';

/** The modes of `delivery`, each with an example of it in use. */
export const DELIVERY_MODES: Readonly<Record<DeliveryMode, string>> = {
  streamed: 'delivery streamed app-v',
  server: 'delivery server',
  packaged: 'delivery packaged flatpak',
};

/** `count N`: a bare whole number (RULES.count); desktops are counted, so a unit is the wrong form. */
export function readCount(ctx: ReadContext, id: number): Bounds | undefined {
  const rows = ctx.tree.rows;
  const row = rows.argFirst[id];
  if (argIs(rows, id, 0, ArgKind.Quantity) && rows.unit[row] !== 0) {
    report(ctx, 'schema.expectedValue', argSpan(rows, row), 'count', msg(RULES.count.what), RULES.count.example);
    extraArgs(ctx, id, 1, 'count');
    return undefined;
  }
  return readBounds(ctx, id, RULES.count);
}

/** `persistent yes|no`. */
export function readPersistent(ctx: ReadContext, id: number): { value: boolean; span: LocatedName } | undefined {
  const rows = ctx.tree.rows;
  const row = rows.argFirst[id];
  extraArgs(ctx, id, 1, 'persistent');
  const word = argIs(rows, id, 0, ArgKind.Word) ? rows.text[row]! : '';
  if (word === 'yes' || word === 'no') return { value: word === 'yes', span: new LocatedName(word, rows.argStart[row], rows.argEnd[row]) };
  report(ctx, 'schema.expectedValue', argOrKeyword(rows, id, 0), 'persistent', msg('what.yesNo'), 'persistent no');
  return undefined;
}

/** `broker PRODUCT`: the product is resolved by the checks, which suggest the likely one. */
export function readBroker(ctx: ReadContext, id: number): NameRef | undefined {
  const rows = ctx.tree.rows;
  const row = rows.argFirst[id];
  extraArgs(ctx, id, 1, 'broker');
  if (argIs(rows, id, 0, ArgKind.Word)) return new LocatedName(rows.text[row]!, rows.argStart[row], rows.argEnd[row]);
  report(ctx, 'schema.expectedValue', argOrKeyword(rows, id, 0), 'broker', msg('what.productName'), 'broker horizon');
  return undefined;
}

/** `delivery streamed [SYSTEM]`, `delivery server` or `delivery packaged FORMAT`. */
export function readDelivery(ctx: ReadContext, id: number): Delivery | undefined {
  const rows = ctx.tree.rows;
  const first = rows.argFirst[id];
  const mode = argIs(rows, id, 0, ArgKind.Word) ? rows.text[first]! : '';
  if (!Object.prototype.hasOwnProperty.call(DELIVERY_MODES, mode)) {
    report(ctx, 'schema.expectedValue', argOrKeyword(rows, id, 0), 'delivery', msg('what.deliveryMode'), DELIVERY_MODES.streamed);
    return undefined;
  }
  const m = mode as DeliveryMode;
  const span = statementSpan(rows, id);
  if (m === 'server') {
    extraArgs(ctx, id, 1, 'delivery server');
    return { mode: m, span };
  }
  extraArgs(ctx, id, 2, `delivery ${m}`);
  if (argIs(rows, id, 1, ArgKind.Word)) return { mode: m, system: new LocatedName(rows.text[first + 1]!, rows.argStart[first + 1], rows.argEnd[first + 1]), span };
  // A streamed app may leave its system unsaid; a package always has a format.
  if (m === 'streamed' && rows.argCount(id) === 1) return { mode: m, span };
  report(ctx, 'schema.expectedValue', rows.argCount(id) > 1 ? argSpan(rows, first + 1) : argOrKeyword(rows, id, 0), `delivery ${m}`, msg(m === 'packaged' ? 'what.packageFormat' : 'what.streamingSystem'), DELIVERY_MODES[m]);
  return undefined;
}

/** `sources NAME, NAME…`: what a data-virtualization view federates. */
export function readSources(ctx: ReadContext, id: number): NameRef[] {
  const rows = ctx.tree.rows;
  const first = rows.argFirst[id];
  const count = rows.argCount(id);
  const refs: NameRef[] = [];
  for (let row = first; row < first + count; row++) {
    if (rows.argKind[row] === ArgKind.Word) refs.push(new LocatedName(rows.text[row]!, rows.argStart[row], rows.argEnd[row]));
    else report(ctx, 'schema.expectedValue', argSpan(rows, row), 'sources', msg('what.names'), 'sources orders-db, crm');
  }
  if (count === 0) report(ctx, 'schema.expectedValue', keywordAt(rows, id), 'sources', msg('what.names'), 'sources orders-db, crm');
  return refs;
}
