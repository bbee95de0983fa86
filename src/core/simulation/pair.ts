import { shareShort } from './block';
import {
  appDemand, cappedDemand, containerMemory, curveLevel, isShort, machineDemand, overMemoryLimit, peakUtilization, throttledTime, usableCpu,
  usefulCpu, vmMemory, workingSet,
} from './formulas';
import { K } from './plan';
import { SHAPE } from './profiles';
import type { EngineState } from './state';

// The steady path for the commonest shape of all, a VM or container running a single app: the
// two are taken through the block together, in one loop per half of the step instead of two,
// with the machine's sums (0 plus its app's numbers) never stored. Every number comes from the
// formulas of formulas.ts, with the operands of steady.ts, in the same order.

/** What machine m and its only workload, app i, want and hold through the block; false when m, a container, would be killed for memory. */
export function demandPair(st: EngineState, m: number, i: number): boolean {
  const { plan, loads, block: b, slot, opens } = st;
  const { kind, cap, eff, memFixed, memRequest, memLimit, memLow, memHigh, parent } = plan;
  const f = b.f;
  const B = b.steps;
  const level = b.levelAt;
  const form = loads.shape[i];
  if (form === SHAPE.random) loads.walkBlock(i, B, f, level);
  const lo = loads.low[i];
  const hi = loads.high[i];
  const shares = loads.share;
  const curves = loads.curveCount;
  const curve = loads.curveOf[i];
  const ci = cap[i];
  const memLo = memLow[i];
  const memHi = memHigh[i];
  const appAsk = b.askAt + slot[i];
  const appMem = b.memAt + slot[i];
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
    const l = form === SHAPE.shaped ? curveLevel(lo, hi, shares[j * curves + curve]) : form === SHAPE.random ? f[level + j] : lo;
    const appWanted = appDemand(l, ci, 1);
    const appHeld = workingSet(memLo, memHi, l, 1);
    f[appAsk + j] = appWanted;
    f[appMem + j] = appHeld;
    // The machine's sums are 0 plus its app's numbers.
    const wanted = machineDemand(0 + appWanted, e);
    const asked = cappedDemand(wanted, cm, 1);
    // Only a container's is read: what it wanted beyond its limit is throttled.
    if (!vm) f[want + j] = wanted;
    f[ask + j] = asked;
    let held: number;
    if (vm) {
      // What a VM holds is added to its host's sums, but it is charged with its app's memory.
      held = vmMemory(fixed, 1);
    } else {
      held = containerMemory(0 + appHeld, request, 1);
      if (overMemoryLimit(held, limit, 1)) return false;
      f[mem + j] = held;
    }
    f[parentInner + j] = (first ? 0 : f[parentInner + j]) + asked;
    f[parentMemIn + j] = (first ? 0 : f[parentMemIn + j]) + held;
  }
  return true;
}

/** Machine m's and its only workload i's steps: their grants, series and peaks. */
export function grantPair(st: EngineState, m: number, i: number): void {
  const { plan, tally, block: b, recorder: rec, slot } = st;
  const { peakUtil, peakMemory, throttled } = tally;
  const sums = rec.sums[0];
  const span = rec.span[0];
  const f = b.f;
  const base = b.base;
  const steps = b.steps;
  const stride = b.stride;
  const xm = slot[m];
  const parentShort = b.shortAt + slot[plan.parent[m]];
  const grant = b.grantAt + xm;
  const ask = b.askAt + xm;
  const want = b.wantAt + xm;
  const mem = b.memAt + xm;
  const appGrant = b.grantAt + slot[i];
  const appAsk = b.askAt + slot[i];
  const appMem = b.memAt + slot[i];
  const dt = b.dtAt;
  const weight = b.weightAt;
  const slowed = b.slowedAt;
  const vm = plan.kind[m] === K.vm;
  // Mostly nothing varies from step to step but the numbers themselves (see Block).
  const whole = b.whole;
  const onePoint = b.onePoint;
  const calm = b.calm;
  const underCalmHost = calm && plan.kind[plan.parent[m]] === K.host;
  const e = plan.eff[m];
  const cm = plan.cap[m];
  const ci = plan.cap[i];
  const rank = rec.rank[m];
  const appRank = rec.rank[i];
  let peak = peakUtil[m];
  let peakHeld = peakMemory[m];
  let appPeak = peakUtil[i];
  let appPeakHeld = peakMemory[i];
  let over = throttled[m];
  // Series sums stay in locals while the steps fall in the same point (the same for both).
  let point = base[stride];
  let sumD = sums[point + rank];
  let sumG = sums[span + point + rank];
  let sumM = sums[2 * span + point + rank];
  let appD = sums[point + appRank];
  let appG = sums[span + point + appRank];
  let appM = sums[2 * span + point + appRank];
  for (let j = 0; j < steps; j++) {
    if (!onePoint && base[stride + j] !== point) {
      sums[point + rank] = sumD;
      sums[span + point + rank] = sumG;
      sums[2 * span + point + rank] = sumM;
      sums[point + appRank] = appD;
      sums[span + point + appRank] = appG;
      sums[2 * span + point + appRank] = appM;
      point = base[stride + j];
      sumD = sums[point + rank];
      sumG = sums[span + point + rank];
      sumM = sums[2 * span + point + rank];
      appD = sums[point + appRank];
      appG = sums[span + point + appRank];
      appM = sums[2 * span + point + appRank];
    }
    const w = whole ? 1 : f[weight + j];
    // The machine: what its parent gave it, as in grantMachine.
    const g = !underCalmHost && f[parentShort + j] === 1 ? f[grant + j] : f[ask + j];
    const usable = usableCpu(g, e);
    const wanted = f[appAsk + j];
    const appHeld = f[appMem + j];
    let d: number;
    let used: number;
    if (vm) {
      d = f[ask + j];
      used = 0 + appHeld;
    } else {
      d = f[want + j];
      used = f[mem + j];
      over += throttledTime(d, f[ask + j], f[dt + j]);
    }
    sumD += d * w;
    sumG += g * w;
    sumM += used * w;
    peak = peakUtilization(peak, g, cm, 1);
    if (used > peakHeld) peakHeld = used;
    // The app: all it asked unless that is more than the machine has, as in grantWorkload.
    const short = isShort(0 + wanted, usable);
    if (short) shareShort(st, m, xm, j, usable);
    const got = usefulCpu(short ? f[appGrant + j] : wanted, calm ? 1 : f[slowed + j]);
    appD += wanted * w;
    appG += got * w;
    appM += appHeld * w;
    appPeak = peakUtilization(appPeak, got, ci, 1);
    if (appHeld > appPeakHeld) appPeakHeld = appHeld;
  }
  sums[point + rank] = sumD;
  sums[span + point + rank] = sumG;
  sums[2 * span + point + rank] = sumM;
  sums[point + appRank] = appD;
  sums[span + point + appRank] = appG;
  sums[2 * span + point + appRank] = appM;
  peakUtil[m] = peak;
  peakMemory[m] = peakHeld;
  peakUtil[i] = appPeak;
  peakMemory[i] = appPeakHeld;
  throttled[m] = over;
}
