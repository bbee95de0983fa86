import { ENGLISH, type MessageArg, type MessageId, msg } from '../l10n/localizer';
import type { SimulationSettings } from '../model/types';
import { UNITS } from '../units';
import type { Refusal, UsedSettings } from './types';

/** What the user may override over the file's `simulate` block. */
export interface SimulationOverrides {
  duration?: number;
  step?: number;
  seed?: number;
  overcommit?: { cpu: number; memory: number };
  /** Most numbers kept in time series over all entities; series are averaged into coarser buckets beyond it. */
  seriesBudget?: number;
  /** Most events kept on the timeline. */
  eventLimit?: number;
  /**
   * Host failures besides the file's `fail` lines, each in their syntax without the keyword:
   * "esx1 at 6 h recover at 8 h" (the extension's `virtstack.simulation.failures`). Read and
   * checked as the file's lines are (recoverySetting.ts); an entry that cannot be used refuses the run.
   */
  failures?: readonly string[];
  /**
   * Not a user setting: false takes every host through the general path (hoststep.ts), the
   * plain reference the fast paths are compared with in the tests. The results are the same.
   */
  fastPaths?: boolean;
}

/**
 * Limits that keep a run within seconds and memory, and the range of its seed; a refusal names
 * the one exceeded. Counts are checked before anything is allocated for the run. Within them a
 * run's engine and result take at most about 200 MB of JavaScript heap and 100 MB of typed
 * arrays (docs/simulation.md gives the measurements), and its time grows with entities × steps.
 */
export const LIMITS = {
  /** Steps of one run: 100,000 is 69 days at one minute, or a day at one second. */
  maxSteps: 100_000,
  /** Hosts, VMs, containers, apps and jobs of one run: what its memory grows with. */
  maxEntities: 100_000,
  /** Entities times steps: about ten seconds of work on one core. */
  maxEntitySteps: 300_000_000,
  /** Numbers kept in time series over all entities (the most a run may ask for). */
  seriesBudget: 3_000_000,
  /** Events kept on the timeline (the most a run may ask for). */
  eventLimit: 5_000,
  /** The largest seed: seeds are 32-bit, so a larger one would wrap round to a smaller one. */
  maxSeed: 4_294_967_295,
} as const;

/** The settings of a run: the file's block, then the user's overrides. */
export function usedSettings(file: SimulationSettings, o: SimulationOverrides = {}): UsedSettings {
  const duration = o.duration ?? file.duration;
  const step = o.step ?? file.step;
  return {
    duration,
    step,
    steps: Math.ceil(duration / step - 1e-9),
    seed: o.seed ?? file.seed,
    overcommit: o.overcommit ?? { ...file.overcommit },
    boot: { ...file.boot },
  };
}

/** Why a run cannot go ahead, and the setting to change, if one is to blame; the caller adds where to look. */
export interface Problem extends Omit<Refusal, 'span'> {
  readonly setting?: keyof SimulationSettings['spans'];
}

const n = (x: number): string => x.toLocaleString('en-US');
/** A refusal's words: the message as data for the host, and its English for logs. */
export function refusalText(id: MessageId, ...args: MessageArg[]): Pick<Refusal, 'text' | 'message'> {
  const text = msg(id, ...args);
  return { text, message: ENGLISH.text(text) };
}

const bad = (setting: Problem['setting'], id: MessageId, ...args: MessageArg[]): Problem => ({ reason: 'bad-setting', ...refusalText(id, ...args), setting });

/**
 * Why the overrides a host hands `simulate` cannot be used, or undefined when they can. Every
 * host (the extension's settings, a CLI's flags) gets the same check here.
 */
export function overridesProblem(o: SimulationOverrides): Problem | undefined {
  for (const key of ['duration', 'step'] as const) {
    const v = o[key];
    if (v !== undefined && !(v > 0 && Number.isFinite(v))) return bad(key, 'simulation.refusal.notPositive', key, String(v));
  }
  if (o.seed !== undefined && !validSeed(o.seed)) return seedProblem(o.seed);
  if (o.overcommit && !(validRatio(o.overcommit.cpu) && validRatio(o.overcommit.memory))) return ratioProblem();
  if (o.seriesBudget !== undefined && !wholeIn(o.seriesBudget, 1, LIMITS.seriesBudget)) {
    return bad(undefined, 'simulation.refusal.seriesBudget', n(LIMITS.seriesBudget), String(o.seriesBudget));
  }
  if (o.eventLimit !== undefined && !wholeIn(o.eventLimit, 0, LIMITS.eventLimit)) {
    return bad(undefined, 'simulation.refusal.eventLimit', n(LIMITS.eventLimit), String(o.eventLimit));
  }
  return undefined;
}

/**
 * Why these settings cannot run a model of `entities` entities (which limit), or undefined when they can. It also guards the engine against values no file could
 * give it (NaN, Infinity), whatever host built them.
 */
export function settingsProblem(s: UsedSettings, entities: number): Problem | undefined {
  if (!(s.duration > 0) || !Number.isFinite(s.duration)) return bad('duration', 'simulation.refusal.notPositive', 'duration', String(s.duration));
  if (!(s.step > 0) || !Number.isFinite(s.step)) return bad('step', 'simulation.refusal.notPositive', 'step', String(s.step));
  if (s.step > s.duration) return bad('step', 'simulation.refusal.stepLonger', String(s.step), String(s.duration));
  if (!validSeed(s.seed)) return seedProblem(s.seed);
  if (!validRatio(s.overcommit.cpu) || !validRatio(s.overcommit.memory)) return ratioProblem();
  for (const [kind, seconds] of Object.entries(s.boot)) {
    if (!(seconds >= 0) || !Number.isFinite(seconds)) return bad('boot', 'simulation.refusal.bootTime', kind, String(seconds));
  }
  if (s.steps > LIMITS.maxSteps) {
    return {
      reason: 'too-many-steps',
      setting: 'duration',
      ...refusalText('simulation.refusal.tooManySteps', String(s.duration), String(s.step), n(s.steps), n(LIMITS.maxSteps)),
    };
  }
  if (entities > LIMITS.maxEntities) {
    return {
      reason: 'too-many-entities',
      ...refusalText('simulation.refusal.tooManyEntities', n(entities), n(LIMITS.maxEntities)),
    };
  }
  const work = s.steps * entities;
  if (work > LIMITS.maxEntitySteps) {
    return {
      reason: 'too-much-work',
      setting: 'duration',
      ...refusalText('simulation.refusal.tooMuchWork', n(entities), n(s.steps), n(work), n(LIMITS.maxEntitySteps)),
    };
  }
  return undefined;
}

/** Whether a seed is a whole number from 0 to LIMITS.maxSeed, so that no two seeds give the same run. */
function validSeed(seed: number): boolean {
  return wholeIn(seed, 0, LIMITS.maxSeed);
}

function seedProblem(seed: number): Problem {
  return bad('seed', 'simulation.refusal.seed', n(LIMITS.maxSeed), String(seed));
}

/** Whether an overcommit ratio is a finite number above zero. */
function validRatio(ratio: number): boolean {
  return ratio > 0 && Number.isFinite(ratio);
}

function ratioProblem(): Problem {
  return bad('overcommit', 'simulation.refusal.overcommit');
}

/** Whether x is a whole number in [min, max] (NaN and Infinity are not). */
function wholeIn(x: number, min: number, max: number): boolean {
  return Number.isInteger(x) && x >= min && x <= max;
}

/** Reads a duration written as in a .virt file (`48 h`, `90 s`, `1 m`); undefined if it is not one. */
export function parseDuration(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]+)\s*$/.exec(text);
  if (!m) return undefined;
  const unit = UNITS[m[2]];
  if (!Object.prototype.hasOwnProperty.call(UNITS, m[2]) || unit.dimension !== 'duration') return undefined;
  const v = Number(m[1]) * unit.factor;
  return v > 0 && Number.isFinite(v) ? v : undefined;
}
