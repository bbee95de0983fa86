// Timing helpers shared by the benchmarks. Timings on a small shared machine are noisy, so
// everything reports medians of several runs and nothing ever fails on a number.
import { nextState, uniform } from '../src/core/simulation/profiles';

/** Middle value of the samples (mean of the two middle ones for an even count). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return NaN;
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Results are kept here so the engine cannot drop a benchmarked call as dead code. */
export const sink: unknown[] = [];

/** Milliseconds of each of `runs` calls of `fn`, after `warmup` untimed calls that let the JIT settle. */
export function sample(fn: () => unknown, runs: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) sink[0] = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    sink[0] = fn();
    times.push(performance.now() - t0);
  }
  return times;
}

/**
 * Times several functions in rounds, each function once per round, so that drift in the
 * machine's speed (other jobs, CPU clocks) hits all of them alike. The order within a round is
 * shuffled (with a fixed seed): the garbage a function leaves is collected during whatever runs
 * next, and a fixed order would always charge it to the same neighbour.
 */
export function sampleRoundRobin(fns: Readonly<Record<string, () => unknown>>, rounds: number, warmup = 2): Record<string, number[]> {
  const names = Object.keys(fns);
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const random = seeded(20261126);
  for (let r = 0; r < warmup + rounds; r++) {
    for (const name of shuffled(names, random)) {
      // The previous function's result goes first, so that no call is timed while another's output is still alive.
      sink[0] = undefined;
      const t0 = performance.now();
      sink[0] = fns[name]();
      if (r >= warmup) times[name].push(performance.now() - t0);
    }
  }
  return times;
}

/** A copy of `items` in an order drawn from `random` (Fisher–Yates). */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A seeded generator of numbers in [0, 1), the simulation's own, so that every run of a benchmark uses the same orders. */
function seeded(seed: number): () => number {
  let state = seed | 0;
  return () => uniform((state = nextState(state)));
}

/** Bytes in one MB as the benchmarks count it (2^20). */
export const MB = 1024 * 1024;

/** Throughput in MB/s. */
export function mbPerSecond(bytes: number, ms: number): number {
  return bytes / MB / (ms / 1000);
}

/** Left-aligned first column, right-aligned numbers, two spaces between columns. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => r[c].length)));
  const line = (r: readonly string[]): string => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
