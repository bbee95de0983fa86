import { shareFairly, stepLength } from './formulas';
import type { SeriesRecorder } from './series';
import type { EngineState } from './state';
import type { UsedSettings } from './types';

// The steps of the current block, and scratch for the steady path (steady.ts), which takes one
// host through the whole block entity by entity: each entity's numbers for every step of the
// block sit side by side, at slot × stride + step, where a host's machines take the first slots
// and its workloads the next. All of it is one array, with each kind of number in a region of
// its own: in a loop over steps V8 then checks and locates one array, not ten, at each step.

/** The current block of steps and one host's numbers through it. */
export class Block {
  /** Steps of the block: [first, first + steps). */
  first = 0;
  steps = 0;
  /**
   * What most blocks share, so that the steady path can skip reading it step by step: every
   * step is a whole one (weight 1), the series of everything but hosts stay in one point, and
   * (set by the host's pass) the host was never short of CPU or memory.
   */
  whole = true;
  onePoint = true;
  calm = true;
  readonly f: Float64Array;
  /** Regions of f with one number per step: its length, its weight in the series (a short last step counts for its share), the host's memory-pressure slow-down, an app's load level and what it got. */
  readonly dtAt: number;
  readonly weightAt: number;
  readonly slowedAt: number;
  readonly levelAt: number;
  readonly gotAt: number;
  /** Regions of f with one number per entity and step: what it asks, the memory it holds, what a machine's children want of it, what it was granted. */
  readonly askAt: number;
  readonly memAt: number;
  readonly wantAt: number;
  readonly grantAt: number;
  /** Sums over each machine's children of what they ask and the memory they hold, and 1 where they asked for more than it had (then their grants are fair shares). */
  readonly innerAt: number;
  readonly memInAt: number;
  readonly shortAt: number;
  /** Where each step's series points are: hosts' at j, everything else's at stride + j. */
  readonly base: Int32Array;

  /** Room for hosts of up to `slots` entities through blocks of up to `stride` steps. */
  constructor(
    readonly slots: number,
    readonly stride: number,
  ) {
    const size = slots * stride;
    let end = 0;
    const region = (length: number): number => (end += length) - length;
    this.dtAt = region(stride);
    this.weightAt = region(stride);
    this.slowedAt = region(stride);
    this.levelAt = region(stride);
    this.gotAt = region(stride);
    this.askAt = region(size);
    this.memAt = region(size);
    this.wantAt = region(size);
    this.grantAt = region(size);
    this.innerAt = region(size);
    this.memInAt = region(size);
    this.shortAt = region(size);
    this.f = new Float64Array(end);
    this.base = new Int32Array(2 * stride);
  }

  /** Makes [k0, k1) the current block, with each step's length and series position as the step loop works them out. */
  set(k0: number, k1: number, s: UsedSettings, recorder: SeriesRecorder): void {
    this.first = k0;
    this.steps = k1 - k0;
    this.whole = true;
    this.onePoint = true;
    for (let k = k0; k < k1; k++) {
      const dt = stepLength(s.step, s.duration, k);
      if (dt / s.step !== 1) this.whole = false;
      this.f[this.dtAt + k - k0] = dt;
      this.f[this.weightAt + k - k0] = dt / s.step;
      recorder.at(k);
      this.base[k - k0] = recorder.baseHost;
      this.base[this.stride + k - k0] = recorder.baseOther;
      if (recorder.baseOther !== this.base[this.stride]) this.onePoint = false;
    }
  }
}

/**
 * Machine m's children asked for more than `usable` at the block's j-th step: shares it among
 * them fairly, through the per-entity arrays shareFairly works on, and marks m short. xm is m's slot.
 */
export function shareShort(st: EngineState, m: number, xm: number, j: number, usable: number): void {
  const { childStart, childIds, ask, grant, slot, block: b } = st;
  const f = b.f;
  f[b.shortAt + xm + j] = 1;
  for (let c = childStart[m]; c < childStart[m + 1]; c++) ask[childIds[c]] = f[b.askAt + slot[childIds[c]] + j];
  shareFairly(childIds, childStart[m], childStart[m + 1] - childStart[m], usable, ask, st.plan.weight, grant, st.scratch);
  for (let c = childStart[m]; c < childStart[m + 1]; c++) f[b.grantAt + slot[childIds[c]] + j] = grant[childIds[c]];
}
