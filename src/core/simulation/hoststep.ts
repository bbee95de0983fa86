import {
  appDemand, cappedDemand, containerMemory, hostCapacity, hostGrant, isShort, jobDemand, jobFinishTime, jobMemory, machineDemand, memoryPressureFactor,
  overMemoryLimit, peakUtilization, restartBackoff, saturated, shareFairly, stepEnergy, stepLength, throttledTime, upShare, usableCpu, usefulCpu,
  vmMemory, workingSet,
} from './formulas';
import { K } from './plan';
import type { EngineState } from './state';

// The general path: one host through a block of steps, every entity every step, with every
// formula (formulas.ts) taken at face value. It is the reference the fast paths (steady.ts,
// pair.ts) must match bit for bit, and it takes any host they do not: one still starting, one
// running jobs, one with a container about to be killed for memory.
//
// Hosts share nothing within a step (demand, memory and CPU stay inside a host's tree), so the
// step loop may finish one host's block before starting the next; each entity still sees its
// steps in time order, and each sum takes its terms in the same order (a machine's workloads
// first, then its machines last to first), so every number comes out bit for bit as if all
// hosts advanced together. The one thing crossing hosts, a job that others wait on finishing,
// is left to the caller, which then steps every host one step at a time.

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

/**
 * Host number h's step k, of length dt and weight w in the series (whose point for the host is
 * at `at`), up for a share `up` of it, its guests asking `asked` cores and holding `held` MiB:
 * what it grants them (returned), its memory pressure (left in st.pressure), saturation,
 * energy, series and peaks. The steady path's grantHost does the same through a block.
 */
function hostStep(st: EngineState, h: number, k: number, dt: number, w: number, at: number, asked: number, held: number, up: number): number {
  const { plan, tally, pressure } = st;
  const m = plan.hosts[h];
  const t0 = k * st.s.step;
  const cores = plan.cap[m];
  const capacity = hostCapacity(cores, up);
  const g = hostGrant(asked, capacity);
  const mem = plan.reserve[m] + held;
  const factor = memoryPressureFactor(held, st.allowed[m]);
  if (factor !== pressure[m]) tally.pressure(m, pressure[m], factor, t0);
  pressure[m] = factor;
  if (factor < 1) tally.pressured(k);
  tally.saturation(m, saturated(asked, capacity), t0);
  tally.energy[m] += stepEnergy(st.watts, 11 * h, g, cores, dt);
  const sums = st.recorder.sums[1];
  const span = st.recorder.span[1];
  sums[at] += asked * w;
  sums[span + at] += g * w;
  sums[2 * span + at] += mem * w;
  account(st, m, g, mem, dt, up);
  return g;
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
  const dt = stepLength(s.step, s.duration, k);
  const t1 = t0 + dt;

  // Demand and memory up the tree, machines children first: each machine's workloads, then
  // its machines, capped by vCPUs and limits.
  for (let m = m1 - 1; m >= hostId; m--) {
    const upM = up[m];
    let sumAsk = 0;
    let sumMem = 0;
    for (let c = firstWork[m]; c < childStart[m + 1]; c++) {
      const i = childIds[c];
      let u = upShare(upFrom[i], t0, t1, dt, upM);
      let wanted: number;
      let mem: number;
      if (kind[i] === K.app) {
        const l = loads.level(i, j);
        wanted = appDemand(l, cap[i], u);
        mem = workingSet(memLow[i], memHigh[i], l, u);
      } else {
        if (remaining[i] <= 0) u = 0;
        wanted = jobDemand(cap[i], u);
        mem = jobMemory(memHigh[i], u);
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
    const wanted = machineDemand(sumAsk, eff[m]);
    want[m] = wanted;
    ask[m] = cappedDemand(wanted, cap[m], upM);
    if (kind[m] === K.vm) {
      memOut[m] = vmMemory(memFixed[m], upShare(ready[m] - boot[m], t0, t1, dt, up[parent[m]]));
    } else {
      const use = containerMemory(sumMem, memRequest[m], upM);
      memOut[m] = use;
      if (overMemoryLimit(use, memLimit[m], upM)) {
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
  const { kind, parent, weight, eff } = plan;
  const { up, want, ask, grant, inner, memIn, memOut, remaining, upFrom, jobDone, pressure } = st;
  const throttledSum = tally.throttled;
  const others = rec.sums[0];
  const otherSpan = rec.span[0];
  const rank = rec.rank;
  const hostId = plan.hosts[h];
  const m1 = st.machineEnd[h];
  const t0 = k * s.step;
  const dt = stepLength(s.step, s.duration, k);
  const t1 = t0 + dt;
  // A last step shorter than the others counts for its share in the series and totals.
  const w = dt / s.step;
  rec.at(k);
  const baseOther = rec.baseOther;
  let resolve = false;

  // CPU down the tree, machines parents first: each machine's grant, fairly shared where it
  // is short, then what its workloads got, slowed by the host's memory pressure; accounting
  // for each, and the next step's up shares, which need only parents'.
  const n0 = t1;
  const ndt = k + 1 < s.steps ? stepLength(s.step, s.duration, k + 1) : dt;
  const n1 = n0 + ndt;
  let slowed = 1;
  for (let m = hostId; m < m1; m++) {
    let usable: number;
    if (m === hostId) {
      // A host still booting has only the part of the step it is up for.
      grant[m] = hostStep(st, h, k, dt, w, rec.baseHost + rank[m], inner[m], memIn[m], up[m]);
      usable = hostCapacity(plan.cap[m], up[m]);
      slowed = pressure[m];
    } else {
      // Under a machine with enough for everyone each child gets what it asks; otherwise the fair share set below.
      const g = contended[parent[m]] === 1 ? grant[m] : (grant[m] = ask[m]);
      usable = usableCpu(g, eff[m]);
      let d: number;
      let mem: number;
      if (kind[m] === K.vm) {
        d = ask[m];
        mem = memIn[m];
      } else {
        d = want[m];
        mem = memOut[m];
        throttledSum[m] += throttledTime(d, ask[m], dt);
      }
      const at = baseOther + rank[m];
      others[at] += d * w;
      others[otherSpan + at] += g * w;
      others[2 * otherSpan + at] += mem * w;
      account(st, m, g, mem, dt, up[m]);
    }
    const short = isShort(inner[m], usable);
    if (short) shareFairly(childIds, childStart[m], childStart[m + 1] - childStart[m], usable, ask, weight, grant, scratch);
    contended[m] = short ? 1 : 0;

    for (let c = firstWork[m]; c < childStart[m + 1]; c++) {
      const i = childIds[c];
      const gi = usefulCpu(short ? grant[i] : (grant[i] = ask[i]), slowed);
      if (kind[i] === K.job && gi > 0 && remaining[i] > 0) {
        const before = remaining[i];
        remaining[i] -= gi * dt;
        if (!(remaining[i] > before * 1e-12)) {
          remaining[i] = 0;
          jobDone[i] = jobFinishTime(t0, dt, up[i], before, gi);
          tally.finish(i, jobDone[i]);
          if (st.startup.hasDependents(i)) resolve = true;
        }
      }
      const at = baseOther + rank[i];
      others[at] += ask[i] * w;
      others[otherSpan + at] += gi * w;
      others[2 * otherSpan + at] += memOut[i] * w;
      account(st, i, gi, memOut[i], dt, up[i]);
    }

    const p = parent[m];
    up[m] = upShare(upFrom[m], n0, n1, ndt, p >= 0 ? up[p] : 1);
  }
  return resolve;
}

/** Entity i's time not up (rare after start-up, so seldom written) and its utilization and memory peaks, up for a share u of the step. */
function account(st: EngineState, i: number, g: number, mem: number, dt: number, u: number): void {
  const { downtime, peakUtil, peakMemory } = st.tally;
  if (u < 1) downtime[i] += (1 - u) * dt;
  peakUtil[i] = peakUtilization(peakUtil[i], g, st.plan.cap[i], u);
  if (mem > peakMemory[i]) peakMemory[i] = mem;
}
