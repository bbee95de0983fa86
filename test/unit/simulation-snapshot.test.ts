import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { simulate, type SimulationOverrides } from '../../src/core/simulation';
import { simulationFleet } from '../../bench/simulate/fleet';
import { caseSeed, mulberry32 } from './fuzz/prng';
import { run } from './simulation-helpers';
import { randomStack } from './simulation-stacks';

// Pinned results of whole runs, so that work on the engine's speed can show it changed no
// number: the fingerprint is of the complete JSON (series, totals, events, consolidation). The
// engine uses only correctly rounded arithmetic, so these hold on every machine. A deliberate
// change to the model updates them, and says so in its commit.

/** The first 16 hex digits of the SHA-256 of a text. */
function fingerprint(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function runJson(text: string, overrides?: SimulationOverrides): string {
  return JSON.stringify(run(text, overrides));
}

const example = (name: string): string => readFileSync(join(__dirname, '../../examples', name), 'utf8');

describe('simulation: pinned results', () => {
  const examples: [string, string][] = [
    ['host-os.virt', '95cffc7f8d8df2ae'],
    ['hypervisor.virt', '693dfb28036762ee'],
    ['container.virt', 'a6ada45250b4bfe8'],
    ['datacenter.virt', '9ec0c4aafcc3435f'],
    ['nested.virt', '783f01c38aadd518'],
    ['hello.virt', '2a7a131af730792c'],
  ];
  for (const [name, expected] of examples) {
    it(`${name} gives the same result`, () => {
      assert.equal(fingerprint(runJson(example(name))), expected);
    });
  }

  it('datacenter.virt with coarse series gives the same result', () => {
    assert.equal(fingerprint(runJson(example('datacenter.virt'), { seriesBudget: 20_000 })), 'a5648905287ddfe5');
  });

  it('the benchmark fleet of 400 guests gives the same summary and result', function () {
    this.timeout(60_000);
    const r = run(simulationFleet(400));
    // Each figure is derived in simulation-figures.test.ts ('the benchmark fleet of 400 guests'):
    // the zeros and the start-up exactly, idle core-hours from the apps' demand (the random walks'
    // read from the run), idle share, mean utilization and energy from those, the peak within bounds.
    assert.deepEqual(r.summary, {
      peakUtilization: 0.8576, meanUtilization: 0.473, idleCoreHours: 8095.2383, idlePct: 52.7034, readyPct: 0, throttledPct: 0,
      oomKills: 0, unmetPct: 0, startupSeconds: 90, energyKWh: 121.1667, memoryPressureSeconds: 0,
    });
    // The fleet's failures (host-0 and host-1 of cluster c0) add a recovery section, which the
    // test below pins; the fingerprint covers the rest. Re-pinned when the fleet gained its
    // clusters and failures: the result without its recovery section was the same as before
    // (7f960b24e88203bf) but for the source offsets of the entities, which the new lines moved.
    const { recovery, ...rest } = r;
    assert.ok(recovery);
    assert.equal(fingerprint(JSON.stringify(rest)), '9d8cc36c8aca7c9f');
  });

  it('the benchmark fleet\'s container host that fails at 12 h has its 20 containers rescheduled onto the other container host of its cluster after 350.6 s', function () {
    this.timeout(60_000);
    const r = run(simulationFleet(400));
    assert.ok(r.recovery);
    const name = (e: number) => r.entities[e].name;
    // host-1 runs containers g1-0 … g1-19, each with its app. Kubernetes evicts them 50 s + 300 s
    // after the failure, and each starts in 0.6 s (docs/simulation.md); host-3, the cluster's other
    // container host, holds 20 requests of 2 GiB beside its own 20 within 252 GiB.
    const containers = r.recovery.outages.filter((o) => name(o.entity).startsWith('g1-') && !name(o.entity).endsWith('-app'));
    assert.equal(containers.length, 20);
    for (const o of containers) assert.deepEqual([o.via, o.up, name(o.on ?? -1)], ['reschedule', 12 * 3600 + 350.6, 'host-3']);
  });

  it('60 random stacks give the same results, cancelled runs included', function () {
    this.timeout(120_000);
    const all = createHash('sha256');
    for (let c = 0; c < 60; c++) {
      const text = randomStack(mulberry32(caseSeed(20261126, c)));
      all.update(JSON.stringify(simulate(analyze(text))));
      // Stopped after 7 steps with few series points: cancellation and bucketing.
      all.update(JSON.stringify(simulate(analyze(text), { seriesBudget: 5_000 }, (done) => done < 7)));
    }
    // Re-pinned when refusals began to carry their message as an id with values (`text`) instead
    // of a Korean copy (`ko`); the English `message` and every result are unchanged.
    assert.equal(all.digest('hex').slice(0, 16), 'eb98fd5a68b6503a');
  });
});
