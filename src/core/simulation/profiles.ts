import type { LoadProfile } from '../model/types';
import { curveLevel } from './formulas';

// Load profiles evaluated step by step. Only +, -, *, / and Math.imul/round/abs/sqrt are used:
// IEEE 754 fixes their results exactly, so a run gives the same numbers on every machine
// (Math.cos is not required to be correctly rounded, hence the polynomial below).

const TWO_PI = 6.283185307179586;
const PI = 3.141592653589793;
const HALF_PI = 1.5707963267948966;

/** cos(x) to about 1e-9 from a fixed polynomial, identical on every platform. */
export function portableCos(x: number): number {
  let y = x - TWO_PI * Math.round(x / TWO_PI); // now in [-π, π]
  y = Math.abs(y);
  let sign = 1;
  if (y > HALF_PI) {
    y = PI - y;
    sign = -1;
  }
  const y2 = y * y;
  // Taylor series to y^14; on [0, π/2] the next term is below 1e-10.
  const c = 1 - (y2 / 2) * (1 - (y2 / 12) * (1 - (y2 / 30) * (1 - (y2 / 56) * (1 - (y2 / 90) * (1 - (y2 / 132) * (1 - y2 / 182))))));
  return sign * c;
}

/** The next state of a 32-bit generator (mulberry32). */
export function nextState(state: number): number {
  return (state + 0x6d2b79f5) | 0;
}

/** A uniform number in [0, 1) from a generator state. */
export function uniform(state: number): number {
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Mixes the simulation seed with a profile's own seed into one generator state. */
export function mixSeeds(simSeed: number, profileSeed: number, salt: number): number {
  let h = Math.imul((simSeed | 0) ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (profileSeed | 0) ^ (h >>> 13), 0xc2b2ae35);
  h = Math.imul(h ^ salt ^ (h >>> 16), 0x27d4eb2f);
  return h ^ (h >>> 15);
}

/** Relative step size of a random walk per minute: the level moves by up to ±12.5 % of its range. */
export const RANDOM_WALK_STEP = 0.25;

/** Share of [t0, t0 + dt) inside bursts of `length` that start every `every` seconds from 0. */
function spikeShare(t0: number, dt: number, every: number, length: number): number {
  return (spikeTime(t0 + dt, every, length) - spikeTime(t0, every, length)) / dt;
}

/** Seconds of burst between 0 and t. */
function spikeTime(t: number, every: number, length: number): number {
  const periods = Math.floor(t / every);
  return periods * length + Math.min(t - periods * every, length);
}

/** Moves a random walk one step of `scale` (RANDOM_WALK_STEP × √minutes) of its range, reflecting at the bounds. */
export function walkStep(level: number, low: number, high: number, u: number, scale: number): number {
  const move = (u - 0.5) * (high - low) * scale;
  let x = level + move;
  if (x > high) x = high - (x - high);
  if (x < low) x = low + (low - x);
  return x < low ? low : x > high ? high : x;
}

/** How an app's level is found: the fallback, a constant, a shared curve, its own random walk. */
export const SHAPE = { none: 0, constant: 1, shaped: 2, random: 3 } as const;

/** A daily or spikes curve shared by every app that has the same one. */
type Curve = { readonly shape: 'daily'; readonly peakHour: number } | { readonly shape: 'spikes'; readonly every: number; readonly length: number };

/**
 * The load profiles of all apps as parallel arrays. Apps with the same daily or spikes curve
 * share it: each step computes every distinct curve once (its share between low and high), and
 * each app then needs one multiply-add. The step loop takes a host through a block of steps at
 * a time, so the curves are worked out for every step of the block beforehand.
 */
export class LoadTable {
  /** SHAPE code of each app; shaped apps read their curve's share, the step loop inlines that. */
  readonly shape: Uint8Array;
  readonly low: Float64Array;
  readonly high: Float64Array;
  readonly curveOf: Int32Array;
  /** Each curve's share at the block's j-th step, at j × curveCount + curve. */
  readonly share: Float64Array;
  readonly curveCount: number;
  private readonly curves: Curve[] = [];
  private readonly rng: Int32Array;
  private readonly walk: Float64Array;
  private readonly walkScale: Float64Array;
  /** Random walks as they were when `keep` was last called. */
  private readonly keptRng: Int32Array;
  private readonly keptWalk: Float64Array;

  constructor(profiles: readonly (LoadProfile | undefined)[], seed: number, fallback: number, blockSteps: number) {
    const n = profiles.length;
    this.shape = new Uint8Array(n);
    this.low = new Float64Array(n).fill(fallback);
    this.high = new Float64Array(n);
    this.curveOf = new Int32Array(n);
    this.rng = new Int32Array(n);
    this.walk = new Float64Array(n);
    this.keptRng = new Int32Array(n);
    this.keptWalk = new Float64Array(n);
    const known = new Map<string, number>();
    profiles.forEach((p, i) => {
      if (!p) return;
      if (p.shape === 'constant') {
        this.shape[i] = SHAPE.constant;
        this.low[i] = p.level;
        return;
      }
      this.low[i] = p.low;
      this.high[i] = p.high;
      if (p.shape === 'random') {
        this.shape[i] = SHAPE.random;
        this.walk[i] = (p.low + p.high) / 2;
        this.rng[i] = mixSeeds(seed, p.seed, i);
        return;
      }
      this.shape[i] = SHAPE.shaped;
      const curve: Curve = p.shape === 'daily' ? { shape: 'daily', peakHour: p.peakHour } : { shape: 'spikes', every: p.every, length: Math.min(p.length, p.every) };
      const key = curve.shape === 'daily' ? `d ${curve.peakHour}` : `s ${curve.every} ${curve.length}`;
      let c = known.get(key);
      if (c === undefined) {
        c = this.curves.length;
        known.set(key, c);
        this.curves.push(curve);
      }
      this.curveOf[i] = c;
    });
    this.curveCount = this.curves.length;
    this.share = new Float64Array(this.curveCount * blockSteps);
    this.walkScale = new Float64Array(blockSteps);
  }

  /** Makes the step [t0, t0 + dt) the block's j-th: every distinct curve is evaluated once. */
  prepare(j: number, t0: number, dt: number): void {
    this.walkScale[j] = RANDOM_WALK_STEP * Math.sqrt(dt / 60);
    const mid = t0 + dt / 2;
    // A cosine day: 1 at the peak hour, 0 twelve hours away, sampled mid-step.
    const hour = (mid - 86400 * Math.floor(mid / 86400)) / 3600;
    const base = j * this.curveCount;
    for (let c = 0; c < this.curveCount; c++) {
      const curve = this.curves[c];
      this.share[base + c] = curve.shape === 'daily' ? (1 + portableCos((TWO_PI * (hour - curve.peakHour)) / 24)) / 2 : curve.every > 0 ? spikeShare(t0, dt, curve.every, curve.length) : 0;
    }
  }

  /** Mean level of app i over the block's j-th step (the fallback level for an app without a profile); call once per app and step, in step order. */
  level(i: number, j: number): number {
    const shape = this.shape[i];
    if (shape === SHAPE.shaped) return curveLevel(this.low[i], this.high[i], this.share[j * this.curveCount + this.curveOf[i]]);
    if (shape !== SHAPE.random) return this.low[i];
    return this.walkOn(i, j);
  }

  /** App i's random-walk levels over the block's first `steps` steps, into out[at .. at + steps). */
  walkBlock(i: number, steps: number, out: Float64Array, at: number): void {
    for (let j = 0; j < steps; j++) out[at + j] = this.walkOn(i, j);
  }

  /** Remembers the random walks of apps [from, to), so that `rewind` can take them back there. */
  keep(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      this.keptRng[i] = this.rng[i];
      this.keptWalk[i] = this.walk[i];
    }
  }

  /** Takes the random walks of apps [from, to) back to where `keep` found them. */
  rewind(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      this.rng[i] = this.keptRng[i];
      this.walk[i] = this.keptWalk[i];
    }
  }

  /** Moves app i's random walk on by the block's j-th step and gives its level. */
  walkOn(i: number, j: number): number {
    this.rng[i] = nextState(this.rng[i]);
    this.walk[i] = walkStep(this.walk[i], this.low[i], this.high[i], uniform(this.rng[i]), this.walkScale[j]);
    return this.walk[i];
  }
}
