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

/** Why a run cannot go ahead, in English and Korean, and the setting to change, if one is to blame; the caller adds where to look. */
export interface Problem extends Omit<Refusal, 'span'> {
  readonly setting?: keyof SimulationSettings['spans'];
}

const n = (x: number): string => x.toLocaleString('en-US');
const bad = (setting: Problem['setting'], message: string, ko: string): Problem => ({ reason: 'bad-setting', message, ko, setting });

/**
 * Why the overrides a host hands `simulate` cannot be used, or undefined when they can. Every
 * host (the extension's settings, a CLI's flags) gets the same check here.
 */
export function overridesProblem(o: SimulationOverrides): Problem | undefined {
  for (const key of ['duration', 'step'] as const) {
    const v = o[key];
    if (v !== undefined && !(v > 0 && Number.isFinite(v))) return bad(key, `The ${key} must be a positive time, not ${v} s.`, `${key}은 양의 시간이어야 합니다(${v} s는 안 됩니다).`);
  }
  if (o.seed !== undefined && !validSeed(o.seed)) return seedProblem(o.seed);
  if (o.overcommit && !(validRatio(o.overcommit.cpu) && validRatio(o.overcommit.memory))) return ratioProblem();
  if (o.seriesBudget !== undefined && !wholeIn(o.seriesBudget, 1, LIMITS.seriesBudget)) {
    return bad(undefined, `The series budget must be a whole number from 1 to ${n(LIMITS.seriesBudget)}, not ${o.seriesBudget}.`, `시계열 한도는 1부터 ${n(LIMITS.seriesBudget)}까지의 정수여야 합니다(${o.seriesBudget}는 안 됩니다).`);
  }
  if (o.eventLimit !== undefined && !wholeIn(o.eventLimit, 0, LIMITS.eventLimit)) {
    return bad(undefined, `The event limit must be a whole number from 0 to ${n(LIMITS.eventLimit)}, not ${o.eventLimit}.`, `이벤트 한도는 0부터 ${n(LIMITS.eventLimit)}까지의 정수여야 합니다(${o.eventLimit}는 안 됩니다).`);
  }
  return undefined;
}

/**
 * Why these settings cannot run a model of `entities` entities (which limit, in English and
 * Korean), or undefined when they can. It also guards the engine against values no file could
 * give it (NaN, Infinity), whatever host built them.
 */
export function settingsProblem(s: UsedSettings, entities: number): Problem | undefined {
  if (!(s.duration > 0) || !Number.isFinite(s.duration)) return bad('duration', `The duration must be a positive time, not ${s.duration} s.`, `duration은 양의 시간이어야 합니다(${s.duration} s는 안 됩니다).`);
  if (!(s.step > 0) || !Number.isFinite(s.step)) return bad('step', `The step must be a positive time, not ${s.step} s.`, `step은 양의 시간이어야 합니다(${s.step} s는 안 됩니다).`);
  if (s.step > s.duration) return bad('step', `The step (${s.step} s) is longer than the duration (${s.duration} s).`, `step(${s.step} s)이 duration(${s.duration} s)보다 깁니다.`);
  if (!validSeed(s.seed)) return seedProblem(s.seed);
  if (!validRatio(s.overcommit.cpu) || !validRatio(s.overcommit.memory)) return ratioProblem();
  for (const [kind, seconds] of Object.entries(s.boot)) {
    if (!(seconds >= 0) || !Number.isFinite(seconds)) return bad('boot', `The boot time of a ${kind} must be a time of 0 s or more, not ${seconds} s.`, `${kind}의 부팅 시간은 0 s 이상이어야 합니다(${seconds} s는 안 됩니다).`);
  }
  if (s.steps > LIMITS.maxSteps) {
    return {
      reason: 'too-many-steps',
      setting: 'duration',
      message: `A duration of ${s.duration} s in steps of ${s.step} s is ${n(s.steps)} steps; the limit is ${n(LIMITS.maxSteps)}. Use a longer step or a shorter duration.`,
      ko: `${s.duration} s를 ${s.step} s 간격으로 나누면 ${n(s.steps)}단계로, 한도 ${n(LIMITS.maxSteps)}단계를 넘습니다. step을 늘리거나 duration을 줄이세요.`,
    };
  }
  if (entities > LIMITS.maxEntities) {
    return {
      reason: 'too-many-entities',
      message: `The file has ${n(entities)} entities to simulate (hosts, VMs, containers, apps and jobs); the limit is ${n(LIMITS.maxEntities)}, which keeps a run within its memory. Simulate a part of the fleet: a file with fewer hosts.`,
      ko: `시뮬레이션할 항목(호스트, VM, 컨테이너, 앱, 작업)이 ${n(entities)}개로, 메모리 안에서 실행하기 위한 한도 ${n(LIMITS.maxEntities)}개를 넘습니다. 호스트를 줄인 파일로 일부만 시뮬레이션하세요.`,
    };
  }
  const work = s.steps * entities;
  if (work > LIMITS.maxEntitySteps) {
    return {
      reason: 'too-much-work',
      setting: 'duration',
      message: `${n(entities)} entities over ${n(s.steps)} steps is ${n(work)} entity-steps; the limit is ${n(LIMITS.maxEntitySteps)}. Use a longer step or a shorter duration.`,
      ko: `항목 ${n(entities)}개 × ${n(s.steps)}단계 = ${n(work)} 항목-단계로, 한도 ${n(LIMITS.maxEntitySteps)}를 넘습니다. step을 늘리거나 duration을 줄이세요.`,
    };
  }
  return undefined;
}

/** Whether a seed is a whole number from 0 to LIMITS.maxSeed, so that no two seeds give the same run. */
function validSeed(seed: number): boolean {
  return wholeIn(seed, 0, LIMITS.maxSeed);
}

function seedProblem(seed: number): Problem {
  return bad('seed', `The seed must be a whole number from 0 to ${n(LIMITS.maxSeed)}, not ${seed}.`, `seed는 0부터 ${n(LIMITS.maxSeed)}까지의 정수여야 합니다(${seed}는 안 됩니다).`);
}

/** Whether an overcommit ratio is a finite number above zero. */
function validRatio(ratio: number): boolean {
  return ratio > 0 && Number.isFinite(ratio);
}

function ratioProblem(): Problem {
  return bad('overcommit', 'Overcommit ratios must be finite numbers greater than zero.', '오버커밋 비율은 0보다 큰 유한한 수여야 합니다.');
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
