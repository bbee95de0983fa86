import * as assert from 'node:assert/strict';
import type { LoadProfile } from '../../src/core/model/types';
import { LoadTable, nextState, portableCos, uniform, walkStep } from '../../src/core/simulation/profiles';

// The rules of load profiles (docs/simulation.md, "Load profiles"; docs/language.md) that the first
// mutation run of profiles.ts found untested, each on a plain input whose expected figures are
// worked out by hand in the comments: a portable cosine good to about 1e-9, the mulberry32
// generator, a random walk that moves by up to ±12.5 % of its range per √minute and reflects at
// the bounds, and curves shared by the apps that have the same one.

const span = { start: 0, end: 0 } as unknown as LoadProfile['span'];
const daily = (low: number, high: number, peakHour: number): LoadProfile => ({ shape: 'daily', low, high, peakHour, span });
const spikes = (low: number, high: number, every: number, length: number): LoadProfile => ({ shape: 'spikes', low, high, every, length, span });
const random = (low: number, high: number, seed: number): LoadProfile => ({ shape: 'random', low, high, seed, span });

/** Asserts |actual - expected| <= tol for each pair. */
function near(actual: number[], expected: number[], tol: number): void {
  assert.equal(actual.length, expected.length);
  actual.forEach((a, k) => assert.ok(Math.abs(a - expected[k]) <= tol, `#${k}: ${a} is not within ${tol} of ${expected[k]}`));
}

describe('load profile rules: the portable cosine', () => {
  it('gives cos 0 = 1, cos π/4 = √2/2, cos π/3 = 1/2 and cos π/2 = 0 to 1e-9', () => {
    const PI = Math.PI;
    near([portableCos(0), portableCos(PI / 4), portableCos(PI / 3), portableCos(PI / 2)], [1, Math.SQRT1_2, 0.5, 0], 1e-9);
  });

  it('gives cos 2π/3 = -1/2, cos 3π/4 = -√2/2 and cos π = -1 to 1e-9 (past π/2)', () => {
    const PI = Math.PI;
    near([portableCos((2 * PI) / 3), portableCos((3 * PI) / 4), portableCos(PI)], [-0.5, -Math.SQRT1_2, -1], 1e-9);
  });

  it('gives cos(-π/3) = 1/2 and cos(2π + 2π/3) = -1/2 to 1e-9 (even, period 2π)', () => {
    const PI = Math.PI;
    near([portableCos(-PI / 3), portableCos(2 * PI + (2 * PI) / 3)], [0.5, -0.5], 1e-9);
  });
});

describe('load profile rules: the generator (mulberry32)', () => {
  it('advances the state by 0x6d2b79f5 and wraps at 32 bits', () => {
    // 0 + 0x6d2b79f5 = 1831565813; 0x7fffffff + 0x6d2b79f5 = 2147483647 + 1831565813 = 3979049460,
    // as a signed 32-bit number 3979049460 - 2^32 = -315917836.
    assert.deepEqual([nextState(0), nextState(0x7fffffff)], [1831565813, -315917836]);
  });

  it('draws the numbers of the published mulberry32 for the same states', () => {
    // Tommy Ettinger's mulberry32 as published (github.com/bryc/code, jshash/PRNGs.md), after its
    // state has been advanced: t = imul(t ^ t >>> 15, t | 1); t ^= t + imul(t ^ t >>> 7, t | 61);
    // ((t ^ t >>> 14) >>> 0) / 2^32. Written here with BigInt 32-bit arithmetic, not Math.imul.
    const u32 = (x: bigint) => x & 0xffffffffn;
    const mul = (a: bigint, b: bigint) => u32(a * b);
    const reference = (state: number): number => {
      let t = u32(BigInt(state));
      t = mul(t ^ (t >> 15n), t | 1n);
      t = t ^ u32(t + mul(t ^ (t >> 7n), t | 61n));
      return Number(t ^ (t >> 14n)) / 4294967296;
    };
    const states = [1831565813, -315918348, 123456789, -987654321, 7];
    assert.deepEqual(states.map(uniform), states.map(reference));
  });
});

describe('load profile rules: a random walk step', () => {
  it('moves by (u - 0.5) × range × scale: from 50 in [20, 80] with u 0.75 and scale 0.25 to 53.75', () => {
    // move = 0.25 × 60 × 0.25 = 3.75.
    assert.equal(walkStep(50, 20, 80, 0.75, 0.25), 53.75);
  });

  it('reflects at the high bound: 95 in [0, 100] moving up by 10 ends at 95', () => {
    // move = (0.9 - 0.5) × 100 × 0.25 = 10 (to 1e-12): 105 reflects to 100 - 5 = 95.
    near([walkStep(95, 0, 100, 0.9, 0.25)], [95], 1e-12);
  });

  it('reflects at the low bound: 5 in [0, 100] moving down by 10 ends at 5; 25 in [20, 100] moving down by 4 ends at 21', () => {
    // move = (0.1 - 0.5) × 100 × 0.25 = -10 (to 1e-12): -5 reflects to 0 + 5 = 5.
    // move = (0.4 - 0.5) × 80 × 0.5 = -4: 21 stays inside, nothing to reflect.
    near([walkStep(5, 0, 100, 0.1, 0.25), walkStep(25, 20, 100, 0.4, 0.5)], [5, 21], 1e-12);
  });

  it('ends a step longer than the range at a bound, never past it', () => {
    // A day-long step has scale 0.25 × √1440 ≈ 9.5: from 5 in [0, 100] with u = 0 the move is
    // -0.5 × 100 × 9.5 = -475: reflected at 0 it is 470, beyond 100, so it stays at 100.
    const down = walkStep(5, 0, 100, 0, 0.25 * Math.sqrt(1440));
    const up = walkStep(95, 0, 100, 0.99, 0.25 * Math.sqrt(1440));
    assert.deepEqual([down, up].map((x) => x >= 0 && x <= 100), [true, true]);
  });
});

describe('load profile rules: the table of profiles', () => {
  it('starts a random walk midway between its levels: a step of no length leaves it at 50 in [20, 80]', () => {
    // Scale 0.25 × √(0 / 60) = 0: the walk does not move.
    const t = new LoadTable([random(20, 80, 7)], 1, 0, 1);
    t.prepare(0, 0, 0);
    assert.equal(t.level(0, 0), 50);
  });

  it('scales a walk step with √minutes: the first 4-minute move is twice the first 1-minute move, at most 12.5 % of the range', () => {
    // Same seeds, so the same u: the move is (u - 0.5) × 60 × 0.25 × √minutes, |move| ≤ 7.5 for 1 minute.
    const first = (dt: number, seed: number) => {
      const t = new LoadTable([random(20, 80, seed)], seed, 0, 1);
      t.prepare(0, 0, dt);
      return t.level(0, 0) - 50;
    };
    for (const seed of [1, 2, 3]) {
      const one = first(60, seed);
      near([first(240, seed)], [2 * one], 1e-12);
      assert.ok(Math.abs(one) <= 7.5, `seed ${seed}: a one-minute move of ${one}`);
    }
  });

  it('gives two daily curves with different peak hours different levels at noon (100 and 0)', () => {
    // Levels 0..100, a 60 s step mid at 12:00 of day 0: peak 12 → (1 + cos 0) / 2 = 1 → 100;
    // peak 0 → (1 + cos π) / 2 = 0 → 0.
    const t = new LoadTable([daily(0, 100, 12), daily(0, 100, 0)], 1, 0, 1);
    t.prepare(0, 43200 - 30, 60);
    near([t.level(0, 0), t.level(1, 0)], [100, 0], 1e-7);
  });

  it('gives two spikes curves with different periods different levels (a burst in one, none in the other)', () => {
    // [3600, 3660): every 3600 s for 60 s is inside a burst (share 1 → 100); every 7200 s is not (0 → 0).
    const t = new LoadTable([spikes(0, 100, 3600, 60), spikes(0, 100, 7200, 60)], 1, 0, 1);
    t.prepare(0, 3600, 60);
    assert.deepEqual([t.level(0, 0), t.level(1, 0)], [100, 0]);
  });

  it('computes one curve for apps with the same daily or spikes curve: 2 curves for 4 apps', () => {
    const t = new LoadTable([daily(0, 100, 9), spikes(0, 50, 600, 30), daily(10, 20, 9), spikes(5, 90, 600, 30)], 1, 0, 1);
    assert.equal(t.curveCount, 2);
  });

  it('gives a spikes curve every 0 s (bursts of length 0) no burst: the low level', () => {
    const t = new LoadTable([spikes(10, 90, 0, 30)], 1, 0, 1);
    t.prepare(0, 0, 60);
    assert.equal(t.level(0, 0), 10);
  });

  it('samples a daily curve on any day: at 18:00 and 21:00 of day 0 and day 1 to 1e-9', () => {
    // Peak 12:00, levels 0..1: 18:00 → (1 + cos(π/2)) / 2 = 1/2; 21:00 → (1 + cos(3π/4)) / 2 = (1 - √2/2) / 2.
    const t = new LoadTable([daily(0, 1, 12)], 1, 0, 4);
    const mids = [18 * 3600, 21 * 3600, 86400 + 18 * 3600, 86400 + 21 * 3600];
    mids.forEach((mid, j) => t.prepare(j, mid - 30, 60));
    const half = 0.5;
    const low = (1 - Math.SQRT1_2) / 2;
    near([0, 1, 2, 3].map((j) => t.level(0, j)), [half, low, half, low], 1e-9);
  });

  it('samples a daily curve to 1e-9 on days 10,000,000 and 30,000,000 as on day 0', () => {
    // The limits allow it: 100,000 steps of 300 days reach day 30,000,000. The hour of the day
    // is the same, so the same shares: 18:00 → 1/2, 21:00 → (1 - √2/2) / 2 (peak 12:00, levels 0..1).
    const t = new LoadTable([daily(0, 1, 12)], 1, 0, 4);
    const mids = [1e7, 3e7].flatMap((day) => [day * 86400 + 18 * 3600, day * 86400 + 21 * 3600]);
    mids.forEach((mid, j) => t.prepare(j, mid - 30, 60));
    const low = (1 - Math.SQRT1_2) / 2;
    near([0, 1, 2, 3].map((j) => t.level(0, j)), [0.5, low, 0.5, low], 1e-9);
  });

  it('keeps only apps [from, to): rewinding app 1 after keep(0, 1) takes it to the earlier keep(0, 2)', () => {
    const t = new LoadTable([random(0, 100, 1), random(0, 100, 2)], 5, 0, 1);
    t.prepare(0, 0, 600);
    t.keep(0, 2);
    const atFirstKeep = t.walkOn(1, 0);
    t.rewind(0, 2);
    t.walkOn(0, 0);
    t.walkOn(1, 0);
    t.keep(0, 1);
    t.walkOn(1, 0);
    t.rewind(0, 2);
    // App 1 is back where keep(0, 2) found it, so its next step is the one taken from there.
    assert.equal(t.walkOn(1, 0), atFirstKeep);
  });
});
