import { defaultPower, powerAt } from './energy';
import { allowedMemory, memoryPressureFactor, restartBackoff } from './memory';
import type { UsedSettings } from './types';
import { K, type Plan } from './plan';
import { levelAt, mixSeeds, nextState, uniform, walkStep } from './profiles';
import { SeriesRecorder } from './series';
import { shareFairly } from './share';
import { Startup } from './startup';
import { Tally } from './tally';

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

/** Runs the time-stepped simulation over a plan. */
export function runEngine(plan: Plan, s: UsedSettings, budget: number, progress?: ProgressHook): EngineRun {
  const n = plan.n;
  const { kind, parent, cap, weight, eff, host } = plan;
  const jobDone = new Float64Array(n).fill(Infinity);
  const startup = new Startup(plan, jobDone);
  const ready = startup.ready;
  const isHost = new Uint8Array(n);
  for (const h of plan.hosts) isHost[h] = 1;
  const recorder = new SeriesRecorder(isHost, s.steps, budget);
  const tally = new Tally(plan, recorder);

  // Children of each entity, contiguous, for the fair-share pass.
  const childStart = new Int32Array(n + 1);
  const childIds = new Int32Array(Math.max(1, n));
  for (let i = 0; i < n; i++) if (parent[i] >= 0) childStart[parent[i] + 1]++;
  for (let i = 0; i < n; i++) childStart[i + 1] += childStart[i];
  const fillAt = childStart.slice(0, n);
  for (let i = 0; i < n; i++) if (parent[i] >= 0) childIds[fillAt[parent[i]]++] = i;
  const scratch = new Int32Array(Math.max(1, n));

  const up = new Float64Array(n);
  const want = new Float64Array(n);
  const ask = new Float64Array(n);
  const grant = new Float64Array(n);
  const inner = new Float64Array(n);
  const memIn = new Float64Array(n);
  const memOut = new Float64Array(n);
  const level = new Float64Array(n);
  const walk = new Float64Array(n);
  const rng = new Int32Array(n);
  const remaining = Float64Array.from(plan.work);
  const downUntil = new Float64Array(n);
  const kills = new Int32Array(n);
  const started = new Uint8Array(n);
  const pressure = new Float64Array(n).fill(1);
  const allowed = new Float64Array(n);
  const power = plan.power.map((p, i) => (kind[i] === K.host ? (p ?? defaultPower(cap[i])) : undefined));
  for (const h of plan.hosts) allowed[h] = allowedMemory(plan.memFixed[h], plan.reserve[h], s.overcommit.memory);
  for (let i = 0; i < n; i++) {
    const p = plan.profiles[i];
    if (p?.shape === 'random') {
      walk[i] = (p.low + p.high) / 2;
      rng[i] = mixSeeds(s.seed, p.seed, i);
    }
  }

  const dtFull = s.step;
  const every = Math.max(1, Math.floor(s.steps / 100));
  let stepsDone = 0;
  let cancelled = false;
  for (let k = 0; k < s.steps; k++) {
    const t0 = k * dtFull;
    const dt = Math.min(dtFull, s.duration - t0);
    const t1 = t0 + dt;
    recorder.at(k);

    // Pass 1, parents first: how much of the step each entity is up, and what workloads want.
    for (let i = 0; i < n; i++) {
      inner[i] = 0;
      memIn[i] = 0;
      const p = parent[i];
      const from = Math.max(ready[i], downUntil[i]);
      let u = from <= t0 ? 1 : from >= t1 ? 0 : (t1 - from) / dt;
      if (p >= 0 && up[p] < u) u = up[p];
      const ki = kind[i];
      if (ki === K.app) {
        const prof = plan.profiles[i];
        if (prof?.shape === 'random') {
          rng[i] = nextState(rng[i]);
          walk[i] = walkStep(walk[i], prof.low, prof.high, uniform(rng[i]), dt);
        }
        const l = prof ? levelAt(prof, t0, dt, walk[i]) : 0.1;
        level[i] = l;
        want[i] = l * cap[i] * u;
        memOut[i] = u > 0 ? (plan.memLow[i] + (plan.memHigh[i] - plan.memLow[i]) * l) * u : 0;
      } else if (ki === K.job) {
        if (remaining[i] <= 0) u = 0;
        // Full parallelism until done, so the finishing time within the step comes out exact.
        want[i] = cap[i] * u;
        memOut[i] = plan.memHigh[i] * u;
        if (u > 0 && started[i] === 0) {
          started[i] = 1;
          tally.event(Math.max(ready[i], t0), 'job-started', i);
        }
      }
      up[i] = u;
    }

    // Pass 2, children first: add demand and memory up the tree, capped by vCPUs and limits.
    for (let i = n - 1; i >= 0; i--) {
      const ki = kind[i];
      if (ki === K.vm) {
        want[i] = inner[i] / eff[i];
        const limit = cap[i] * up[i];
        ask[i] = want[i] < limit ? want[i] : limit;
        const booting = ready[i] - plan.boot[i];
        const b = booting <= t0 ? 1 : booting >= t1 ? 0 : (t1 - booting) / dt;
        memOut[i] = plan.memFixed[i] * Math.min(b, up[parent[i]]);
      } else if (ki === K.container) {
        want[i] = inner[i] / eff[i];
        const limit = cap[i] * up[i];
        ask[i] = want[i] < limit ? want[i] : limit;
        const use = memIn[i] > 0 ? memIn[i] : plan.memRequest[i] * up[i];
        memOut[i] = use;
        if (up[i] > 0 && use > plan.memLimit[i] * up[i] + 1e-9) {
          kills[i]++;
          tally.event(t1, 'oom-kill', i, use / up[i]);
          // Back after kubelet's back-off and a fresh start.
          downUntil[i] = t1 + restartBackoff(kills[i]) + plan.boot[i];
          if (downUntil[i] <= s.duration) tally.event(downUntil[i], 'restart', i);
        }
      } else if (ki === K.host) {
        ask[i] = inner[i];
      } else {
        ask[i] = want[i];
      }
      const p = parent[i];
      if (p >= 0) {
        inner[p] += ask[i];
        memIn[p] += memOut[i];
      }
    }

    // Pass 3, parents first: hand CPU down, fairly where it is short, and account for it.
    for (let i = 0; i < n; i++) {
      const ki = kind[i];
      let avail: number;
      if (ki === K.host) {
        grant[i] = inner[i] < cap[i] ? inner[i] : cap[i];
        const f = memoryPressureFactor(memIn[i], allowed[i]);
        tally.pressure(i, pressure[i], f, t0);
        pressure[i] = f;
        tally.saturation(i, inner[i] > cap[i] + 1e-9, t0);
        tally.host(i, inner[i], grant[i], plan.reserve[i] + memIn[i], t0, dt, powerAt(power[i]!, grant[i] / cap[i]), f < 1);
        avail = cap[i];
      } else if (ki === K.app || ki === K.job) {
        const delivered = grant[i] * pressure[host[i]];
        tally.workload(i, want[i], delivered, memOut[i], dt, up[i]);
        if (ki === K.job && delivered > 0 && remaining[i] > 0) {
          const before = remaining[i];
          remaining[i] -= delivered * dt;
          if (remaining[i] <= before * 1e-12) {
            remaining[i] = 0;
            jobDone[i] = t0 + before / delivered;
            tally.finish(i, jobDone[i]);
            if (startup.hasDependents(i)) startup.resolve();
          }
        }
        continue;
      } else {
        const vm = ki === K.vm;
        tally.guest(i, vm ? ask[i] : want[i], grant[i], vm ? 0 : want[i] - ask[i], vm ? memIn[i] : memOut[i], dt, up[i]);
        avail = grant[i] * eff[i];
      }
      const a = childStart[i];
      const count = childStart[i + 1] - a;
      if (count === 0) continue;
      if (inner[i] <= avail) {
        for (let c = a; c < a + count; c++) grant[childIds[c]] = ask[childIds[c]];
      } else {
        shareFairly(childIds, a, count, avail, ask, weight, grant, scratch);
      }
    }
    stepsDone = k + 1;
    if (progress && (stepsDone % every === 0 || stepsDone === s.steps) && progress(stepsDone, s.steps) === false) {
      cancelled = stepsDone < s.steps;
      break;
    }
  }
  tally.close(ready, jobDone, remaining, Math.min(stepsDone * dtFull, s.duration));
  return { tally, recorder, startup, stepsDone, cancelled };
}
