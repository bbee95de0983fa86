// How the results page picks a time axis's ticks for its width (src/webview/simulation/ticks.ts),
// on the tick sets the host sends (core/format.ts). Expected steps are worked out by hand: a
// label of n characters is taken as 7n px wide, and neighbours need 16 px between them.
import * as assert from 'node:assert/strict';
import { clockStyle, timeTicks, type Words } from '../../src/core/format';
import type { SimTicks } from '../../src/shared/simulationProtocol';
import { pickTicks, TICK_GAP } from '../../src/webview/simulation/ticks';
import { ENGLISH } from './bundles';

const en: Words = (id, ...args) => ENGLISH.t(id, ...args);
const H = 3600;
const D = 86400;
const measure = (label: string): number => 7 * label.length;

/** The left and right edges of each label, centred on its tick, on an axis `width` px wide. */
function boxes(set: SimTicks, end: number, width: number): [number, number][] {
  return set.at.map((t, i) => {
    const x = (t / end) * width;
    const w = measure(set.labels[i]);
    return [x - w / 2, x + w / 2];
  });
}

describe('time axis: the ticks a width gets', () => {
  const twoDays = timeTicks(2 * D, clockStyle(2 * D, 60), en);

  it('gives a two-day run 6 h steps at 800 px', () => {
    // "Day 1 06:00" is 11 characters, 77 px: a step needs 77 + 16 = 93 px. At 800 px for 48 h,
    // 3 h is 50 px and 6 h is 100 px.
    assert.equal(TICK_GAP, 16);
    const set = pickTicks(twoDays, 2 * D, 800, measure);
    assert.equal(set.every, 6 * H);
    assert.deepEqual(set.labels.slice(0, 2), ['Day 1 06:00', 'Day 1 12:00']);
  });

  it('gives it 1 d steps at 360 px and 3 h steps at 1,600 px', () => {
    // At 360 px, 12 h is 90 px (< 93) and 1 d is 180 px; at 1,600 px, 2 h is 67 px and 3 h is 100 px.
    assert.equal(pickTicks(twoDays, 2 * D, 360, measure).every, D);
    assert.equal(pickTicks(twoDays, 2 * D, 1600, measure).every, 3 * H);
  });

  it('never lets two labels overlap, from 100 to 2,000 px', () => {
    for (const [end, step] of [[2 * D, 60], [D, 60], [H, 60], [120, 1], [7 * D, 300]]) {
      const sets = timeTicks(end, clockStyle(end, step), en);
      for (let width = 100; width <= 2000; width += 20) {
        const b = boxes(pickTicks(sets, end, width, measure), end, width);
        for (let i = 1; i < b.length; i++) assert.ok(b[i][0] - b[i - 1][1] >= TICK_GAP, `${end} s at ${width} px: labels ${i - 1} and ${i} are ${b[i][0] - b[i - 1][1]} px apart`);
      }
    }
  });

  it('keeps only the first tick of the coarsest set when no set fits', () => {
    // At 100 px, 1 d of a two-day run is 50 px, less than the 93 px a label needs.
    assert.deepEqual(pickTicks(twoDays, 2 * D, 100, measure), { every: D, at: [D], labels: ['Day 2 00:00'] });
    assert.deepEqual(pickTicks([], 60, 800, measure), { every: 60, at: [], labels: [] });
  });
});
