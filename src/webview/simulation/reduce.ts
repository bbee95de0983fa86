// Reduces a series to as many buckets as a chart has room for: each bucket keeps the mean of
// its points and their true minimum and maximum, so that a chart drawn from it shows the trend
// as a line and every spike inside the min–max band, instead of thousands of segments that
// cross each pixel many times (the "solid hatch" of issue 13). Free of the DOM so that unit
// tests compare it with a plain reference in Node.

/** A series reduced to buckets: per bucket, the index of its first point and its mean, min and max. */
export interface Reduced {
  /** Index of each bucket's first point in the input; a bucket ends where the next begins. */
  readonly start: readonly number[];
  readonly mean: readonly number[];
  readonly min: readonly number[];
  readonly max: readonly number[];
}

/**
 * Where each of `buckets` buckets over `n` points begins: bucket b holds the points from
 * floor(b·n/B) up to the next bucket's start, so that buckets differ in size by at most one
 * point and none is empty. Fewer buckets than asked when there are fewer points.
 */
export function bucketStarts(n: number, buckets: number): number[] {
  const count = Math.max(0, Math.min(n, Math.floor(buckets)));
  const starts = new Array<number>(count);
  for (let b = 0; b < count; b++) starts[b] = Math.floor((b * n) / count);
  return starts;
}

/**
 * `values` reduced to at most `buckets` buckets, in one pass: the mean, min and max of each
 * bucket's points. Points that are NaN (no data) are left out; a bucket of only NaN gives NaN
 * for all three, which the charts draw as a gap.
 */
export function reduceSeries(values: readonly number[], buckets: number): Reduced {
  const start = bucketStarts(values.length, buckets);
  const count = start.length;
  const mean = new Array<number>(count);
  const min = new Array<number>(count);
  const max = new Array<number>(count);
  for (let b = 0; b < count; b++) {
    const end = b + 1 < count ? start[b + 1] : values.length;
    let sum = 0;
    let seen = 0;
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = start[b]; i < end; i++) {
      const v = values[i];
      if (Number.isNaN(v)) continue;
      sum += v;
      seen++;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    mean[b] = seen > 0 ? sum / seen : NaN;
    min[b] = seen > 0 ? lo : NaN;
    max[b] = seen > 0 ? hi : NaN;
  }
  return { start, mean, min, max };
}
