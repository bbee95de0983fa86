// Timing for the tests that guard against quadratic paths: they compare two sizes in one process,
// so that a slow or busy machine moves both, and take the fastest of a few runs, which noise can
// only lengthen.

/** The fastest of `runs` runs of `f`, in milliseconds (warm the code up first: the first run of a function is slower). */
export function fastest(f: () => unknown, runs = 2): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** How a pair of sizes is timed. */
export interface PairOptions {
  /** A ratio below this is clearly linear: the pair is not measured again. */
  readonly clearly: number;
  /** Fastest of how many runs of each size (default 2); `smallRuns` overrides it for the small one. */
  readonly runs?: number;
  readonly smallRuns?: number;
  /**
   * Runs of the small input timed as one, the time divided by them (default 1): so that both
   * sizes allocate alike and the garbage collector runs in both (one small run alone may never
   * start it, which made linear paths measure 12 to 21 for four times the input).
   */
  readonly repeatSmall?: number;
}

/** Milliseconds of one run of the small input (`a`) and of the big one (`b`), and b ÷ a. */
export interface TimedPair {
  readonly a: number;
  readonly b: number;
  readonly ratio: number;
}

/**
 * Times the small and the big input as the fastest of a few runs each, measured again (up to
 * three pairs) while the ratio is not below `clearly`, and keeps the lowest pair: a busy machine
 * can slow one size and not the other (a full suite beside a mutation run measured 13.5 and 16 for
 * a linear path), but that noise does not repeat, while a path that grows too fast measures high
 * in every pair.
 */
export function timePair(small: () => unknown, big: () => unknown, options: PairOptions): TimedPair {
  const repeat = options.repeatSmall ?? 1;
  const runs = options.runs ?? 2;
  let best: TimedPair = { a: 1, b: Infinity, ratio: Infinity };
  for (let pair = 0; pair < 3 && best.ratio >= options.clearly; pair++) {
    const a = fastest(() => {
      for (let i = 0; i < repeat; i++) small();
    }, options.smallRuns ?? runs) / repeat;
    const b = fastest(big, runs);
    if (b / a < best.ratio) best = { a, b, ratio: b / a };
  }
  return best;
}

/** The message of a failed ratio check: `1,000: 12 ms, 4,000: 50 ms, ratio 4.2`. */
export function pairText(small: string, big: string, pair: TimedPair): string {
  return `${small}: ${pair.a.toFixed(0)} ms, ${big}: ${pair.b.toFixed(0)} ms, ratio ${pair.ratio.toFixed(1)}`;
}
