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

/**
 * big ÷ small as the fastest of `runs` runs each, measured again (up to three pairs) while the
 * ratio is not below `clearly`, and the lowest pair kept: a busy machine can slow one size and not
 * the other, but that noise does not repeat, while a path that grows too fast measures high in
 * every pair.
 */
export function lowestRatio(small: () => unknown, big: () => unknown, clearly: number, runs = 2): number {
  let best = Infinity;
  for (let pair = 0; pair < 3 && best >= clearly; pair++) best = Math.min(best, fastest(big, runs) / fastest(small, runs));
  return best;
}
