import type { EntitySeries } from './types';

// Time series kept within a fixed number of values whatever the size of the run: hosts get up
// to half the budget, everything else shares the rest, and when a tier does not fit at one
// point per step its steps are averaged into buckets of whole steps.

/** Accumulates per-step values into bucketed sums. */
export class SeriesRecorder {
  readonly hostBucket: number;
  readonly otherBucket: number;
  // Time-major within each tier (point × entities of the tier + rank), so that one step's
  // writes are sequential in memory; finish() regroups them per entity.
  /** Position of each entity within its tier (hosts, or everything else). */
  readonly rank: Int32Array;
  private readonly tierSize: [number, number];
  /**
   * Sums of demand, granted and memory per tier, [others, hosts], each in one array of three
   * regions, [0, span), [span, 2 span) and [2 span, 3 span): one array to locate in the step loop.
   */
  readonly sums: [Float64Array, Float64Array];
  readonly span: [number, number];
  /** Where the current step's points start in each tier's buffers. */
  baseHost = 0;
  baseOther = 0;

  constructor(
    private readonly isHost: Uint8Array,
    steps: number,
    budget: number,
  ) {
    const n = isHost.length;
    this.rank = new Int32Array(n);
    let hosts = 0;
    for (let i = 0; i < n; i++) this.rank[i] = isHost[i] ? hosts++ : i - hosts;
    const others = n - hosts;
    // Three numbers (demand, granted, memory) per point.
    if (3 * n * steps <= budget) {
      this.hostBucket = this.otherBucket = 1;
    } else {
      const hostShare = others > 0 ? budget / 2 : budget;
      this.hostBucket = hosts > 0 ? Math.max(1, Math.ceil((3 * hosts * steps) / hostShare)) : 1;
      const used = 3 * hosts * Math.ceil(steps / this.hostBucket);
      this.otherBucket = others > 0 ? Math.max(1, Math.ceil((3 * others * steps) / Math.max(1, budget - used))) : 1;
    }
    this.tierSize = [others, hosts];
    this.span = [others * Math.ceil(steps / this.otherBucket), hosts * Math.ceil(steps / this.hostBucket)];
    this.sums = [new Float64Array(3 * this.span[0]), new Float64Array(3 * this.span[1])];
  }

  /** Moves to step k; call before recording its values. */
  at(k: number): void {
    this.baseHost = Math.floor(k / this.hostBucket) * this.tierSize[1];
    this.baseOther = Math.floor(k / this.otherBucket) * this.tierSize[0];
  }

  // The loops over entities below run once a simulation; their bodies are methods of their own,
  // called once per entity, so that V8 compiles them early in the first run and keeps them.

  /** Adds up each entity's demand and granted sums, times the step, into core-seconds. */
  totals(step: number, demand: Float64Array, granted: Float64Array): void {
    for (let i = 0; i < this.isHost.length; i++) this.total(i, step, demand, granted);
  }

  private total(i: number, step: number, demand: Float64Array, granted: Float64Array): void {
    const host = this.isHost[i];
    const sums = this.sums[host];
    const span = this.span[host];
    const stride = this.tierSize[host];
    let sd = 0;
    let sg = 0;
    for (let at = this.rank[i]; at < span; at += stride) {
      sd += sums[at];
      sg += sums[span + at];
    }
    demand[i] = sd * step;
    granted[i] = sg * step;
  }

  /**
   * Means per bucket, rounded to 4 decimals so that the JSON is compact and stable. A last
   * step of `lastWeight` of a full one was recorded with that weight and counts as much.
   */
  finish(step: number, stepsDone: number, lastWeight = 1): EntitySeries[] {
    const out: EntitySeries[] = [];
    for (let i = 0; i < this.isHost.length; i++) out.push(this.seriesOf(i, step, stepsDone, lastWeight));
    return out;
  }

  private seriesOf(i: number, step: number, stepsDone: number, lastWeight: number): EntitySeries {
    const host = this.isHost[i];
    const bucket = host ? this.hostBucket : this.otherBucket;
    const stride = this.tierSize[host];
    const sums = this.sums[host];
    const span = this.span[host];
    const points = Math.ceil(stepsDone / bucket);
    const demand: number[] = new Array(points);
    const granted: number[] = new Array(points);
    const memory: number[] = new Array(points);
    for (let p = 0; p < points; p++) {
      const full = Math.min(bucket, stepsDone - p * bucket);
      const count = (p + 1) * bucket >= stepsDone ? full - 1 + lastWeight : full;
      const at = p * stride + this.rank[i];
      demand[p] = round4(sums[at] / count);
      granted[p] = round4(sums[span + at] / count);
      memory[p] = round4(sums[2 * span + at] / count);
    }
    return { every: bucket * step, demand, granted, memory };
  }
}

/** Rounds to 4 decimals (and turns -0 into 0). */
export function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4 + 0;
}
