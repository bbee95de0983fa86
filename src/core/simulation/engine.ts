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
  /** Whether a machine's children asked for more than it had this step (then their grants are fair shares). */
  const contended = new Uint8Array(n);

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
  // Each host's power at 0 %, 10 %, … 100 % (a linear model read at those points), for a table look-up per step.
  const watts = new Float64Array(11 * n);
  for (const h of plan.hosts) {
    const model = plan.power[h] ?? defaultPower(cap[h]);
    for (let k = 0; k <= 10; k++) watts[11 * h + k] = powerAt(model, k / 10);
  }
  for (const h of plan.hosts) allowed[h] = allowedMemory(plan.memFixed[h], plan.reserve[h], s.overcommit.memory);
  const loads = new LoadTable(plan.profiles, s.seed, DEFAULTS.appLoad);
  const rec = recorder;
  const rank = rec.rank;
  const [[otherD, otherG, otherM], [hostD, hostG, hostM]] = rec.buffers;
  const { throttled: throttledSum, downtime, peakUtil, peakMemory } = tally;
  const M = plan.machines;
  const { memLow, memHigh } = plan;
  /** Utilization and memory peaks, and time not up (rare after start-up, so seldom written). */
  const account = (i: number, g: number, mem: number, dt: number): void => {
    const u = up[i];
    if (u < 1) downtime[i] += (1 - u) * dt;
    if (g > peakUtil[i] * cap[i] * u) peakUtil[i] = g / (cap[i] * u);
    if (mem > peakMemory[i]) peakMemory[i] = mem;
  };
  /** Kills a container over its memory limit; it comes back after kubelet's back-off and a fresh start. */
  const oomKill = (i: number, use: number, t: number): void => {
    kills[i]++;
    tally.event(t, 'oom-kill', i, use);
    restartAt[i] = t + restartBackoff(kills[i]) + plan.boot[i];
    upFrom[i] = Math.max(ready[i], restartAt[i]);
    if (restartAt[i] <= s.duration) tally.event(restartAt[i], 'restart', i);
  };
  let upChanged = false;
  const finishJob = (i: number, delivered: number, t0: number, dt: number): void => {
    const before = remaining[i];
    remaining[i] -= delivered * dt;
    if (remaining[i] > before * 1e-12) return;
    remaining[i] = 0;
    // It ran only for the last `up` share of the step, at delivered / up while it ran.
    const u = up[i];
    jobDone[i] = t0 + (1 - u) * dt + (before * u) / delivered;
    tally.finish(i, jobDone[i]);
    if (!startup.hasDependents(i)) return;
    startup.resolve(t0 + dt);
    for (let j = 0; j < n; j++) upFrom[j] = Math.max(ready[j], restartAt[j]);
    upChanged = true;
  };

  const dtFull = s.step;
  const stepLength = (k: number): number => Math.min(dtFull, s.duration - k * dtFull);
  /** How much of step k each machine is up, parents first, from its up time and its parent's. */
  const machinesUp = (k: number): void => {
    const t0 = k * dtFull;
    const dt = stepLength(k);
    const t1 = t0 + dt;
    for (let i = 0; i < M; i++) {
      const from = upFrom[i];
      let u = from <= t0 ? 1 : from >= t1 ? 0 : (t1 - from) / dt;
      const p = parent[i];
      if (p >= 0 && up[p] < u) u = up[p];
      up[i] = u;
    }
  };
  const every = Math.max(1, Math.floor(s.steps / 100));
  let stepsDone = 0;
  let cancelled = false;
  machinesUp(0);
  for (let k = 0; k < s.steps; k++) {
    const t0 = k * dtFull;
    const dt = stepLength(k);
    const t1 = t0 + dt;
    // A last step shorter than the others counts for its share in the series and totals.
    const w = dt / dtFull;
    recorder.at(k);
    loads.begin(t0, dt);
    // Up times changed during the last step (a job finished that others wait for).
    if (upChanged) {
      machinesUp(k);
      upChanged = false;
    }

    // Pass 1, workloads: what each wants, added to its machine.
    for (let i = M; i < n; i++) {
      const p = parent[i];
      const from = upFrom[i];
      let u = from <= t0 ? 1 : from >= t1 ? 0 : (t1 - from) / dt;
      if (up[p] < u) u = up[p];
      let wanted: number;
      let mem: number;
      if (kind[i] === K.app) {
        const l = loads.level(i);
        wanted = l * cap[i] * u;
        mem = u > 0 ? (memLow[i] + (memHigh[i] - memLow[i]) * l) * u : 0;
      } else {
        if (remaining[i] <= 0) u = 0;
        // Full parallelism until done, so the finishing time within the step comes out exact.
        wanted = cap[i] * u;
        mem = memHigh[i] * u;
        if (u > 0 && started[i] === 0) {
          started[i] = 1;
          tally.event(Math.max(ready[i], t0), 'job-started', i);
        }
      }
      up[i] = u;
      ask[i] = wanted; // a workload asks for all it wants
      memOut[i] = mem;
      inner[p] += wanted;
      memIn[p] += mem;
    }

    // Pass 2, machines children first: demand and memory up the tree, capped by vCPUs and limits.
    for (let i = M - 1; i >= 0; i--) {
      const ki = kind[i];
      const p = parent[i];
      if (ki === K.host) {
        ask[i] = inner[i];
        continue;
      }
      const wanted = inner[i] / eff[i];
      const limit = cap[i] * up[i];
      want[i] = wanted;
      ask[i] = wanted < limit ? wanted : limit;
      if (ki === K.vm) {
        const booting = ready[i] - plan.boot[i];
        const b = booting <= t0 ? 1 : booting >= t1 ? 0 : (t1 - booting) / dt;
        memOut[i] = plan.memFixed[i] * Math.min(b, up[p]);
      } else {
        const use = memIn[i] > 0 ? memIn[i] : plan.memRequest[i] * up[i];
        memOut[i] = use;
        if (up[i] > 0 && use > plan.memLimit[i] * up[i] + 1e-9) oomKill(i, use / up[i], t1);
      }
      inner[p] += ask[i];
      memIn[p] += memOut[i];
    }

    // Pass 3, machines parents first: hand CPU down, fairly where it is short, and account for
    // it; then clear the sums and work out the next step's up shares, which need only parents'.
    const baseHost = rec.baseHost;
    const baseOther = rec.baseOther;
    const n0 = t1;
    const ndt = k + 1 < s.steps ? stepLength(k + 1) : dt;
    const n1 = n0 + ndt;
    for (let i = 0; i < M; i++) {
      const ki = kind[i];
      let avail: number;
      let d: number; // what it wanted, was granted and held in memory this step
      let g: number;
      let mem: number;
      if (ki === K.host) {
        d = inner[i];
        // A host still booting has only the part of the step it is up for.
        avail = cap[i] * up[i];
        g = grant[i] = d < avail ? d : avail;
        mem = plan.reserve[i] + memIn[i];
        const f = memoryPressureFactor(memIn[i], allowed[i]);
        if (f !== pressure[i]) tally.pressure(i, pressure[i], f, t0);
        pressure[i] = f;
        if (f < 1) tally.pressured(k, dt);
        tally.saturation(i, d > avail + 1e-9, t0);
        const x = (10 * g) / cap[i];
        const point = x >= 10 ? 9 : Math.floor(x);
        const row = 11 * i + point;
        tally.energy[i] += (watts[row] + (watts[row + 1] - watts[row]) * (x - point)) * dt;
        const at = baseHost + rank[i];
        hostD[at] += d * w;
        hostG[at] += g * w;
        hostM[at] += mem * w;
      } else {
        // Under a machine with enough for everyone each child gets what it asks; otherwise the fair share set below.
        g = contended[parent[i]] === 1 ? grant[i] : (grant[i] = ask[i]);
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
      if (inner[i] <= avail) {
        contended[i] = 0;
      } else {
        contended[i] = 1;
        shareFairly(childIds, childStart[i], childStart[i + 1] - childStart[i], avail, ask, weight, grant, scratch);
      }
      inner[i] = 0;
      memIn[i] = 0;
      const from = upFrom[i];
      let u = from <= n0 ? 1 : from >= n1 ? 0 : (n1 - from) / ndt;
      const p = parent[i];
      if (p >= 0 && up[p] < u) u = up[p];
      up[i] = u;
    }

    // Pass 4, workloads: what they got, slowed by their host's memory pressure.
    for (let i = M; i < n; i++) {
      const g = (contended[parent[i]] === 1 ? grant[i] : (grant[i] = ask[i])) * pressure[host[i]];
      if (kind[i] === K.job && g > 0 && remaining[i] > 0) finishJob(i, g, t0, dt);
      const at = baseOther + rank[i];
      otherD[at] += ask[i] * w;
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
