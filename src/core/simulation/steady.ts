import { shareShort } from './block';
import {
  appDemand, cappedDemand, containerMemory, curveLevel, hostCapacity, hostGrant, isShort, machineDemand, memoryPressureFactor, overMemoryLimit, peakUtilization,
  saturated, stepEnergy, throttledTime, usableCpu, usefulCpu, vmMemory, workingSet,
} from './formulas';
import { demandPair, grantPair } from './pair';
import { K } from './plan';
import { SHAPE } from './profiles';
import type { EngineState } from './state';

// The fast paths, behind two functions the step loop calls: `steadyFrom` (where a block should
// end so that a host can start taking them) and `stepSteadyHost` (take a host through a block,
// or decline). A host all of whose entities have been up since before the block, and that runs
// no jobs, is up for the whole of every step, so every up share is 1 and nothing starts or
// stops; only an OOM kill could change that. Such a host is taken through the block entity by
// entity rather than step by step, each entity's constants, running sums and peaks held in
// locals through the steps, and a VM or container running a single app together with it
// (pair.ts). Every number comes from the same formulas (formulas.ts) as on the general path
// (hoststep.ts), with their operands in the same order, so the results are the same to the
// bit; the engine option `fastPaths: false` turns this path off, and simulation-paths.test.ts
// compares the two on every example and on generated fleets.

/** Whether host number h may take the steady path from step k: up since before it, without jobs, and not too big. */
export function mayBeSteady(st: EngineState, h: number, k: number): boolean {
  return st.hasJobs[h] === 0 && st.upAt[h] <= (k - 1) * st.s.step && st.slots[h] <= st.block.slots;
}

/** The first step after k from which a host that may not take the steady path at k may, within the run (Infinity if none). */
export function steadyFrom(st: EngineState, k: number): number {
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

/**
 * Takes host number `h` through the current block on the steady path. Returns false, having
 * changed nothing, when it may not take it, or when a container would be killed for memory
 * during the block: the general path must then take the host through it.
 */
export function stepSteadyHost(st: EngineState, h: number): boolean {
  if (!mayBeSteady(st, h, st.block.first)) return false;
  const { plan, slot, alone } = st;
  const hostId = plan.hosts[h];
  const m1 = st.machineEnd[h];
  const w0 = st.workStart[h];
  const w1 = st.workEnd[h];
  // Random walks move on as demand is worked out: kept, for the general path to redo the block.
  if (st.killable[h] === 1) st.loads.keep(w0, w1);
  demandWorkloads(st, w0, w1);
  if (!demandMachines(st, hostId, m1)) {
    st.loads.rewind(w0, w1);
    return false;
  }
  // CPU down the tree, machines parents first, then what the workloads got.
  grantHost(st, h);
  for (let m = hostId + 1; m < m1; m++) {
    if (alone[m] >= 0) grantPair(st, m, alone[m]);
    else grantMachine(st, m, slot[m], slot[plan.parent[m]]);
  }
  for (let i = w0; i < w1; i++) if (alone[plan.parent[i]] !== i) grantWorkload(st, i, slot[i], slot[plan.parent[i]]);
  return true;
}

/**
 * What apps [w0, w1) want and hold through the block, added to their machines' sums: a
 * machine's workloads come first in its sums, in order, the first one starting them.
 */
function demandWorkloads(st: EngineState, w0: number, w1: number): void {
  const { plan, loads, block: b, slot, opens } = st;
  const { cap, memLow, memHigh, parent } = plan;
  const { shape, low, high, curveOf, share, curveCount } = loads;
  const f = b.f;
  const B = b.steps;
  const level = b.levelAt;
  for (let i = w0; i < w1; i++) {
    // An app alone in its machine is worked out with it.
    if (st.alone[parent[i]] === i) continue;
    const ask = b.askAt + slot[i];
    const mem = b.memAt + slot[i];
    const inner = b.innerAt + slot[parent[i]];
    const memIn = b.memInAt + slot[parent[i]];
    const form = shape[i];
    if (form === SHAPE.random) loads.walkBlock(i, B, f, level);
    const lo = low[i];
    const hi = high[i];
    const curve = curveOf[i];
    const ci = cap[i];
    const memLo = memLow[i];
    const memHi = memHigh[i];
    const first = opens[i] === 1;
    for (let j = 0; j < B; j++) {
      const l = form === SHAPE.shaped ? curveLevel(lo, hi, share[j * curveCount + curve]) : form === SHAPE.random ? f[level + j] : lo;
      const wanted = appDemand(l, ci, 1);
      const held = workingSet(memLo, memHi, l, 1);
      f[ask + j] = wanted;
      f[mem + j] = held;
      f[inner + j] = (first ? 0 : f[inner + j]) + wanted;
      f[memIn + j] = (first ? 0 : f[memIn + j]) + held;
    }
  }
}

/**
 * Demand and memory up the tree through machines [hostId, m1), last to first so that each
 * adds to its parent's sums after the parent's workloads and later machines, capped by vCPUs
 * and limits. False when a container would be killed for memory.
 */
function demandMachines(st: EngineState, hostId: number, m1: number): boolean {
  const { plan, block: b, childStart, slot, opens } = st;
  const { kind, cap, eff, memFixed, memRequest, memLimit, parent } = plan;
  const f = b.f;
  const B = b.steps;
  for (let m = m1 - 1; m >= hostId; m--) {
    const inner = b.innerAt + slot[m];
    const memIn = b.memInAt + slot[m];
    // Nothing runs in it: its sums are zero.
    if (childStart[m] === childStart[m + 1]) for (let j = 0; j < B; j++) f[inner + j] = f[memIn + j] = 0;
    if (m === hostId) break;
    if (st.alone[m] >= 0) {
      if (!demandPair(st, m, st.alone[m])) return false;
      continue;
    }
    const want = b.wantAt + slot[m];
    const ask = b.askAt + slot[m];
    const mem = b.memAt + slot[m];
    const parentInner = b.innerAt + slot[parent[m]];
    const parentMemIn = b.memInAt + slot[parent[m]];
    const e = eff[m];
    const cm = cap[m];
    const vm = kind[m] === K.vm;
    const fixed = memFixed[m];
    const request = memRequest[m];
    const limit = memLimit[m];
    const first = opens[m] === 1;
    for (let j = 0; j < B; j++) {
      const wanted = machineDemand(f[inner + j], e);
      const asked = cappedDemand(wanted, cm, 1);
      f[want + j] = wanted;
      f[ask + j] = asked;
      let held: number;
      if (vm) {
        held = vmMemory(fixed, 1);
      } else {
        held = containerMemory(f[memIn + j], request, 1);
        if (overMemoryLimit(held, limit, 1)) return false;
      }
      f[mem + j] = held;
      f[parentInner + j] = (first ? 0 : f[parentInner + j]) + asked;
      f[parentMemIn + j] = (first ? 0 : f[parentMemIn + j]) + held;
    }
  }
  return true;
}

/**
 * The host's steps: its grant, memory pressure, saturation, energy, series and peaks, as
 * hostStep works them out on the general path, with its running totals in locals; each step's
 * slow-down and shortfall are left in the block for its children.
 */
function grantHost(st: EngineState, h: number): void {
  const { plan, s, tally, block: b, recorder: rec, pressure, allowed, watts } = st;
  const sums = rec.sums[1];
  const span = rec.span[1];
  const f = b.f;
  const m = plan.hosts[h];
  const cores = plan.cap[m];
  const reserve = plan.reserve[m];
  const rank = rec.rank[m];
  const capacity = hostCapacity(cores, 1);
  let peakUtil = tally.peakUtil[m];
  let peakMemory = tally.peakMemory[m];
  let energy = tally.energy[m];
  let slowed = pressure[m];
  let calm = true;
  for (let j = 0; j < b.steps; j++) {
    const k = b.first + j;
    const t0 = k * s.step;
    const asked = f[b.innerAt + j];
    const held = f[b.memInAt + j];
    const g = (f[b.grantAt + j] = hostGrant(asked, capacity));
    const mem = reserve + held;
    const factor = memoryPressureFactor(held, allowed[m]);
    if (factor !== slowed) tally.pressure(m, slowed, factor, t0);
    f[b.slowedAt + j] = slowed = factor;
    if (factor < 1) tally.pressured(k);
    tally.saturation(m, saturated(asked, capacity), t0);
    energy += stepEnergy(watts, 11 * h, g, cores, f[b.dtAt + j]);
    const w = f[b.weightAt + j];
    const at = b.base[j] + rank;
    sums[at] += asked * w;
    sums[span + at] += g * w;
    sums[2 * span + at] += mem * w;
    peakUtil = peakUtilization(peakUtil, g, cores, 1);
    if (mem > peakMemory) peakMemory = mem;
    const short = isShort(asked, capacity);
    if (short) shareShort(st, m, 0, j, capacity);
    else f[b.shortAt + j] = 0;
    if (short || factor !== 1) calm = false;
  }
  pressure[m] = slowed;
  b.calm = calm;
  tally.peakUtil[m] = peakUtil;
  tally.peakMemory[m] = peakMemory;
  tally.energy[m] = energy;
}

/** A VM's or container's steps, at slot xm of the block, under the machine at slot xp. */
function grantMachine(st: EngineState, m: number, xm: number, xp: number): void {
  const { tally, block: b, recorder: rec } = st;
  const sums = rec.sums[0];
  const span = rec.span[0];
  const f = b.f;
  const base = b.base;
  const steps = b.steps;
  const stride = b.stride;
  const rank = rec.rank[m];
  const parentShort = b.shortAt + xp;
  const grant = b.grantAt + xm;
  const ask = b.askAt + xm;
  const want = b.wantAt + xm;
  const inner = b.innerAt + xm;
  // A VM is charged with what it asked and what runs in it holds; a container, with what it
  // wanted before its limit (the rest is throttled) and the memory it holds.
  const vm = st.plan.kind[m] === K.vm;
  const wanted = vm ? ask : want;
  const held = vm ? b.memInAt + xm : b.memAt + xm;
  const dt = b.dtAt;
  const weight = b.weightAt;
  const e = st.plan.eff[m];
  const cm = st.plan.cap[m];
  let peakUtil = tally.peakUtil[m];
  let peakMemory = tally.peakMemory[m];
  let throttled = tally.throttled[m];
  // Series sums stay in locals while the steps fall in the same point.
  let at = base[stride] + rank;
  let sumD = sums[at];
  let sumG = sums[span + at];
  let sumM = sums[2 * span + at];
  for (let j = 0; j < steps; j++) {
    // Under a machine with enough for everyone each child gets what it asks; otherwise its fair share.
    const g = f[parentShort + j] === 1 ? f[grant + j] : f[ask + j];
    const usable = usableCpu(g, e);
    const d = f[wanted + j];
    const used = f[held + j];
    if (!vm) throttled += throttledTime(d, f[ask + j], f[dt + j]);
    const w = f[weight + j];
    if (base[stride + j] + rank !== at) {
      sums[at] = sumD;
      sums[span + at] = sumG;
      sums[2 * span + at] = sumM;
      at = base[stride + j] + rank;
      sumD = sums[at];
      sumG = sums[span + at];
      sumM = sums[2 * span + at];
    }
    sumD += d * w;
    sumG += g * w;
    sumM += used * w;
    peakUtil = peakUtilization(peakUtil, g, cm, 1);
    if (used > peakMemory) peakMemory = used;
    if (isShort(f[inner + j], usable)) shareShort(st, m, xm, j, usable);
    else f[b.shortAt + xm + j] = 0;
  }
  sums[at] = sumD;
  sums[span + at] = sumG;
  sums[2 * span + at] = sumM;
  tally.peakUtil[m] = peakUtil;
  tally.peakMemory[m] = peakMemory;
  tally.throttled[m] = throttled;
}

/** An app's steps, at slot xi of the block, under the machine at slot xm: what it got, slowed by the host's memory pressure. */
function grantWorkload(st: EngineState, i: number, xi: number, xm: number): void {
  const { tally, block: b, recorder: rec } = st;
  const sums = rec.sums[0];
  const span = rec.span[0];
  const f = b.f;
  const base = b.base;
  const steps = b.steps;
  const stride = b.stride;
  const rank = rec.rank[i];
  const parentShort = b.shortAt + xm;
  const grant = b.grantAt + xi;
  const ask = b.askAt + xi;
  const held = b.memAt + xi;
  const slowed = b.slowedAt;
  const weight = b.weightAt;
  const cm = st.plan.cap[i];
  let peakUtil = tally.peakUtil[i];
  let peakMemory = tally.peakMemory[i];
  let at = base[stride] + rank;
  let sumD = sums[at];
  let sumG = sums[span + at];
  let sumM = sums[2 * span + at];
  for (let j = 0; j < steps; j++) {
    const g = usefulCpu(f[parentShort + j] === 1 ? f[grant + j] : f[ask + j], f[slowed + j]);
    const used = f[held + j];
    const w = f[weight + j];
    if (base[stride + j] + rank !== at) {
      sums[at] = sumD;
      sums[span + at] = sumG;
      sums[2 * span + at] = sumM;
      at = base[stride + j] + rank;
      sumD = sums[at];
      sumG = sums[span + at];
      sumM = sums[2 * span + at];
    }
    sumD += f[ask + j] * w;
    sumG += g * w;
    sumM += used * w;
    peakUtil = peakUtilization(peakUtil, g, cm, 1);
    if (used > peakMemory) peakMemory = used;
  }
  sums[at] = sumD;
  sums[span + at] = sumG;
  sums[2 * span + at] = sumM;
  tally.peakUtil[i] = peakUtil;
  tally.peakMemory[i] = peakMemory;
}
