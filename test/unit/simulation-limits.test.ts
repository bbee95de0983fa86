import * as assert from 'node:assert/strict';
import { mulberry32 } from './fuzz/prng';
import { run } from './simulation-helpers';
import { shapedFleet } from './simulation-stacks';

describe('simulation: limits', () => {
  it('keeps the first events of the timeline and counts the rest, however many a run makes', function () {
    this.timeout(60_000);
    const text = shapedFleet(mulberry32(1), 20, 'duration 12 h; step 1 m');
    const full = run(text);
    // More than the list holds between two trims (the limit plus 1,024), so trimming is taken mid-run.
    assert.ok(full.events.length > 2000 && full.eventsDropped === 0, `${full.events.length} events`);
    for (const limit of [0, 7, 1500]) {
      const kept = run(text, { eventLimit: limit });
      assert.deepEqual(kept.events, full.events.slice(0, limit));
      assert.equal(kept.eventsDropped, full.events.length - limit);
      assert.deepEqual(kept.stats, full.stats);
    }
  });
});
