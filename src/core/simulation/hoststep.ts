import { memoryPressureFactor, restartBackoff } from './memory';
import { K } from './plan';
import { shareFairly } from './share';
import type { EngineState } from './state';

// One host through a block of steps. Hosts share nothing within a step (demand, memory and CPU
// stay inside a host's tree), so the step loop may finish one host's block before starting the
// next; each entity still sees its steps in time order, and each sum takes its terms in the
// same order (a machine's workloads first, then its machines last to first), so every number
// comes out bit for bit as if all hosts advanced together. The one thing crossing hosts, a job
// that others wait on finishing, is left to the caller, which then steps every host one step
// at a time.

/**
 * Takes host number `h` (of plan.hosts) through steps [k0, k1), step k0 + j being the load
 * table's j-th. Returns whether a job that others depend on finished: the caller must then
 * recompute up times before the next step.
 */
export function stepHost(st: EngineState, h: number, k0: number, k1: number): boolean {
  let resolve = false;
  // A function per half-step rather than one loop over the steps: each is small and called
  // often, so V8 compiles them early and once, where one long-looping function got compiled
  // twice, at length, for the few steps this path takes.
  for (let k = k0; k < k1; k++) {
    demand(st, h, k, k - k0);
    if (grants(st, h, k)) resolve = true;
  }
  return resolve;
}

/** Step k's demand and memory of host number h, up the tree. */
function demand(st: EngineState, h: number, k: number, j: number): void {
  const { plan, s, tally, loads, childStart, childIds, firstWork } = st;
  const { kind, parent, cap, eff, boot, memFixed, memRequest, memLimit, memLow, memHigh } = plan;
  const { up, want, ask, inner, memIn, memOut, remaining, restartAt, upFrom, kills, started, upAt } = st;
  const ready = st.startup.ready;
  const hostId = plan.hosts[h];
  const m1 = st.machineEnd[h];
  const t0 = k * s.step;
  const dt = Math.min(s.step, s.duration - t0);
  const t1 = t0 + dt;

  // Demand and memory up the tree, machines children first: each machine's workloads, then
  // its machines, capped by vCPUs and limits.
  for (let m = m1 - 1; m >= hostId; m--) {
    const upM = up[m];
    let sumAsk = 0;
    let sumMem = 0;
    for (let c = firstWork[m]; c < childStart[m + 1]; c++) {
      const i = childIds[c];
      const from = upFrom[i];
      let u = from <= t0 ? 1 : from >= t1 ? 0 : (t1 - from) / dt;
      if (upM < u) u = upM;
      let wanted: number;
      let mem: number;
      if (kind[i] === K.app) {
        const l = loads.level(i, j);
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
      sumAsk += wanted;
      sumMem += mem;
    }
    for (let c = firstWork[m] - 1; c >= childStart[m]; c--) {
      const i = childIds[c];
      sumAsk += ask[i];
      sumMem += memOut[i];
    }
    inner[m] = sumAsk;
    memIn[m] = sumMem;
    if (m === hostId) {
      ask[m] = sumAsk;
      continue;
    }
    const wanted = sumAsk / eff[m];
    const limit = cap[m] * upM;
    want[m] = wanted;
    ask[m] = wanted < limit ? wanted : limit;
    if (kind[m] === K.vm) {
      const booting = ready[m] - boot[m];
      const b = booting <= t0 ? 1 : booting >= t1 ? 0 : (t1 - booting) / dt;
      memOut[m] = memFixed[m] * Math.min(b, up[parent[m]]);
    } else {
      const use = sumMem > 0 ? sumMem : memRequest[m] * upM;
      memOut[m] = use;
      if (upM > 0 && use > memLimit[m] * upM + 1e-9) {
        // Killed over its memory limit; it comes back after kubelet's back-off and a fresh start.
        kills[m]++;
        tally.event(t1, 'oom-kill', m, use / upM);
        restartAt[m] = t1 + restartBackoff(kills[m]) + boot[m];
        upFrom[m] = Math.max(ready[m], restartAt[m]);
        if (restartAt[m] <= s.duration) tally.event(restartAt[m], 'restart', m);
        // The host is no longer steady until the container is back (refreshUpAt keeps a NaN).
        if (upAt[h] === upAt[h] && !(upFrom[m] <= upAt[h])) upAt[h] = upFrom[m];
      }
    }
  }
}

/**
 * Step k's CPU of host number h, down the tree, with the series, peaks and next step's up
 * shares; true when a job that others depend on finished.
 */
function grants(st: EngineState, h: number, k: number): boolean {
  const { plan, s, tally, recorder: rec, childStart, childIds, firstWork, scratch, contended } = st;
  const { kind, parent, cap, weight, eff, reserve } = plan;
  const { up, want, ask, grant, inner, memIn, memOut, remaining, upFrom, jobDone, pressure, allowed, watts } = st;
  const { throttled: throttledSum, downtime, peakUtil, peakMemory, energy } = tally;
  const [others, hostSums] = rec.sums;
  const [otherSpan, hostSpan] = rec.span;
  const rank = rec.rank;
  const hostId = plan.hosts[h];
  const m1 = st.machineEnd[h];
  const dtFull = s.step;
  const t0 = k * dtFull;
  const dt = Math.min(dtFull, s.duration - t0);
  const t1 = t0 + dt;
  // A last step shorter than the others counts for its share in the series and totals.
  const w = dt / dtFull;
  rec.at(k);
  const baseHost = rec.baseHost;
  const baseOther = rec.baseOther;
  let resolve = false;

  // CPU down the tree, machines parents first: each machine's grant, fairly shared where it
  // is short, then what its workloads got, slowed by the host's memory pressure; accounting
  // for each, and the next step's up shares, which need only parents'.
  const n0 = t1;
  const ndt = k + 1 < s.steps ? Math.min(dtFull, s.duration - (k + 1) * dtFull) : dt;
  const n1 = n0 + ndt;
  let slowed = 1;
  for (let m = hostId; m < m1; m++) {
    let avail: number;
    let g: number;
    let mem: number;
    if (m === hostId) {
      const d = inner[m];
      // A host still booting has only the part of the step it is up for.
      avail = cap[m] * up[m];
      g = grant[m] = d < avail ? d : avail;
      mem = reserve[m] + memIn[m];
      const f = memoryPressureFactor(memIn[m], allowed[m]);
      if (f !== pressure[m]) tally.pressure(m, pressure[m], f, t0);
      pressure[m] = slowed = f;
      if (f < 1) tally.pressured(k);
      tally.saturation(m, d > avail + 1e-9, t0);
      const x = (10 * g) / cap[m];
      const point = x >= 10 ? 9 : Math.floor(x);
      const row = 11 * h + point;
      energy[m] += (watts[row] + (watts[row + 1] - watts[row]) * (x - point)) * dt;
      const at = baseHost + rank[m];
      hostSums[at] += d * w;
      hostSums[hostSpan + at] += g * w;
      hostSums[2 * hostSpan + at] += mem * w;
    } else {
      // Under a machine with enough for everyone each child gets what it asks; otherwise the fair share set below.
      g = contended[parent[m]] === 1 ? grant[m] : (grant[m] = ask[m]);
      avail = g * eff[m];
      let d: number;
      if (kind[m] === K.vm) {
        d = ask[m];
        mem = memIn[m];
      } else {
        d = want[m];
        mem = memOut[m];
        throttledSum[m] += (d - ask[m]) * dt;
      }
      const at = baseOther + rank[m];
      others[at] += d * w;
      others[otherSpan + at] += g * w;
      others[2 * otherSpan + at] += mem * w;
    }
    account(m, g, mem, dt, up[m], cap, downtime, peakUtil, peakMemory);
    const short = !(inner[m] <= avail);
    if (short) shareFairly(childIds, childStart[m], childStart[m + 1] - childStart[m], avail, ask, weight, grant, scratch);
    contended[m] = short ? 1 : 0;

    for (let c = firstWork[m]; c < childStart[m + 1]; c++) {
      const i = childIds[c];
      const gi = (short ? grant[i] : (grant[i] = ask[i])) * slowed;
      if (kind[i] === K.job && gi > 0 && remaining[i] > 0) {
        const before = remaining[i];
        remaining[i] -= gi * dt;
        if (!(remaining[i] > before * 1e-12)) {
          remaining[i] = 0;
          // It ran only for the last `up` share of the step, at gi / up while it ran.
          const u = up[i];
          jobDone[i] = t0 + (1 - u) * dt + (before * u) / gi;
          tally.finish(i, jobDone[i]);
          if (st.startup.hasDependents(i)) resolve = true;
        }
      }
      const at = baseOther + rank[i];
      others[at] += ask[i] * w;
      others[otherSpan + at] += gi * w;
      others[2 * otherSpan + at] += memOut[i] * w;
      account(i, gi, memOut[i], dt, up[i], cap, downtime, peakUtil, peakMemory);
    }

    const from = upFrom[m];
    let u = from <= n0 ? 1 : from >= n1 ? 0 : (n1 - from) / ndt;
    const p = parent[m];
    if (p >= 0 && up[p] < u) u = up[p];
    up[m] = u;
  }
  return resolve;
}

/** Utilization and memory peaks of entity i, up for a share u of the step, and time not up (rare after start-up, so seldom written). */
function account(i: number, g: number, mem: number, dt: number, u: number, cap: Float64Array, downtime: Float64Array, peakUtil: Float64Array, peakMemory: Float64Array): void {
  if (u < 1) downtime[i] += (1 - u) * dt;
  if (g > peakUtil[i] * cap[i] * u) peakUtil[i] = g / (cap[i] * u);
  if (mem > peakMemory[i]) peakMemory[i] = mem;
}
