import { memoryPressureFactor } from './memory';
import { K } from './plan';
import { shareFairly } from './share';
import type { EngineState } from './state';

// The steady path's second half (see steady.ts): CPU handed down the tree through the block,
// machines parents first, then what the workloads got, and each entity's series and peaks.

/** The host's steps: its grant, memory pressure, power, series and peaks. */
export function grantHost(st: EngineState, h: number): void {
  const { plan, s, tally, block: b, recorder: rec, pressure, allowed, watts } = st;
  const sums = rec.sums[1];
  const span = rec.span[1];
  const f = b.f;
  const m = plan.hosts[h];
  const cm = plan.cap[m];
  const reserve = plan.reserve[m];
  const rank = rec.rank[m];
  let peakUtil = tally.peakUtil[m];
  let peakMemory = tally.peakMemory[m];
  let energy = tally.energy[m];
  let slowed = pressure[m];
  let calm = true;
  for (let j = 0; j < b.steps; j++) {
    const k = b.first + j;
    const t0 = k * s.step;
    const dt = f[b.dtAt + j];
    const w = f[b.weightAt + j];
    const d = f[b.innerAt + j];
    const avail = cm * 1;
    const g = (f[b.grantAt + j] = d < avail ? d : avail);
    const memIn = f[b.memInAt + j];
    const mem = reserve + memIn;
    const factor = memoryPressureFactor(memIn, allowed[m]);
    if (factor !== slowed) tally.pressure(m, slowed, factor, t0);
    f[b.slowedAt + j] = slowed = factor;
    if (factor < 1) tally.pressured(k);
    tally.saturation(m, d > avail + 1e-9, t0);
    const x = (10 * g) / cm;
    const point = x >= 10 ? 9 : Math.floor(x);
    const row = 11 * h + point;
    energy += (watts[row] + (watts[row + 1] - watts[row]) * (x - point)) * dt;
    const at = b.base[j] + rank;
    sums[at] += d * w;
    sums[span + at] += g * w;
    sums[2 * span + at] += mem * w;
    if (g > peakUtil * cm * 1) peakUtil = g / (cm * 1);
    if (mem > peakMemory) peakMemory = mem;
    if (d <= avail) f[b.shortAt + j] = 0;
    else shareShort(st, m, 0, j, avail);
    if (!(d <= avail) || factor !== 1) calm = false;
  }
  pressure[m] = slowed;
  b.calm = calm;
  tally.peakUtil[m] = peakUtil;
  tally.peakMemory[m] = peakMemory;
  tally.energy[m] = energy;
}

/** A VM's or container's steps, at slot xm of the block, under the machine at slot xp. */
export function grantMachine(st: EngineState, m: number, xm: number, xp: number): void {
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
  const short = b.shortAt + xm;
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
    const g = f[parentShort + j] === 1 ? f[grant + j] : (f[grant + j] = f[ask + j]);
    const avail = g * e;
    const d = f[wanted + j];
    const used = f[held + j];
    if (!vm) throttled += (d - f[ask + j]) * f[dt + j];
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
    if (g > peakUtil * cm * 1) peakUtil = g / (cm * 1);
    if (used > peakMemory) peakMemory = used;
    if (f[inner + j] <= avail) f[short + j] = 0;
    else shareShort(st, m, xm, j, avail);
  }
  sums[at] = sumD;
  sums[span + at] = sumG;
  sums[2 * span + at] = sumM;
  tally.peakUtil[m] = peakUtil;
  tally.peakMemory[m] = peakMemory;
  tally.throttled[m] = throttled;
}

/** An app's steps, at slot xi of the block, under the machine at slot xm: what it got, slowed by the host's memory pressure. */
export function grantWorkload(st: EngineState, i: number, xi: number, xm: number): void {
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
    const g = (f[parentShort + j] === 1 ? f[grant + j] : f[ask + j]) * f[slowed + j];
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
    if (g > peakUtil * cm * 1) peakUtil = g / (cm * 1);
    if (used > peakMemory) peakMemory = used;
  }
  sums[at] = sumD;
  sums[span + at] = sumG;
  sums[2 * span + at] = sumM;
  tally.peakUtil[i] = peakUtil;
  tally.peakMemory[i] = peakMemory;
}

/**
 * Machine m's children asked for more than `avail` at the block's j-th step: shares it among
 * them fairly, through the per-entity arrays share.ts works on. xm is m's slot.
 */
export function shareShort(st: EngineState, m: number, xm: number, j: number, avail: number): void {
  const { childStart, childIds, ask, grant, slot, block: b } = st;
  const f = b.f;
  f[b.shortAt + xm + j] = 1;
  for (let c = childStart[m]; c < childStart[m + 1]; c++) ask[childIds[c]] = f[b.askAt + slot[childIds[c]] + j];
  shareFairly(childIds, childStart[m], childStart[m + 1] - childStart[m], avail, ask, st.plan.weight, grant, st.scratch);
  for (let c = childStart[m]; c < childStart[m + 1]; c++) f[b.grantAt + slot[childIds[c]] + j] = grant[childIds[c]];
}
