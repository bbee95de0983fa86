// A tiny seeded PRNG so that every fuzz case can be regenerated from the seed it prints;
// Math.random cannot be seeded, and a dependency would be overkill for 15 lines.

/** A source of pseudo-random choices, fully determined by its seed. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [lo, hi]. */
  between(lo: number, hi: number): number;
  /** A uniformly chosen element. */
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
}

/** mulberry32: 32-bit state, good enough spread for test inputs and very fast. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    between: (lo, hi) => lo + int(hi - lo + 1),
    pick: (items) => items[int(items.length)],
    chance: (p) => next() < p,
  };
}

/** Derives independent per-case seeds from one run seed (golden-ratio stride, as in splitmix). */
export function caseSeed(runSeed: number, index: number): number {
  return (runSeed + Math.imul(index + 1, 0x9e3779b9)) >>> 0;
}
