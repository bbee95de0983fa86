// Which of the host's tick sets a time axis shows: the finest whose labels fit the axis's width
// with room between them. The host formats every label (core/format.ts `timeTicks`); the page
// knows only its width and its font, so the choice is made here. Free of the DOM so that unit
// tests run it in Node.
import type { SimTicks } from '../../shared/simulationProtocol';

/** Least free space between two neighbouring tick labels, in px. */
export const TICK_GAP = 16;

/**
 * The finest set whose neighbouring labels, centred on their ticks, keep `gap` px apart on an
 * axis `width` px wide that spans 0 to `end` seconds. Labels centred `d` px apart overlap only
 * if `d` is less than half the sum of their widths, so a step of at least the widest label plus
 * the gap is always clear. When no set fits, the coarsest set's first tick alone, which has
 * nothing to overlap; no ticks when there are no sets.
 */
export function pickTicks(sets: readonly SimTicks[], end: number, width: number, measure: (label: string) => number, gap = TICK_GAP): SimTicks {
  for (const set of sets) {
    const step = (set.every / end) * width;
    let widest = 0;
    for (const label of set.labels) widest = Math.max(widest, measure(label));
    if (step >= widest + gap) return set;
  }
  const last = sets[sets.length - 1];
  return last ? { every: last.every, at: last.at.slice(0, 1), labels: last.labels.slice(0, 1) } : { every: end, at: [], labels: [] };
}
