import { type Arg, keywordSpan, type Statement } from '../syntax/ast';
import { phrase } from '../messages';
import { RULES } from './rules';
import type { JobStart, LayerKind, LayerProps, LoadProfile, NameRef, PowerModel } from './types';
import { boundsOf, extraArgs, quantityValue, type ReadContext, readBounds, report } from './values';

/** Reads one property statement into `props`; the caller has checked that it belongs to `kind`. */
export function readProperty(ctx: ReadContext, stmt: Statement, kind: LayerKind, props: LayerProps): void {
  const key = stmt.keyword as keyof LayerProps;
  if (props[key] !== undefined) report(ctx, 'schema.duplicateProperty', keywordSpan(stmt), key);
  switch (key) {
    case 'cpu': {
      const rule = kind === 'hardware' ? RULES.hardwareCpu : kind === 'container' ? RULES.containerCpu : RULES.appCpu;
      props.cpu = readBounds(ctx, stmt, rule);
      break;
    }
    case 'vcpu': props.vcpu = readBounds(ctx, stmt, RULES.vcpu); break;
    case 'memory': props.memory = readBounds(ctx, stmt, kind === 'hardware' || kind === 'vm' ? RULES.memory : RULES.memoryRange); break;
    case 'disk': props.disk = readBounds(ctx, stmt, RULES.disk); break;
    case 'network': props.network = readBounds(ctx, stmt, RULES.network); break;
    case 'reserve': props.reserve = readBounds(ctx, stmt, RULES.reserve); break;
    case 'boot': props.boot = readBounds(ctx, stmt, RULES.boot); break;
    case 'work': props.work = readBounds(ctx, stmt, RULES.work); break;
    case 'power': props.power = readPower(ctx, stmt); break;
    case 'load': props.load = readLoad(ctx, stmt); break;
    case 'start': props.start = readStart(ctx, stmt); break;
    case 'type': props.type = readType(ctx, stmt); break;
    case 'image': {
      const a = stmt.args[0];
      if (a?.kind === 'string') props.image = { value: a.value, span: a };
      else report(ctx, 'schema.expectedValue', a ?? keywordSpan(stmt), 'image', phrase('what.image'), 'image "nginx:1.27"');
      extraArgs(ctx, stmt.args, 1, 'image');
      break;
    }
    case 'tenant': {
      const a = stmt.args[0];
      if (a?.kind === 'word' || a?.kind === 'string') props.tenant = { name: a.kind === 'word' ? a.text : a.value, span: a };
      else report(ctx, 'schema.expectedValue', a ?? keywordSpan(stmt), 'tenant', phrase('what.owner'), 'tenant acme');
      extraArgs(ctx, stmt.args, 1, 'tenant');
      break;
    }
    case 'depends': props.depends = readNames(ctx, stmt); break;
  }
}

function readNames(ctx: ReadContext, stmt: Statement): NameRef[] {
  const refs: NameRef[] = [];
  for (const a of stmt.args) {
    if (a.kind === 'word') refs.push({ name: a.text, span: a });
    else report(ctx, 'schema.expectedValue', a, 'depends', phrase('what.names'), 'depends db, cache');
  }
  if (stmt.args.length === 0) report(ctx, 'schema.expectedValue', keywordSpan(stmt), 'depends', phrase('what.names'), 'depends db, cache');
  return refs;
}

function readType(ctx: ReadContext, stmt: Statement): { value: 1 | 2; span: { start: number; end: number } } | undefined {
  const a = stmt.args[0];
  extraArgs(ctx, stmt.args, 1, 'type');
  if (a?.kind === 'quantity' && a.unit === undefined && (a.value === 1 || a.value === 2)) return { value: a.value, span: a };
  report(ctx, 'schema.expectedValue', a ?? keywordSpan(stmt), 'type', phrase('what.hypervisorType'), 'type 1');
  return undefined;
}

function readStart(ctx: ReadContext, stmt: Statement): JobStart | undefined {
  const a = stmt.args[0];
  extraArgs(ctx, stmt.args, 1, 'start');
  if (a?.kind === 'time') {
    const seconds = timeOfDay(ctx, a, 'start', 'start 01:30');
    return seconds === undefined ? undefined : { at: 'time-of-day', seconds, span: a };
  }
  const b = a ? boundsOf(ctx, 'start', a, RULES.offset) : readBounds(ctx, stmt, RULES.offset);
  return b && { at: 'offset', seconds: b.max, span: b.span };
}

/** Seconds since midnight of a time-of-day argument, or undefined after reporting why not. */
function timeOfDay(ctx: ReadContext, a: Arg, key: string, example: string): number | undefined {
  if (a.kind !== 'time') {
    report(ctx, 'schema.expectedValue', a, key, phrase('what.timeOfDay'), example);
    return undefined;
  }
  if (a.hours > 23 || a.minutes > 59) {
    report(ctx, 'schema.badTime', a, `${a.hours}:${String(a.minutes).padStart(2, '0')}`);
    return undefined;
  }
  return a.hours * 3600 + a.minutes * 60;
}

function readPower(ctx: ReadContext, stmt: Statement): PowerModel | undefined {
  const args = stmt.args;
  const span = { start: stmt.start, end: stmt.end };
  const head = args[0];
  if (head?.kind === 'word' && head.text === 'curve') {
    const watts: number[] = [];
    for (const a of args.slice(1)) {
      const v = a.kind === 'quantity' ? quantityValue(ctx, 'power', a, RULES.watts) : undefined;
      if (a.kind !== 'quantity') report(ctx, 'schema.expectedValue', a, 'power curve', phrase('what.powerCurve'), 'power curve 50 W 60 W … 200 W');
      if (v === undefined) return undefined;
      watts.push(v);
    }
    if (watts.length !== 11) {
      report(ctx, 'schema.expectedValue', span, 'power curve', phrase('what.powerCurveCount', String(watts.length)), 'power curve 50 W 60 W … 200 W');
      return undefined;
    }
    return { model: 'curve', watts, span };
  }
  const kv = keyedQuantities(ctx, stmt, ['idle', 'peak'], 'power idle 50 W peak 200 W');
  if (!kv) return undefined;
  const idle = kv.idle && quantityValue(ctx, 'power', kv.idle, RULES.watts);
  const peak = kv.peak && quantityValue(ctx, 'power', kv.peak, RULES.watts);
  if (idle === undefined || peak === undefined) return undefined;
  if (idle > peak) {
    report(ctx, 'schema.rangeOrder', span, `${idle} W`, `${peak} W`);
    return undefined;
  }
  return { model: 'linear', idle, peak, span };
}

/** Reads `key value key value …` pairs; every listed key is required. */
export function keyedQuantities(ctx: ReadContext, stmt: Statement, keys: readonly string[], example: string): Record<string, Arg & { kind: 'quantity' }> | undefined {
  const out: Record<string, Arg & { kind: 'quantity' }> = {};
  const args = stmt.args;
  const key = stmt.keyword;
  for (let i = 0; i < args.length; i += 2) {
    const k = args[i];
    const v = args[i + 1];
    if (k.kind !== 'word' || !keys.includes(k.text) || v?.kind !== 'quantity') {
      report(ctx, 'schema.expectedValue', k, key, keys.map((x) => `${x} VALUE`).join(' '), example);
      return undefined;
    }
    out[k.text] = v;
  }
  const missing = keys.find((k) => !(k in out));
  if (missing) {
    report(ctx, 'schema.expectedValue', { start: stmt.start, end: stmt.end }, key, keys.map((x) => `${x} VALUE`).join(' '), example);
    return undefined;
  }
  return out;
}

const LOAD_EXAMPLES: Readonly<Record<string, string>> = {
  constant: 'load constant 40%', daily: 'load daily 20%..90% peak 14:00', spikes: 'load spikes 10%..90% every 2 h for 5 m', random: 'load random 20%..80% seed 7',
};
const LOAD_OPTIONS: Readonly<Record<string, readonly string[]>> = { daily: ['peak'], spikes: ['every', 'for'], random: ['seed'] };

function readLoad(ctx: ReadContext, stmt: Statement): LoadProfile | undefined {
  const args = stmt.args;
  const shape = args[0];
  const levels = args[1];
  const span = stmt;
  const examples = LOAD_EXAMPLES;
  if (shape?.kind !== 'word' || !Object.prototype.hasOwnProperty.call(examples, shape.text)) {
    report(ctx, 'schema.expectedValue', shape ?? keywordSpan(stmt), 'load', phrase('what.profile'), examples.daily);
    return undefined;
  }
  const name = shape.text;
  if (name === 'constant') {
    extraArgs(ctx, stmt.args, 2, 'load constant');
    const b = levels ? boundsOf(ctx, 'load', levels, RULES.share) : undefined;
    if (!levels) report(ctx, 'schema.expectedValue', shape, 'load constant', phrase('what.share'), examples.constant);
    return b && { shape: 'constant', level: b.max, span };
  }
  if (levels?.kind !== 'range') {
    report(ctx, 'schema.expectedValue', levels ?? shape, `load ${name}`, phrase('what.shareRange'), examples[name]);
    return undefined;
  }
  const b = boundsOf(ctx, 'load', levels, RULES.shareRange);
  const opts = readOptions(ctx, args, 2, `load ${name}`, examples[name], LOAD_OPTIONS[name]);
  if (!b || !opts) return undefined;
  const need = (k: string): Arg | undefined => {
    if (opts[k] === undefined) report(ctx, 'schema.expectedValue', span, `load ${name}`, phrase('what.option', k), examples[name]);
    return opts[k];
  };
  if (name === 'daily') {
    const peak = need('peak');
    if (!peak) return undefined;
    const hour = timeOfDay(ctx, peak, 'peak', examples.daily);
    return hour === undefined ? undefined : { shape: 'daily', low: b.min, high: b.max, peakHour: hour / 3600, span };
  }
  if (name === 'spikes') {
    const every = need('every');
    const length = need('for');
    const e = every && boundsOf(ctx, 'every', every, RULES.duration);
    const l = length && boundsOf(ctx, 'for', length, RULES.duration);
    return e && l ? { shape: 'spikes', low: b.min, high: b.max, every: e.max, length: l.max, span } : undefined;
  }
  const seed = need('seed');
  const s = seed && boundsOf(ctx, 'seed', seed, RULES.seed);
  return s ? { shape: 'random', low: b.min, high: b.max, seed: s.max, span } : undefined;
}

/** `word value` pairs after a profile; a value may be a quantity or a time. */
function readOptions(ctx: ReadContext, args: readonly Arg[], from: number, key: string, example: string, allowed: readonly string[]): Record<string, Arg> | undefined {
  const out: Record<string, Arg> = {};
  for (let i = from; i < args.length; i += 2) {
    const k = args[i];
    const v = args[i + 1];
    if (k.kind !== 'word' || v === undefined) {
      report(ctx, 'schema.expectedValue', k, key, phrase('what.options'), example);
      return undefined;
    }
    if (!allowed.includes(k.text)) {
      report(ctx, 'schema.unknownOption', k, k.text, key, allowed.join(', '));
      return undefined;
    }
    out[k.text] = v;
  }
  return out;
}
