import type { LoadProfile } from '../model/types';

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

/** Moves a random walk one step, reflecting at the bounds. */
export function walkStep(level: number, low: number, high: number, u: number, dt: number): number {
  const move = (u - 0.5) * (high - low) * RANDOM_WALK_STEP * Math.sqrt(dt / 60);
  let x = level + move;
  if (x > high) x = high - (x - high);
  if (x < low) x = low + (low - x);
  return x < low ? low : x > high ? high : x;
}

const SHAPE = { none: 0, constant: 1, daily: 2, spikes: 3, random: 4 } as const;

/**
 * The load profiles of all apps as parallel arrays, evaluated step by step. The daily cosine
 * is split as cos(h − p) = cos h·cos p + sin h·sin p so that each step computes one cosine and
 * one sine for every app together.
 */
export class LoadTable {
  private readonly shape: Uint8Array;
  private readonly a: Float64Array;
  private readonly b: Float64Array;
  private readonly c: Float64Array;
  private readonly d: Float64Array;
  private readonly rng: Int32Array;
  private readonly walk: Float64Array;
  private cosHour = 1;
  private sinHour = 0;
  private t0 = 0;
  private dt = 1;

  constructor(profiles: readonly (LoadProfile | undefined)[], seed: number, fallback: number) {
    const n = profiles.length;
    this.shape = new Uint8Array(n);
    this.a = new Float64Array(n).fill(fallback);
    this.b = new Float64Array(n);
    this.c = new Float64Array(n);
    this.d = new Float64Array(n);
    this.rng = new Int32Array(n);
    this.walk = new Float64Array(n);
    profiles.forEach((p, i) => {
      if (!p) return;
      this.shape[i] = SHAPE[p.shape];
      if (p.shape === 'constant') {
        this.a[i] = p.level;
        return;
      }
      this.a[i] = p.low;
      this.b[i] = p.high;
      if (p.shape === 'daily') {
        const angle = (TWO_PI * p.peakHour) / 24;
        this.c[i] = portableCos(angle);
        this.d[i] = portableCos(angle - HALF_PI);
      } else if (p.shape === 'spikes') {
        this.c[i] = p.every;
        this.d[i] = Math.min(p.length, p.every);
      } else {
        this.walk[i] = (p.low + p.high) / 2;
        this.rng[i] = mixSeeds(seed, p.seed, i);
      }
    });
  }

  /** Moves to the step [t0, t0 + dt); random walks take their step here. */
  begin(t0: number, dt: number): void {
    this.t0 = t0;
    this.dt = dt;
    const angle = (TWO_PI * (t0 + dt / 2 - 86400 * Math.floor((t0 + dt / 2) / 86400))) / 86400;
    this.cosHour = portableCos(angle);
    this.sinHour = portableCos(angle - HALF_PI);
  }

  /** Mean level of app i over the current step (the fallback level for an app without a profile). */
  level(i: number): number {
    switch (this.shape[i]) {
      case SHAPE.daily:
        return this.a[i] + ((this.b[i] - this.a[i]) * (1 + this.cosHour * this.c[i] + this.sinHour * this.d[i])) / 2;
      case SHAPE.spikes:
        return this.a[i] + (this.b[i] - this.a[i]) * (this.c[i] > 0 ? spikeShare(this.t0, this.dt, this.c[i], this.d[i]) : 0);
      case SHAPE.random: {
        this.rng[i] = nextState(this.rng[i]);
        this.walk[i] = walkStep(this.walk[i], this.a[i], this.b[i], uniform(this.rng[i]), this.dt);
        return this.walk[i];
      }
      default:
        return this.a[i];
    }
  }
}
