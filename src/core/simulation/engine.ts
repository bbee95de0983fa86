import { stepLength, upShare } from './formulas';
import { stepHost } from './hoststep';
import type { Plan } from './plan';
import type { SeriesRecorder } from './series';
import { EngineState, progressEvery, refreshUpAt } from './state';
import { steadyFrom, stepSteadyHost } from './steady';
import type { Startup } from './startup';
import type { Tally } from './tally';
import type { UsedSettings } from './types';

// The step loop works through time in blocks and, within a block, one host at a time through
// all of the block's steps (hoststep.ts says why that gives the same numbers): a host's few
// kilobytes of state then stay in the CPU's cache from step to step, where stepping every host
// each step would stream all of the fleet's arrays through memory several times a step. A host
// up since before the block takes the steady path (steady.ts), which skips what cannot change
// once everything is up; one still starting, running jobs, or too big takes the general path
// (hoststep.ts), which every host takes when the fast paths are off.

/** Called every few steps; returning false stops the run. */
export type ProgressHook = (stepsDone: number, steps: number) => boolean | void;

/** The raw outcome of the step loop, before the summary and consolidation are derived. */
export interface EngineRun {
  readonly tally: Tally;
  readonly recorder: SeriesRecorder;
  readonly startup: Startup;
  readonly stepsDone: number;
  readonly cancelled: boolean;
}

/** How the engine runs, besides the settings: bounds on what it keeps, and whether it takes the fast paths. */
export interface EngineOptions {
  /** Most numbers kept in time series (see series.ts). */
  readonly seriesBudget: number;
  /** Most events kept on the timeline (see tally.ts). */
  readonly eventLimit: number;
  /** False: every host takes the general path, the reference the fast paths must match bit for bit. */
  readonly fastPaths: boolean;
}

/** Runs the time-stepped simulation over a plan. */
export function runEngine(plan: Plan, s: UsedSettings, options: EngineOptions, progress?: ProgressHook): EngineRun {
  const st = new EngineState(plan, s, options);
  const fast = options.fastPaths;
  const { tally, recorder, startup } = st;
  const dtFull = s.step;
  const block = st.block;
  const every = progressEvery(s.steps);
  let stepsDone = 0;
  let cancelled = false;
  machinesUp(st, 0, stepLength(s.step, s.duration, 0));
  while (stepsDone < s.steps) {
    const k0 = stepsDone;
    // Blocks end where the progress hook is due, so it is called at the same steps as ever, and
    // where a host could start taking the steady path.
    const k1 = Math.min(k0 + block.stride, s.steps, (Math.floor(k0 / every) + 1) * every, fast ? steadyFrom(st, k0) : Infinity);
    const resolve = stepBlock(st, k0, k1, fast);
    stepsDone = k1;
    if (resolve) {
      // Only with blocks of one step: what waited on the finished jobs can start from the step's end.
      startup.resolve(k0 * dtFull + stepLength(s.step, s.duration, k0));
      for (let i = 0; i < plan.n; i++) st.upFrom[i] = Math.max(startup.ready[i], st.restartAt[i]);
      refreshUpAt(st);
      if (k1 < s.steps) machinesUp(st, k1, stepLength(s.step, s.duration, k1));
    }
    if (progress && (stepsDone % every === 0 || stepsDone === s.steps) && progress(stepsDone, s.steps) === false) {
      cancelled = stepsDone < s.steps;
      break;
    }
  }
  const elapsed = Math.min(stepsDone * dtFull, s.duration);
  recorder.totals(dtFull, tally.demand, tally.granted);
  tally.close(startup.ready, st.jobDone, st.remaining, elapsed);
  return { tally, recorder, startup, stepsDone, cancelled };
}

/**
 * Takes every host through steps [k0, k1); true when a job that others wait on finished. A
 * function of its own, called once a block, so that it is compiled once and serves every run.
 */
function stepBlock(st: EngineState, k0: number, k1: number, fast: boolean): boolean {
  const { s, block, loads } = st;
  block.set(k0, k1, s, st.recorder);
  for (let k = k0; k < k1; k++) loads.prepare(k - k0, k * s.step, stepLength(s.step, s.duration, k));
  let resolve = false;
  for (let h = 0; h < st.plan.hosts.length; h++) {
    if (!(fast && stepSteadyHost(st, h)) && stepHost(st, h, k0, k1)) resolve = true;
  }
  return resolve;
}

/** How much of step k, of length dt, each machine is up, parents first, from its up time and its parent's. */
function machinesUp(st: EngineState, k: number, dt: number): void {
  const { up, upFrom } = st;
  const parent = st.plan.parent;
  const t0 = k * st.s.step;
  const t1 = t0 + dt;
  for (let i = 0; i < st.plan.machines; i++) {
    const p = parent[i];
    up[i] = upShare(upFrom[i], t0, t1, dt, p >= 0 ? up[p] : 1);
  }
}
