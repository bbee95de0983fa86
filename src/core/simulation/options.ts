import type { SimulationSettings } from '../model/types';
import { UNITS } from '../units';
import type { UsedSettings } from './types';

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
}

/** Limits that keep a run within seconds and memory; named in the refusal when exceeded. */
export const LIMITS = {
  /** Steps of one run: 100,000 is 69 days at one minute, or a day at one second. */
  maxSteps: 100_000,
  /** Entities times steps: about ten seconds of work on one core. */
  maxEntitySteps: 300_000_000,
  seriesBudget: 3_000_000,
  eventLimit: 5_000,
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

/** Why these settings cannot run, or undefined when they can. */
export function settingsProblem(s: UsedSettings, entities: number): string | undefined {
  if (!(s.duration > 0) || !Number.isFinite(s.duration)) return `The duration must be a positive time, not ${s.duration} s.`;
  if (!(s.step > 0) || !Number.isFinite(s.step)) return `The step must be a positive time, not ${s.step} s.`;
  if (s.step > s.duration) return `The step (${s.step} s) is longer than the duration (${s.duration} s).`;
  if (!(s.overcommit.cpu > 0) || !(s.overcommit.memory > 0)) return 'Overcommit ratios must be greater than zero.';
  if (s.steps > LIMITS.maxSteps) {
    return `A duration of ${s.duration} s in steps of ${s.step} s is ${s.steps.toLocaleString('en-US')} steps; the limit is ${LIMITS.maxSteps.toLocaleString('en-US')}. Use a longer step or a shorter duration.`;
  }
  const work = s.steps * entities;
  if (work > LIMITS.maxEntitySteps) {
    return `${entities.toLocaleString('en-US')} entities over ${s.steps.toLocaleString('en-US')} steps is ${work.toLocaleString('en-US')} entity-steps; the limit is ${LIMITS.maxEntitySteps.toLocaleString('en-US')}. Use a longer step or a shorter duration.`;
  }
  return undefined;
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
