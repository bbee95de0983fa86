import { defaultPower, powerAt } from './energy';
import { allowedMemory, memoryPressureFactor, restartBackoff } from './memory';
import type { UsedSettings } from './types';
import { DEFAULTS, K, type Plan } from './plan';
import { LoadTable } from './profiles';
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
  const tally = new Tally(plan);

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
  const remaining = Float64Array.from(plan.work);
  // When each entity is next up: its start-up time, or later its restart after an OOM kill.
  const restartAt = new Float64Array(n);
  const upFrom = Float64Array.from(ready);
  const kills = new Int32Array(n);
  const started = new Uint8Array(n);
  const pressure = new Float64Array(n).fill(1);
  const allowed = new Float64Array(n);
  const power = plan.power.map((p, i) => (kind[i] === K.host ? (p ?? defaultPower(cap[i])) : undefined));
  for (const h of plan.hosts) allowed[h] = allowedMemory(plan.memFixed[h], plan.reserve[h], s.overcommit.memory);
  const loads = new LoadTable(plan.profiles, s.seed, DEFAULTS.appLoad);
  const rec = recorder;
  const rank = rec.rank;
  const [[otherD, otherG, otherM], [hostD, hostG, hostM]] = rec.buffers;
  const { throttled: throttledSum, upCapacity, peakUtil, peakMemory } = tally;
  const machines = Int32Array.from(plan.info.filter((e) => e.kind === 'host' || e.kind === 'vm' || e.kind === 'container').map((e) => e.id));
  const workloads = Int32Array.from(plan.info.filter((e) => e.kind === 'app' || e.kind === 'job').map((e) => e.id));
  const { memLow, memHigh } = plan;
  /** Utilization and memory peaks, and capacity-time while up. */
  const account = (i: number, g: number, mem: number, dt: number): void => {
    const u = up[i];
    if (u > 0) {
      upCapacity[i] += cap[i] * u * dt;
      const util = g / (cap[i] * u);
      if (util > peakUtil[i]) peakUtil[i] = util;
    }
    if (mem > peakMemory[i]) peakMemory[i] = mem;
  };
  const finishJob = (i: number, delivered: number, t0: number, dt: number): void => {
    const before = remaining[i];
    remaining[i] -= delivered * dt;
    if (remaining[i] > before * 1e-12) return;
    remaining[i] = 0;
    jobDone[i] = t0 + before / delivered;
    tally.finish(i, jobDone[i]);
    if (!startup.hasDependents(i)) return;
    startup.resolve();
    for (let j = 0; j < n; j++) upFrom[j] = Math.max(ready[j], restartAt[j]);
  };

  const dtFull = s.step;
  const every = Math.max(1, Math.floor(s.steps / 100));
  let stepsDone = 0;
  let cancelled = false;
  for (let k = 0; k < s.steps; k++) {
    const t0 = k * dtFull;
    const dt = Math.min(dtFull, s.duration - t0);
    const t1 = t0 + dt;
    // A last step shorter than the others counts for its share in the series and totals.
    const w = dt / dtFull;
    recorder.at(k);
    loads.begin(t0, dt);

    // Pass 1, machines parents first: how much of the step each is up; clear the sums.
    for (let m = 0; m < machines.length; m++) {
      const i = machines[m];
      inner[i] = 0;
      memIn[i] = 0;
      const from = upFrom[i];
      let u = from <= t0 ? 1 : from >= t1 ? 0 : (t1 - from) / dt;
      const p = parent[i];
      if (p >= 0 && up[p] < u) u = up[p];
      up[i] = u;
    }

    // Pass 2, children first: what workloads want, added up the tree, capped by vCPUs and limits.
    for (let i = n - 1; i >= 0; i--) {
      const ki = kind[i];
      const p = parent[i];
      if (ki === K.app || ki === K.job) {
        const from = upFrom[i];
        let u = from <= t0 ? 1 : from >= t1 ? 0 : (t1 - from) / dt;
        if (up[p] < u) u = up[p];
        if (ki === K.app) {
          const l = loads.level(i);
          want[i] = l * cap[i] * u;
          memOut[i] = u > 0 ? (memLow[i] + (memHigh[i] - memLow[i]) * l) * u : 0;
        } else {
          if (remaining[i] <= 0) u = 0;
          // Full parallelism until done, so the finishing time within the step comes out exact.
          want[i] = cap[i] * u;
          memOut[i] = memHigh[i] * u;
          if (u > 0 && started[i] === 0) {
            started[i] = 1;
            tally.event(Math.max(ready[i], t0), 'job-started', i);
          }
        }
        up[i] = u;
        ask[i] = want[i];
      } else if (ki === K.vm) {
        want[i] = inner[i] / eff[i];
        const limit = cap[i] * up[i];
        ask[i] = want[i] < limit ? want[i] : limit;
        const booting = ready[i] - plan.boot[i];
        const b = booting <= t0 ? 1 : booting >= t1 ? 0 : (t1 - booting) / dt;
        memOut[i] = plan.memFixed[i] * Math.min(b, up[p]);
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
          restartAt[i] = t1 + restartBackoff(kills[i]) + plan.boot[i];
          upFrom[i] = Math.max(ready[i], restartAt[i]);
          if (restartAt[i] <= s.duration) tally.event(restartAt[i], 'restart', i);
        }
      } else {
        ask[i] = inner[i];
      }
      if (p >= 0) {
        inner[p] += ask[i];
        memIn[p] += memOut[i];
      }
    }

    // Pass 3, machines parents first: hand CPU down, fairly where it is short, and account for it.
    const baseHost = rec.baseHost;
    const baseOther = rec.baseOther;
    for (let m = 0; m < machines.length; m++) {
      const i = machines[m];
      const ki = kind[i];
      let avail: number;
      let d: number; // what it wanted, was granted and held in memory this step
      let g: number;
      let mem: number;
      if (ki === K.host) {
        d = inner[i];
        g = grant[i] = d < cap[i] ? d : cap[i];
        mem = plan.reserve[i] + memIn[i];
        const f = memoryPressureFactor(memIn[i], allowed[i]);
        if (f !== pressure[i]) tally.pressure(i, pressure[i], f, t0);
        pressure[i] = f;
        if (f < 1) tally.pressured(k, dt);
        tally.saturation(i, d > cap[i] + 1e-9, t0);
        tally.energy[i] += powerAt(power[i]!, g / cap[i]) * dt;
        avail = cap[i];
        const at = baseHost + rank[i];
        hostD[at] += d * w;
        hostG[at] += g * w;
        hostM[at] += mem * w;
      } else {
        g = grant[i];
        avail = g * eff[i];
        if (ki === K.vm) {
          d = ask[i];
          mem = memIn[i];
        } else {
          d = want[i];
          mem = memOut[i];
          throttledSum[i] += (d - ask[i]) * dt;
        }
        const at = baseOther + rank[i];
        otherD[at] += d * w;
        otherG[at] += g * w;
        otherM[at] += mem * w;
      }
      account(i, g, mem, dt);
      const a = childStart[i];
      const count = childStart[i + 1] - a;
      if (count === 0) continue;
      if (inner[i] <= avail) {
        for (let c = a; c < a + count; c++) grant[childIds[c]] = ask[childIds[c]];
      } else {
        shareFairly(childIds, a, count, avail, ask, weight, grant, scratch);
      }
    }

    // Pass 4, workloads: what they got, slowed by their host's memory pressure.
    for (let q = 0; q < workloads.length; q++) {
      const i = workloads[q];
      const g = grant[i] * pressure[host[i]];
      if (kind[i] === K.job && g > 0 && remaining[i] > 0) finishJob(i, g, t0, dt);
      const at = baseOther + rank[i];
      otherD[at] += want[i] * w;
      otherG[at] += g * w;
      otherM[at] += memOut[i] * w;
      account(i, g, memOut[i], dt);
    }
    stepsDone = k + 1;
    if (progress && (stepsDone % every === 0 || stepsDone === s.steps) && progress(stepsDone, s.steps) === false) {
      cancelled = stepsDone < s.steps;
      break;
    }
  }
  const elapsed = Math.min(stepsDone * dtFull, s.duration);
  recorder.totals(dtFull, tally.demand, tally.granted);
  tally.close(ready, jobDone, remaining, elapsed);
  return { tally, recorder, startup, stepsDone, cancelled };
}
