import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { simulate, type SimulationOverrides } from '../../src/core/simulation';
import { simulationFleet } from '../../bench/simulate/fleet';
import { caseSeed, mulberry32 } from './fuzz/prng';
import { sized } from './helpers';
import { randomStack, shapedFleet } from './simulation-stacks';

// The step loop's fast paths (steady.ts, pair.ts) must give what the general path (hoststep.ts)
// gives, to the bit: every run here is done both ways and the whole outcome compared as JSON.

/** Simulates `text` with the fast paths and without, and says where the two outcomes differ. */
function sameBothWays(text: string, overrides: SimulationOverrides = {}, progress?: (done: number) => boolean): string {
  const analysis = analyze(text);
  const fast = JSON.stringify(simulate(analysis, overrides, progress));
  const plain = JSON.stringify(simulate(analysis, { ...overrides, fastPaths: false }, progress));
  if (fast !== plain) {
    let at = 0;
    while (fast[at] === plain[at]) at++;
    assert.fail(`the fast paths differ at character ${at}:\n  fast:  …${fast.slice(Math.max(0, at - 200), at + 80)}\n  plain: …${plain.slice(Math.max(0, at - 200), at + 80)}`);
  }
  return fast;
}

/** Whether a JSON outcome is a finished run. */
const done = (json: string): boolean => json.startsWith('{"status":"done"');

describe('simulation: the fast paths give what the general path gives', () => {
  const examples = readdirSync(join(__dirname, '../../examples')).filter((f) => f.endsWith('.virt'));

  it('for every example', () => {
    assert.ok(examples.length >= 5);
    // Under Stryker every third example (the fleets below keep every shape covered): each engine
    // mutant runs this test, and all the examples take seconds.
    for (const name of examples.filter((_, i) => i % sized(1, 3) === 0)) sameBothWays(readFileSync(join(__dirname, '../../examples', name), 'utf8'));
    // Coarse series: several steps to a point, hosts' and others' buckets apart.
    assert.ok(done(sameBothWays(readFileSync(join(__dirname, '../../examples/datacenter.virt'), 'utf8'), { seriesBudget: 20_000 })));
  });

  it('for the benchmark fleet, with fine and coarse series', function () {
    this.timeout(60_000);
    assert.ok(done(sameBothWays(simulationFleet(sized(400, 40)))));
    assert.ok(done(sameBothWays(simulationFleet(sized(200, 20)), { seriesBudget: 50_000, seed: 11 })));
  });

  it('for fleets of every shape: pairs, busy and over-committed hosts, OOM kills, jobs, nesting', function () {
    this.timeout(120_000);
    const settings = [
      'duration 12 h; step 1 m; seed 3',
      // A last step shorter than the others; boot times that end mid-step.
      'duration 5 h; step 7 m; boot container 2 s; boot vm 45 s',
      'duration 3 h; step 10 s; overcommit cpu 2 memory 1.5',
    ];
    let kills = 0;
    for (let c = 0, cases = sized(12, 4); c < cases; c++) {
      const rng = mulberry32(caseSeed(20270412, c));
      const text = shapedFleet(rng, 10 + rng.int(20), settings[c % settings.length]);
      const json = sameBothWays(text, c % 4 === 3 ? { seriesBudget: 8_000 } : {});
      assert.ok(done(json), json.slice(0, 300));
      kills += (JSON.parse(json) as { result: { summary: { oomKills: number } } }).result.summary.oomKills;
    }
    // The fleets do kill containers, so the fast paths' hand-over to the general path is taken.
    assert.ok(kills > 0);
  });

  it('when something waits on a job, which steps the hosts one step at a time', () => {
    const text = shapedFleet(mulberry32(7), 10, 'duration 4 h; step 1 m').replace('app b5 {', 'app b5 { depends j5-0;');
    assert.ok(text.includes('depends j5-0'));
    assert.ok(done(sameBothWays(text)));
  });

  it('for 60 random stacks, cancelled runs included', function () {
    this.timeout(120_000);
    for (let c = 0, cases = sized(60, 15); c < cases; c++) {
      const text = randomStack(mulberry32(caseSeed(20261126, c)));
      sameBothWays(text);
      sameBothWays(text, { seriesBudget: 5_000 }, (d) => d < 7);
    }
  });
});
