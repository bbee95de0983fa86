import * as assert from 'node:assert/strict';
import { Block } from '../../src/core/simulation/block';
import { SeriesRecorder } from '../../src/core/simulation/series';
import type { UsedSettings } from '../../src/core/simulation/types';

// A block of steps (block.ts): each step's length and series weight, and the two flags that let
// the steady path skip them: every step whole, and every non-host series in one point.

/** Only the step and the duration, which are all `Block.set` reads of the settings. */
function settings(step: number, duration: number): UsedSettings {
  return { step, duration } as unknown as UsedSettings;
}

/** A recorder for one non-host entity over 3 steps whose budget gives buckets of `bucket` steps. */
function recorder(bucket: 1 | 3): SeriesRecorder {
  // 3 numbers × 1 entity × 3 steps = 9: a budget of 9 fits one point per step; a budget of 3
  // makes buckets of ceil(9 / 3) = 3 steps.
  return new SeriesRecorder(Uint8Array.of(0), 3, bucket === 1 ? 9 : 3);
}

describe('simulation block rules', () => {
  it('marks a block of three whole steps within one series bucket as whole and one point', () => {
    // 3 steps of 60 s in a run of 180 s: each 60 s long, weight 1.
    const b = new Block(1, 3);
    b.set(0, 3, settings(60, 180), recorder(3));
    assert.deepEqual([b.first, b.steps, b.whole, b.onePoint], [0, 3, true, true]);
    assert.deepEqual([...b.f.subarray(b.dtAt, b.dtAt + 3)], [60, 60, 60]);
    assert.deepEqual([...b.f.subarray(b.weightAt, b.weightAt + 3)], [1, 1, 1]);
  });

  it('marks a block with a short last step and a point per step as neither whole nor one point', () => {
    // A run of 150 s in steps of 60 s: 60, 60 and a last step of 30 s, weight 0.5.
    const b = new Block(1, 3);
    b.set(0, 3, settings(60, 150), recorder(1));
    assert.deepEqual([b.whole, b.onePoint], [false, false]);
    assert.deepEqual([...b.f.subarray(b.dtAt, b.dtAt + 3)], [60, 60, 30]);
    assert.deepEqual([...b.f.subarray(b.weightAt, b.weightAt + 3)], [1, 1, 0.5]);
  });
});
