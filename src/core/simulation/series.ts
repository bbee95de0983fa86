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
  /** Sums of demand, granted and memory: [others, hosts]. */
  readonly buffers: [Float64Array, Float64Array, Float64Array][];
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
    const make = (count: number, bucket: number): [Float64Array, Float64Array, Float64Array] => {
      const size = count * Math.ceil(steps / bucket);
      return [new Float64Array(size), new Float64Array(size), new Float64Array(size)];
    };
    this.buffers = [make(others, this.otherBucket), make(hosts, this.hostBucket)];
  }

  /** Moves to step k; call before recording its values. */
  at(k: number): void {
    this.baseHost = Math.floor(k / this.hostBucket) * this.tierSize[1];
    this.baseOther = Math.floor(k / this.otherBucket) * this.tierSize[0];
  }

  /** Adds up each entity's demand and granted sums, times the step, into core-seconds. */
  totals(step: number, demand: Float64Array, granted: Float64Array): void {
    for (let i = 0; i < this.isHost.length; i++) {
      const host = this.isHost[i];
      const [d, g] = this.buffers[host];
      const stride = this.tierSize[host];
      let sd = 0;
      let sg = 0;
      for (let at = this.rank[i]; at < d.length; at += stride) {
        sd += d[at];
        sg += g[at];
      }
      demand[i] = sd * step;
      granted[i] = sg * step;
    }
  }

  /**
   * Means per bucket, rounded to 4 decimals so that the JSON is compact and stable. A last
   * step of `lastWeight` of a full one was recorded with that weight and counts as much.
   */
  finish(step: number, stepsDone: number, lastWeight = 1): EntitySeries[] {
    const out: EntitySeries[] = [];
    for (let i = 0; i < this.isHost.length; i++) {
      const host = this.isHost[i];
      const bucket = host ? this.hostBucket : this.otherBucket;
      const stride = this.tierSize[host];
      const [d, g, m] = this.buffers[host];
      const points = Math.ceil(stepsDone / bucket);
      const demand: number[] = new Array(points);
      const granted: number[] = new Array(points);
      const memory: number[] = new Array(points);
      for (let p = 0; p < points; p++) {
        const full = Math.min(bucket, stepsDone - p * bucket);
        const count = (p + 1) * bucket >= stepsDone ? full - 1 + lastWeight : full;
        const at = p * stride + this.rank[i];
        demand[p] = round4(d[at] / count);
        granted[p] = round4(g[at] / count);
        memory[p] = round4(m[at] / count);
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
