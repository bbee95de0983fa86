// How the results page reduces a series to its chart's width (src/webview/simulation/reduce.ts):
// compared with a plain reference that slices each bucket and uses Math.min, Math.max and a sum
// on it, on generated inputs; read once, so linear; and a series that spikes every 15 minutes
// becomes a band from 0 to 100 % in every bucket.
import * as assert from 'node:assert/strict';
import { bucketStarts, reduceSeries } from '../../src/webview/simulation/reduce';

/** A small seeded generator (mulberry32), so that a failure can be run again. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The reference: bucket b is the points from floor(b·n/B) to floor((b+1)·n/B), NaN left out. */
function reference(values: readonly number[], buckets: number): { mean: number[]; min: number[]; max: number[] } {
  const B = Math.min(values.length, buckets);
  const out = { mean: [] as number[], min: [] as number[], max: [] as number[] };
  for (let b = 0; b < B; b++) {
    const slice = values.slice(Math.floor((b * values.length) / B), Math.floor(((b + 1) * values.length) / B)).filter((v) => !Number.isNaN(v));
    out.mean.push(slice.length === 0 ? NaN : slice.reduce((s, v) => s + v, 0) / slice.length);
    out.min.push(slice.length === 0 ? NaN : Math.min(...slice));
    out.max.push(slice.length === 0 ? NaN : Math.max(...slice));
  }
  return out;
}

describe('simulation page: reducing a series to the chart\'s width', () => {
  it('gives the reference\'s mean, min and max for every bucket of 400 generated series, NaN gaps included', () => {
    const next = random(13);
    for (let k = 0; k < 400; k++) {
      const n = Math.floor(next() * 3000);
      const buckets = 1 + Math.floor(next() * (n + 20));
      // Values from 0 to 100 with a few NaN (no data), and now and then a run of equal values.
      const values = Array.from({ length: n }, () => (next() < 0.02 ? NaN : next() < 0.1 ? 50 : Math.round(next() * 1000) / 10));
      const got = reduceSeries(values, buckets);
      const want = reference(values, buckets);
      assert.equal(got.mean.length, want.mean.length, `n ${n}, ${buckets} buckets`);
      assert.deepEqual(got.min, want.min, `n ${n}, ${buckets} buckets: min`);
      assert.deepEqual(got.max, want.max, `n ${n}, ${buckets} buckets: max`);
      got.mean.forEach((m, b) => {
        if (Number.isNaN(want.mean[b])) assert.ok(Number.isNaN(m));
        else assert.ok(Math.abs(m - want.mean[b]) < 1e-9, `n ${n}, bucket ${b}: ${m} against ${want.mean[b]}`);
      });
    }
  });

  it('starts its buckets so that they cover every point once and differ in size by at most one', () => {
    for (const [n, buckets] of [[2880, 513], [10, 3], [7, 7], [5, 9], [1, 1], [0, 4]]) {
      const starts = bucketStarts(n, buckets);
      assert.equal(starts.length, Math.min(n, buckets));
      const sizes = starts.map((s, b) => (b + 1 < starts.length ? starts[b + 1] : n) - s);
      assert.equal(sizes.reduce((a, s) => a + s, 0), n);
      if (n > 0) {
        assert.equal(starts[0], 0);
        assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1, `${n} points in ${buckets}: sizes ${[...new Set(sizes)].join(', ')}`);
      }
    }
  });

  it('reads each point exactly once whatever the number of buckets, so its cost is linear in the points', () => {
    for (const n of [1000, 10_000, 100_000]) {
      for (const buckets of [1, 37, 1600, n]) {
        let reads = 0;
        const values = new Proxy(Array.from({ length: n }, (_, i) => i % 7), {
          get(target, key, receiver) {
            if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
            return Reflect.get(target, key, receiver);
          },
        });
        reduceSeries(values, buckets);
        assert.equal(reads, n, `${n} points in ${buckets} buckets`);
      }
    }
  });

  it('turns a VM spiking from 0 to 100 % for 2 minutes every 15 minutes into a band from 0 to 100 % in every bucket', () => {
    // Two days in one-minute steps, as the data centre example runs.
    const values = Array.from({ length: 2880 }, (_, p) => (p % 15 < 2 ? 100 : 0));
    // A bucket of at least 15 points holds a spike and a quiet minute: 2880 / 15 = 192 buckets at most.
    for (const buckets of [192, 120, 48]) {
      const r = reduceSeries(values, buckets);
      assert.ok(r.min.every((v) => v === 0) && r.max.every((v) => v === 100), `${buckets} buckets`);
      // The mean line sits near the duty cycle, 2/15 = 13.3 %, instead of hatching from 0 to 100.
      assert.ok(r.mean.every((m) => m > 5 && m < 25), `${buckets} buckets: means ${Math.min(...r.mean)} to ${Math.max(...r.mean)}`);
    }
  });

  it('keeps a single spike\'s true peak however coarse the buckets', () => {
    const values = new Array<number>(10_000).fill(3);
    values[7777] = 99.5;
    for (const buckets of [1, 2, 10, 333, 5000]) {
      const r = reduceSeries(values, buckets);
      assert.equal(Math.max(...r.max), 99.5, `${buckets} buckets`);
      assert.equal(r.max.filter((v) => v === 99.5).length, 1);
    }
  });
});
