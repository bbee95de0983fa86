import * as assert from 'node:assert/strict';
import { round4, SeriesRecorder } from '../../src/core/simulation/series';

// The series budget (docs/simulation.md, "Series"): three numbers (demand, granted, memory) per
// entity and point; hosts get up to half the budget, everything else the rest; a tier that does
// not fit at one point per step averages its steps into buckets of whole steps.

const HOST = 1;
const OTHER = 0;

describe('simulation series rules', () => {
  it('keeps one point per step when three numbers per entity and step fit the budget exactly', () => {
    // 2 hosts and 1 other over 10 steps: 3 × 3 × 10 = 90 numbers, the budget.
    const r = new SeriesRecorder(Uint8Array.of(HOST, HOST, OTHER), 10, 90);
    assert.deepEqual([r.hostBucket, r.otherBucket], [1, 1]);
  });

  it('gives hosts half the budget and the others what the hosts leave', () => {
    // 1 host, 2 others, 10 steps, budget 30. Hosts: 3 × 1 × 10 = 30 over a half of 15 → buckets
    // of 2 steps, 5 points, 15 numbers. Others: 3 × 2 × 10 = 60 over the 15 left → buckets of 4,
    // ceil(10 / 4) = 3 points each.
    const r = new SeriesRecorder(Uint8Array.of(HOST, OTHER, OTHER), 10, 30);
    assert.deepEqual([r.hostBucket, r.otherBucket], [2, 4]);
    // Three numbers per entity and point: others 2 × 3 points, hosts 1 × 5 points.
    assert.deepEqual([r.sums[0].length, r.sums[1].length], [3 * 2 * 3, 3 * 1 * 5]);
  });

  it('gives hosts the whole budget when there is nothing else', () => {
    // 2 hosts, 10 steps, budget 30: 3 × 2 × 10 = 60 over 30 → buckets of 2 steps.
    const r = new SeriesRecorder(Uint8Array.of(HOST, HOST), 10, 30);
    assert.equal(r.hostBucket, 2);
  });

  it('averages each bucket over its steps, a short last bucket and a part last step counted as recorded', () => {
    // 1 entity, 3 steps, budget 6: 3 × 1 × 3 = 9 numbers over 6 → buckets of 2 steps, 2 points.
    const r = new SeriesRecorder(Uint8Array.of(OTHER), 3, 6);
    assert.equal(r.otherBucket, 2);
    const [sums] = r.sums;
    const span = r.span[0];
    // Steps 0 and 1 record demand 1 and 3, granted 0.5 and 1.5, memory 100 and 300; the last
    // step is half a step (weight 0.5) and records 5, 2 and 500 times 0.5.
    const steps = [[1, 0.5, 100, 1], [3, 1.5, 300, 1], [5, 2, 500, 0.5]];
    steps.forEach(([d, g, m, w], k) => {
      r.at(k);
      sums[r.baseOther] += d * w;
      sums[span + r.baseOther] += g * w;
      sums[2 * span + r.baseOther] += m * w;
    });
    // Point 0: (1 + 3) / 2 = 2, (0.5 + 1.5) / 2 = 1, (100 + 300) / 2 = 200.
    // Point 1: one half step, 2.5 / 0.5 = 5, 1 / 0.5 = 2, 250 / 0.5 = 500.
    const [s] = r.finish(60, 3, 0.5);
    assert.deepEqual(s, { every: 120, demand: [2, 5], granted: [1, 2], memory: [200, 500] });
  });

  it('rounds to four decimals and turns -0 into 0', () => {
    assert.equal(round4(1.23456), 1.2346);
    // -0.00001 rounds to -0, which the JSON would not show differently but Object.is would.
    assert.ok(Object.is(round4(-0.00001), 0));
  });
});
