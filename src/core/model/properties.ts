// A layer's properties: each property line read into typed values with its findings, and the
// properties of a layer read again on demand. The model builder reads them once while it checks the
// file; after the checks of the layer's host, the layer lets them go and reads them again (silently,
// with the same code) when an editor feature asks. A big file's quantities, load profiles and
// property objects then die young instead of filling the heap.
import type { Span } from '../diagnostics';
import { msg } from '../l10n/localizer';
import { ArgKind, NONE, type TreeColumns } from '../syntax/columns';
import type { SyntaxTree } from '../syntax/tree';
import { readFunction, readNic } from './network';
import { KEYWORD_ROLES, REPEATABLE, RULES } from './schema';
import { readVolume } from './storage';
import type { JobStart, LayerKind, LayerProps, LoadProfile, NameRef, PowerModel } from './types';
import { argIs, argOrKeyword, argSpan, boundsOf, extraArgs, keywordAt, LocatedName, type ReadContext, readBounds, report, rowValue, statementSpan } from './values';

/** Reads property statement `id` into `props`; the caller has checked that it belongs to `kind`. */
export function readProperty(ctx: ReadContext, id: number, kind: LayerKind, props: LayerProps): void {
  const rows = ctx.tree.rows;
  const key = rows.keyword[id] as keyof LayerProps;
  if (props[key] !== undefined && !REPEATABLE.has(key)) report(ctx, 'schema.duplicateProperty', keywordAt(rows, id), key);
  switch (key) {
    case 'cpu': {
      const rule = kind === 'hardware' ? RULES.hardwareCpu : kind === 'container' ? RULES.containerCpu : RULES.appCpu;
      props.cpu = readBounds(ctx, id, rule);
      break;
    }
    case 'vcpu': props.vcpu = readBounds(ctx, id, RULES.vcpu); break;
    case 'memory': props.memory = readBounds(ctx, id, kind === 'hardware' || kind === 'vm' ? RULES.memory : RULES.memoryRange); break;
    case 'disk': props.disk = readBounds(ctx, id, RULES.disk); break;
    case 'network': props.network = readBounds(ctx, id, RULES.network); break;
    case 'reserve': props.reserve = readBounds(ctx, id, RULES.reserve); break;
    case 'boot': props.boot = readBounds(ctx, id, RULES.boot); break;
    case 'work': props.work = readBounds(ctx, id, RULES.work); break;
    case 'power': props.power = readPower(ctx, id); break;
    case 'load': props.load = readLoad(ctx, id); break;
    case 'start': props.start = readStart(ctx, id); break;
    case 'type': props.type = readType(ctx, id); break;
    case 'image': {
      if (argIs(rows, id, 0, ArgKind.String)) props.image = { value: rows.text[rows.argFirst[id]]!, span: argSpan(rows, rows.argFirst[id]) };
      else report(ctx, 'schema.expectedValue', argOrKeyword(rows, id, 0), 'image', msg('what.image'), 'image "nginx:1.27"');
      extraArgs(ctx, id, 1, 'image');
      break;
    }
    case 'tenant': {
      if (argIs(rows, id, 0, ArgKind.Word) || argIs(rows, id, 0, ArgKind.String)) props.tenant = located(rows, rows.argFirst[id]);
      else report(ctx, 'schema.expectedValue', argOrKeyword(rows, id, 0), 'tenant', msg('what.owner'), 'tenant acme');
      extraArgs(ctx, id, 1, 'tenant');
      break;
    }
    case 'depends': props.depends = readNames(ctx, id); break;
    case 'volume': {
      const volume = readVolume(ctx, id);
      if (volume) (props.volume ??= []).push(volume);
      break;
    }
    // Network virtualization (VS6xx): NICs add up, one per line.
    case 'nic': {
      const nic = readNic(ctx, id);
      if (nic) (props.nic ??= []).push(nic);
      break;
    }
    case 'function': props.function = readFunction(ctx, id); break;
  }
}

/** The name written as argument `row`, with its place. */
function located(rows: TreeColumns, row: number): LocatedName {
  return new LocatedName(rows.text[row]!, rows.argStart[row], rows.argEnd[row]);
}

function readNames(ctx: ReadContext, id: number): NameRef[] {
  const rows = ctx.tree.rows;
  const first = rows.argFirst[id];
  const count = rows.argCount(id);
  // Sized up front: an array grown by push keeps room for 16, and a big file has thousands of these lines.
  const refs = new Array<NameRef>(count);
  let n = 0;
  for (let row = first; row < first + count; row++) {
    if (rows.argKind[row] === ArgKind.Word) refs[n++] = located(rows, row);
    else report(ctx, 'schema.expectedValue', argSpan(rows, row), 'depends', msg('what.names'), 'depends db, cache');
  }
  if (n < count) refs.length = n;
  if (count === 0) report(ctx, 'schema.expectedValue', keywordAt(rows, id), 'depends', msg('what.names'), 'depends db, cache');
  return refs;
}

function readType(ctx: ReadContext, id: number): { value: 1 | 2; span: Span } | undefined {
  const rows = ctx.tree.rows;
  const row = rows.argFirst[id];
  extraArgs(ctx, id, 1, 'type');
  const value = rows.value[row];
  if (argIs(rows, id, 0, ArgKind.Quantity) && rows.unit[row] === 0 && (value === 1 || value === 2)) return { value, span: argSpan(rows, row) };
  report(ctx, 'schema.expectedValue', argOrKeyword(rows, id, 0), 'type', msg('what.hypervisorType'), 'type 1');
  return undefined;
}

function readStart(ctx: ReadContext, id: number): JobStart | undefined {
  const rows = ctx.tree.rows;
  const row = rows.argFirst[id];
  extraArgs(ctx, id, 1, 'start');
  if (argIs(rows, id, 0, ArgKind.Time)) {
    const seconds = timeOfDay(ctx, row, 'start', 'start 01:30');
    return seconds === undefined ? undefined : { at: 'time-of-day', seconds, span: argSpan(rows, row) };
  }
  const b = rows.argCount(id) > 0 ? boundsOf(ctx, 'start', row, RULES.offset) : readBounds(ctx, id, RULES.offset);
  return b && { at: 'offset', seconds: b.max, span: b.span };
}

/** Seconds since midnight of a time-of-day argument row, or undefined after reporting why not. */
function timeOfDay(ctx: ReadContext, row: number, key: string, example: string): number | undefined {
  const rows = ctx.tree.rows;
  if (rows.argKind[row] !== ArgKind.Time) {
    report(ctx, 'schema.expectedValue', argSpan(rows, row), key, msg('what.timeOfDay'), example);
    return undefined;
  }
  const hours = Math.floor(rows.value[row] / 60);
  const minutes = rows.value[row] % 60;
  if (hours > 23 || minutes > 59) {
    report(ctx, 'schema.badTime', argSpan(rows, row), `${hours}:${String(minutes).padStart(2, '0')}`);
    return undefined;
  }
  return hours * 3600 + minutes * 60;
}

function readPower(ctx: ReadContext, id: number): PowerModel | undefined {
  const rows = ctx.tree.rows;
  const first = rows.argFirst[id];
  const count = rows.argCount(id);
  const span = statementSpan(rows, id);
  if (argIs(rows, id, 0, ArgKind.Word) && rows.text[first] === 'curve') {
    const watts: number[] = [];
    for (let row = first + 1; row < first + count; row++) {
      const quantity = rows.argKind[row] === ArgKind.Quantity;
      const v = quantity ? rowValue(ctx, 'power', row, RULES.watts) : undefined;
      if (!quantity) report(ctx, 'schema.expectedValue', argSpan(rows, row), 'power curve', msg('what.powerCurve'), 'power curve 50 W 60 W … 200 W');
      if (v === undefined) return undefined;
      watts.push(v);
    }
    if (watts.length !== 11) {
      report(ctx, 'schema.expectedValue', span, 'power curve', msg('what.powerCurveCount', String(watts.length)), 'power curve 50 W 60 W … 200 W');
      return undefined;
    }
    return { model: 'curve', watts, span };
  }
  const kv = keyedQuantities(ctx, id, ['idle', 'peak'], 'power idle 50 W peak 200 W');
  if (!kv) return undefined;
  const idle = rowValue(ctx, 'power', kv[0], RULES.watts);
  const peak = rowValue(ctx, 'power', kv[1], RULES.watts);
  if (idle === undefined || peak === undefined) return undefined;
  if (idle > peak) {
    report(ctx, 'schema.rangeOrder', span, `${idle} W`, `${peak} W`);
    return undefined;
  }
  return { model: 'linear', idle, peak, span };
}

/** Reads `key value key value …` pairs; every listed key is required. Returns the value rows in the order of `keys`. */
export function keyedQuantities(ctx: ReadContext, id: number, keys: readonly string[], example: string): number[] | undefined {
  const rows = ctx.tree.rows;
  const out = keys.map(() => -1);
  const first = rows.argFirst[id];
  const end = first + rows.argCount(id);
  const key = rows.keyword[id];
  for (let row = first; row < end; row += 2) {
    const k = rows.argKind[row] === ArgKind.Word ? keys.indexOf(rows.text[row]!) : -1;
    if (k < 0 || row + 1 >= end || rows.argKind[row + 1] !== ArgKind.Quantity) {
      report(ctx, 'schema.expectedValue', argSpan(rows, row), key, keys.map((x) => `${x} VALUE`).join(' '), example);
      return undefined;
    }
    out[k] = row + 1;
  }
  if (out.includes(-1)) {
    report(ctx, 'schema.expectedValue', statementSpan(rows, id), key, keys.map((x) => `${x} VALUE`).join(' '), example);
    return undefined;
  }
  return out;
}

const LOAD_EXAMPLES: Readonly<Record<string, string>> = {
  constant: 'load constant 40%', daily: 'load daily 20%..90% peak 14:00', spikes: 'load spikes 10%..90% every 2 h for 5 m', random: 'load random 20%..80% seed 7',
};
const LOAD_OPTIONS: Readonly<Record<string, readonly string[]>> = { constant: [], daily: ['peak'], spikes: ['every', 'for'], random: ['seed'] };
/** What messages call each profile; made once rather than for every load line. */
const LOAD_KEYS: Readonly<Record<string, string>> = Object.fromEntries(Object.keys(LOAD_EXAMPLES).map((k) => [k, `load ${k}`]));

function readLoad(ctx: ReadContext, id: number): LoadProfile | undefined {
  const rows = ctx.tree.rows;
  const first = rows.argFirst[id];
  const count = rows.argCount(id);
  const examples = LOAD_EXAMPLES;
  const name = argIs(rows, id, 0, ArgKind.Word) ? rows.text[first]! : '';
  if (!Object.prototype.hasOwnProperty.call(examples, name)) {
    report(ctx, 'schema.expectedValue', argOrKeyword(rows, id, 0), 'load', msg('what.profile'), examples.daily);
    return undefined;
  }
  const key = LOAD_KEYS[name];
  const span = statementSpan(rows, id);
  const levels = first + 1;
  if (name === 'constant') {
    extraArgs(ctx, id, 2, key);
    const b = count > 1 ? boundsOf(ctx, 'load', levels, RULES.share) : undefined;
    if (count < 2) report(ctx, 'schema.expectedValue', argSpan(rows, first), key, msg('what.share'), examples.constant);
    return b && { shape: 'constant', level: b.max, span };
  }
  if (!argIs(rows, id, 1, ArgKind.Range)) {
    report(ctx, 'schema.expectedValue', argOrKeyword(rows, id, count > 1 ? 1 : 0), key, msg('what.shareRange'), examples[name]);
    return undefined;
  }
  const b = boundsOf(ctx, 'load', levels, RULES.shareRange);
  const allowed = LOAD_OPTIONS[name];
  const opts = readOptions(ctx, id, 2, key, examples[name], allowed);
  if (!b || !opts) return undefined;
  const example = examples[name];
  if (name === 'daily') {
    const peak = requiredOption(ctx, opts, 0, allowed, span, key, example);
    if (peak === undefined) return undefined;
    const hour = timeOfDay(ctx, peak, 'peak', examples.daily);
    return hour === undefined ? undefined : { shape: 'daily', low: b.min, high: b.max, peakHour: hour / 3600, span };
  }
  if (name === 'spikes') {
    const every = requiredOption(ctx, opts, 0, allowed, span, key, example);
    const length = requiredOption(ctx, opts, 1, allowed, span, key, example);
    const e = every === undefined ? undefined : boundsOf(ctx, 'every', every, RULES.duration);
    const l = length === undefined ? undefined : boundsOf(ctx, 'for', length, RULES.duration);
    return e && l ? { shape: 'spikes', low: b.min, high: b.max, every: e.max, length: l.max, span } : undefined;
  }
  const seed = requiredOption(ctx, opts, 0, allowed, span, key, example);
  const s = seed === undefined ? undefined : boundsOf(ctx, 'seed', seed, RULES.seed);
  return s ? { shape: 'random', low: b.min, high: b.max, seed: s.max, span } : undefined;
}

/** The value row of a required option, or undefined after reporting that it is missing. */
function requiredOption(ctx: ReadContext, opts: readonly number[], option: number, allowed: readonly string[], span: Span, key: string, example: string): number | undefined {
  if (opts[option] >= 0) return opts[option];
  report(ctx, 'schema.expectedValue', span, key, msg('what.option', allowed[option]), example);
  return undefined;
}

/**
 * `word value` pairs after a profile, from argument `from` of statement `id`: for each of
 * `allowed`, the row of its value (the last one given), or -1 when it is not given.
 */
function readOptions(ctx: ReadContext, id: number, from: number, key: string, example: string, allowed: readonly string[]): number[] | undefined {
  const rows = ctx.tree.rows;
  const out = allowed.map(() => -1);
  const end = rows.argFirst[id] + rows.argCount(id);
  for (let row = rows.argFirst[id] + from; row < end; row += 2) {
    if (rows.argKind[row] !== ArgKind.Word || row + 1 >= end) {
      report(ctx, 'schema.expectedValue', argSpan(rows, row), key, msg('what.options'), example);
      return undefined;
    }
    const k = rows.text[row]!;
    const option = allowed.indexOf(k);
    if (option < 0) {
      report(ctx, 'schema.unknownOption', argSpan(rows, row), k, key, allowed.join(', '));
      return undefined;
    }
    out[option] = row + 1;
  }
  return out;
}

// A layer's properties, read from the property lines of its block. The model builder reads them
// once while it checks the file; after the checks of the layer's host, the layer lets them go and
// reads them again (silently, with the same code) when an editor feature asks. A big file's
// quantities, load profiles and property objects then die young instead of filling the heap.
/**
 * Shared by every layer that has no property line (most OS, hypervisor and middleware layers),
 * so that a big file does not carry tens of thousands of empty objects; the first property gives
 * a layer its own.
 */
export const NO_PROPS: LayerProps = Object.freeze(emptyProps());

/** Properties with every field present: one object shape for all layers. */
export function emptyProps(): LayerProps {
  return {
    cpu: undefined, vcpu: undefined, memory: undefined, disk: undefined, network: undefined, reserve: undefined, power: undefined, type: undefined,
    image: undefined, tenant: undefined, boot: undefined, load: undefined, work: undefined, start: undefined, depends: undefined, volume: undefined,
    nic: undefined, function: undefined,
  };
}

/** Reads property line `id` of a `kind` layer into `props`, and returns them (a new object if they were NO_PROPS). */
export function addProperty(ctx: ReadContext, id: number, kind: LayerKind, props: LayerProps): LayerProps {
  const own = props === NO_PROPS ? emptyProps() : props;
  readProperty(ctx, id, kind, own);
  return own;
}

/** The properties of a `kind` layer written in the block of statement `owner`, read again without reporting (the builder has reported already). */
export function readLayerProps(tree: SyntaxTree, owner: number, kind: LayerKind): LayerProps {
  const rows = tree.rows;
  if (rows.open[owner] === NONE) return NO_PROPS;
  const ctx: ReadContext = { tree, diagnostics: [] };
  let props = NO_PROPS;
  for (let i = rows.listFirst[owner], end = i + rows.listCount[owner]; i < end; i++) {
    const id = rows.list[i];
    const role = KEYWORD_ROLES.get(rows.keyword[id]);
    if (role?.role === 'property' && role.places.includes(kind)) props = addProperty(ctx, id, kind, props);
  }
  return props;
}
