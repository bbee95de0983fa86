import { K } from './plan';
import { SHAPE } from './profiles';
import type { EngineState } from './state';
import { demandPair, grantPair } from './pair';
import { grantHost, grantMachine, grantWorkload } from './steadygrant';

// The steady path: a host all of whose entities have been up since before the block, and that
// runs no jobs, is up for the whole of every step, so every up share is 1 and nothing starts or
// stops; only an OOM kill could change that. Such a host is taken through the block entity by
// entity rather than step by step, each entity's constants, running sums and peaks held in
// locals through the steps. It computes what hoststep.ts computes, in the same order for each
// number (a machine's sums still take its children in the same order at every step), so the
// results are the same to the bit; the general path's factors of an up share appear as `* 1`,
// which changes no bit but keeps the two sets of formulas side by side.

/**
 * Takes host number `h` through the current block on the steady path. Returns false, having
 * changed nothing, when a container would be killed for memory during the block: the general
 * path must then take the host through it.
 */
export function stepSteadyHost(st: EngineState, h: number): boolean {
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
    const base = low[i];
    const range = high[i] - low[i];
    const curve = curveOf[i];
    const ci = cap[i];
    const lo = memLow[i];
    const memRange = memHigh[i] - memLow[i];
    const first = opens[i] === 1;
    for (let j = 0; j < B; j++) {
      const l = form === SHAPE.shaped ? base + range * share[j * curveCount + curve] : form === SHAPE.random ? f[level + j] : base;
      const wanted = l * ci * 1;
      const held = (lo + memRange * l) * 1;
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
    const limit = cap[m] * 1;
    const vm = kind[m] === K.vm;
    const fixed = memFixed[m] * 1;
    const request = memRequest[m] * 1;
    const killAt = memLimit[m] * 1 + 1e-9;
    const first = opens[m] === 1;
    for (let j = 0; j < B; j++) {
      const wanted = f[inner + j] / e;
      const asked = wanted < limit ? wanted : limit;
      f[want + j] = wanted;
      f[ask + j] = asked;
      let held: number;
      if (vm) {
        held = fixed;
      } else {
        const sumMem = f[memIn + j];
        held = sumMem > 0 ? sumMem : request;
        if (held > killAt) return false;
      }
      f[mem + j] = held;
      f[parentInner + j] = (first ? 0 : f[parentInner + j]) + asked;
      f[parentMemIn + j] = (first ? 0 : f[parentMemIn + j]) + held;
    }
  }
  return true;
}
