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
  /**
   * Not a user setting: false takes every host through the general path (hoststep.ts), the
   * plain reference the fast paths are compared with in the tests. The results are the same.
   */
  fastPaths?: boolean;
}

/**
 * Limits that keep a run within seconds and memory; a refusal names the one exceeded. Counts
 * are checked before anything is allocated for the run. Within them a run's engine and result
 * take at most about 200 MB of JavaScript heap and 100 MB of typed arrays (docs/simulation.md
 * gives the measurements), and its time grows with entities × steps.
 */
export const LIMITS = {
  /** Steps of one run: 100,000 is 69 days at one minute, or a day at one second. */
  maxSteps: 100_000,
  /** Hosts, VMs, containers, apps and jobs of one run: what its memory grows with. */
  maxEntities: 100_000,
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

/** Why these settings cannot run (which limit, in English and Korean), or undefined when they can. */
export function settingsProblem(s: UsedSettings, entities: number): { kind: 'too-many-steps' | 'too-many-entities' | 'too-much-work' | 'bad-setting'; en: string; ko: string } | undefined {
  const n = (x: number) => x.toLocaleString('en-US');
  const bad = (en: string, ko: string) => ({ kind: 'bad-setting' as const, en, ko });
  if (!(s.duration > 0) || !Number.isFinite(s.duration)) return bad(`The duration must be a positive time, not ${s.duration} s.`, `duration은 양의 시간이어야 합니다(${s.duration} s는 안 됩니다).`);
  if (!(s.step > 0) || !Number.isFinite(s.step)) return bad(`The step must be a positive time, not ${s.step} s.`, `step은 양의 시간이어야 합니다(${s.step} s는 안 됩니다).`);
  if (s.step > s.duration) return bad(`The step (${s.step} s) is longer than the duration (${s.duration} s).`, `step(${s.step} s)이 duration(${s.duration} s)보다 깁니다.`);
  if (!(s.overcommit.cpu > 0) || !(s.overcommit.memory > 0)) return bad('Overcommit ratios must be greater than zero.', '오버커밋 비율은 0보다 커야 합니다.');
  if (s.steps > LIMITS.maxSteps) {
    return {
      kind: 'too-many-steps',
      en: `A duration of ${s.duration} s in steps of ${s.step} s is ${n(s.steps)} steps; the limit is ${n(LIMITS.maxSteps)}. Use a longer step or a shorter duration.`,
      ko: `${s.duration} s를 ${s.step} s 간격으로 나누면 ${n(s.steps)}단계로, 한도 ${n(LIMITS.maxSteps)}단계를 넘습니다. step을 늘리거나 duration을 줄이세요.`,
    };
  }
  if (entities > LIMITS.maxEntities) {
    return {
      kind: 'too-many-entities',
      en: `The file has ${n(entities)} entities to simulate (hosts, VMs, containers, apps and jobs); the limit is ${n(LIMITS.maxEntities)}, which keeps a run within its memory. Simulate a part of the fleet: a file with fewer hosts.`,
      ko: `시뮬레이션할 항목(호스트, VM, 컨테이너, 앱, 작업)이 ${n(entities)}개로, 메모리 안에서 실행하기 위한 한도 ${n(LIMITS.maxEntities)}개를 넘습니다. 호스트를 줄인 파일로 일부만 시뮬레이션하세요.`,
    };
  }
  const work = s.steps * entities;
  if (work > LIMITS.maxEntitySteps) {
    return {
      kind: 'too-much-work',
      en: `${n(entities)} entities over ${n(s.steps)} steps is ${n(work)} entity-steps; the limit is ${n(LIMITS.maxEntitySteps)}. Use a longer step or a shorter duration.`,
      ko: `항목 ${n(entities)}개 × ${n(s.steps)}단계 = ${n(work)} 항목-단계로, 한도 ${n(LIMITS.maxEntitySteps)}를 넘습니다. step을 늘리거나 duration을 줄이세요.`,
    };
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
