import type { EntitySeries } from './types';

// Time series kept within a fixed number of values whatever the size of the run: hosts get up
// to half the budget, everything else shares the rest, and when a tier does not fit at one
// point per step its steps are averaged into buckets of whole steps.

/** Accumulates per-step values into bucketed sums. */
export class SeriesRecorder {
  readonly hostBucket: number;
  readonly otherBucket: number;
  private readonly offset: Int32Array;
  private readonly demand: Float64Array;
  private readonly granted: Float64Array;
  private readonly memory: Float64Array;
  private pointHost = 0;
  private pointOther = 0;

  constructor(
    private readonly isHost: Uint8Array,
    private readonly steps: number,
    budget: number,
  ) {
    const n = isHost.length;
    let hosts = 0;
    for (let i = 0; i < n; i++) hosts += isHost[i];
    const others = n - hosts;
    // Three numbers (demand, granted, memory) per point.
    const perStep = 3 * n;
    if (perStep * steps <= budget) {
      this.hostBucket = this.otherBucket = 1;
    } else {
      const hostShare = others > 0 ? budget / 2 : budget;
      this.hostBucket = hosts > 0 ? Math.max(1, Math.ceil((3 * hosts * steps) / hostShare)) : 1;
      const used = 3 * hosts * Math.ceil(steps / this.hostBucket);
      this.otherBucket = others > 0 ? Math.max(1, Math.ceil((3 * others * steps) / Math.max(1, budget - used))) : 1;
    }
    this.offset = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) this.offset[i + 1] = this.offset[i] + this.points(i);
    const total = this.offset[n];
    this.demand = new Float64Array(total);
    this.granted = new Float64Array(total);
    this.memory = new Float64Array(total);
  }

  /** Points of entity i's series. */
  points(i: number): number {
    return Math.ceil(this.steps / (this.isHost[i] ? this.hostBucket : this.otherBucket));
  }

  /** Moves to step k; call before recording its values. */
  at(k: number): void {
    this.pointHost = Math.floor(k / this.hostBucket);
    this.pointOther = Math.floor(k / this.otherBucket);
  }

  /** Adds entity i's values of the current step. */
  record(i: number, demand: number, granted: number, memory: number): void {
    const at = this.offset[i] + (this.isHost[i] ? this.pointHost : this.pointOther);
    this.demand[at] += demand;
    this.granted[at] += granted;
    this.memory[at] += memory;
  }

  /** Means per bucket, rounded to 4 decimals so that the JSON is compact and stable. */
  finish(step: number, stepsDone: number): EntitySeries[] {
    const out: EntitySeries[] = [];
    for (let i = 0; i + 1 < this.offset.length; i++) {
      const bucket = this.isHost[i] ? this.hostBucket : this.otherBucket;
      const points = Math.ceil(stepsDone / bucket);
      const demand: number[] = new Array(points);
      const granted: number[] = new Array(points);
      const memory: number[] = new Array(points);
      for (let p = 0; p < points; p++) {
        const count = Math.min(bucket, stepsDone - p * bucket);
        const at = this.offset[i] + p;
        demand[p] = round4(this.demand[at] / count);
        granted[p] = round4(this.granted[at] / count);
        memory[p] = round4(this.memory[at] / count);
      }
      out.push({ every: bucket * step, demand, granted, memory });
    }
    return out;
  }
}

/** Rounds to 4 decimals (and turns -0 into 0). */
export function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4 + 0;
}
