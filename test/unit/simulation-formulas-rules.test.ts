import * as assert from 'node:assert/strict';
import { allowedMemory, defaultPower, jobFinishTime, overMemoryLimit, peakUtilization, powerAt, saturated, upShare } from '../../src/core/simulation/formulas';

// The simulation's formulas (docs/simulation.md), each checked on small inputs worked by hand.

describe('simulation formulas', () => {
  it('gives something up from the very start of a step an up share of exactly 1', () => {
    // Up from t0 means up for all of [t0, t1): a share of 1, not (t1 − t0) / dt, which for
    // t0 = 0.7 and dt = 0.1 rounds to 0.9999999999999998 in binary.
    assert.equal(upShare(0.7, 0.7, 0.7 + 0.1, 0.1, 1), 1);
  });

  it('never kills a container that is not up during the step', () => {
    // Over the limit "for the share up of the step it is up": with up = 0 there is no such share.
    assert.equal(overMemoryLimit(100, 50, 0), false);
  });

  it('does not kill a container that holds its limit plus the rounding margin of 1e-9 MiB', () => {
    // Killed only when over the limit beyond rounding: 512 + 1e-9 is not beyond it.
    assert.equal(overMemoryLimit(512 + 1e-9, 512, 1), false);
    assert.equal(overMemoryLimit(513, 512, 1), true);
  });

  it('hands out (installed − reserve) × ratio of memory', () => {
    // (1000 − 200) × 1.5 = 1200 MiB.
    assert.equal(allowedMemory(1000, 200, 1.5), 1200);
  });

  it('does not count a host asked exactly its capacity, or within 1e-9 of it, as saturated', () => {
    // Saturated means asked for more than it has beyond rounding.
    assert.equal(saturated(4, 4), false);
    assert.equal(saturated(4 + 1e-9, 4), false);
    assert.equal(saturated(4.5, 4), true);
  });

  it('raises the peak utilization only above the old peak, per core and per share of the step up', () => {
    // Old peak 0.5 of 4 cores is 2 cores; a grant of 1 core is below it: the peak stays 0.5.
    assert.equal(peakUtilization(0.5, 1, 4, 1), 0.5);
    // Up half the step: 1.5 cores granted of 4 × 0.5 = 2 core-steps is 0.75, above 0.5.
    assert.equal(peakUtilization(0.5, 1.5, 4, 0.5), 0.75);
  });

  it('finishes a job up for the last half of a step at twice its step-average rate', () => {
    // Step [100, 110), up from 105; got 1 core on average, so 2 cores while up; 2 core-seconds
    // take 1 s: done at 106.
    assert.equal(jobFinishTime(100, 10, 0.5, 2, 1), 106);
  });

  it('assumes a host without power peaks at 150 W + 5 W per core and idles at half of that', () => {
    // 8 cores: 150 + 40 = 190 W peak, 95 W idle.
    const p = defaultPower(8);
    assert.deepEqual(p.model === 'linear' ? [p.idle, p.peak] : [], [95, 190]);
  });

  it('clamps a negative utilization to 0 (idle power)', () => {
    const linear = defaultPower(10); // idle 100 W, peak 200 W
    assert.equal(powerAt(linear, -0.5), 100);
  });
});
