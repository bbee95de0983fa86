import type { UsedSettings } from './types';
import type { Plan } from './plan';
import { stepHost } from './hoststep';
import type { SeriesRecorder } from './series';
import { EngineState, progressEvery, refreshUpAt } from './state';
import { stepSteadyHost } from './steady';
import type { Startup } from './startup';
import type { Tally } from './tally';

// The step loop works through time in blocks and, within a block, one host at a time through
// all of the block's steps (hoststep.ts says why that gives the same numbers): a host's few
// kilobytes of state then stay in the CPU's cache from step to step, where stepping every host
// each step would stream all of the fleet's arrays through memory several times a step. A host
// up since before the block takes the steady path (steady.ts), which skips what cannot change
// once everything is up; one still starting, running jobs, or too big takes the general path.

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
  /** False: every host takes the general path, the reference the fast paths must match bit for bit. */
  readonly fastPaths: boolean;
}

/** Runs the time-stepped simulation over a plan. */
export function runEngine(plan: Plan, s: UsedSettings, options: EngineOptions, progress?: ProgressHook): EngineRun {
  const st = new EngineState(plan, s, options.seriesBudget);
  const fast = options.fastPaths;
  const { tally, recorder, startup } = st;
  const dtFull = s.step;
  const stepLength = (k: number): number => Math.min(dtFull, s.duration - k * dtFull);
  const block = st.block;
  const every = progressEvery(s.steps);
  let stepsDone = 0;
  let cancelled = false;
  machinesUp(st, 0, stepLength(0));
  while (stepsDone < s.steps) {
    const k0 = stepsDone;
    // Blocks end where the progress hook is due, so it is called at the same steps as ever, and
    // where a host could start taking the steady path.
    const k1 = Math.min(k0 + block.stride, s.steps, (Math.floor(k0 / every) + 1) * every, fast ? steadyFrom(st, k0) : Infinity);
    const resolve = stepBlock(st, k0, k1, fast);
    stepsDone = k1;
    if (resolve) {
      // Only with blocks of one step: what waited on the finished jobs can start from the step's end.
      startup.resolve(k0 * dtFull + stepLength(k0));
      for (let i = 0; i < plan.n; i++) st.upFrom[i] = Math.max(startup.ready[i], st.restartAt[i]);
      refreshUpAt(st);
      if (k1 < s.steps) machinesUp(st, k1, stepLength(k1));
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
  for (let k = k0; k < k1; k++) loads.prepare(k - k0, k * s.step, Math.min(s.step, s.duration - k * s.step));
  let resolve = false;
  for (let h = 0; h < st.plan.hosts.length; h++) {
    if (!(fast && mayBeSteady(st, h, k0) && stepSteadyHost(st, h)) && stepHost(st, h, k0, k1)) resolve = true;
  }
  return resolve;
}

/** Whether host number h may take the steady path from step k: up since before it, without jobs, and not too big. */
function mayBeSteady(st: EngineState, h: number, k: number): boolean {
  return st.hasJobs[h] === 0 && st.upAt[h] <= (k - 1) * st.s.step && st.slots[h] <= st.block.slots;
}

/** The first step after k from which a host that may not take the steady path at k may, within the run (Infinity if none). */
function steadyFrom(st: EngineState, k: number): number {
  let first = Infinity;
  for (let h = 0; h < st.plan.hosts.length; h++) {
    if (st.hasJobs[h] === 1 || st.slots[h] > st.block.slots || mayBeSteady(st, h, k) || !(st.upAt[h] < st.s.duration)) continue;
    // Up at upAt: a step or two after it; the exact test decides.
    let from = Math.max(k + 1, Math.floor(st.upAt[h] / st.s.step));
    while (!mayBeSteady(st, h, from)) from++;
    if (from < first) first = from;
  }
  return first;
}

/** How much of step k, of length dt, each machine is up, parents first, from its up time and its parent's. */
function machinesUp(st: EngineState, k: number, dt: number): void {
  const { up, upFrom } = st;
  const parent = st.plan.parent;
  const t0 = k * st.s.step;
  const t1 = t0 + dt;
  for (let i = 0; i < st.plan.machines; i++) {
    const from = upFrom[i];
    let u = from <= t0 ? 1 : from >= t1 ? 0 : (t1 - from) / dt;
    const p = parent[i];
    if (p >= 0 && up[p] < u) u = up[p];
    up[i] = u;
  }
}
