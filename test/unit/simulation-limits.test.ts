import * as assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyze } from '../../src/core/analyze';
import type { Layer } from '../../src/core/model/types';
import { LIMITS, simulate, type SimulationOutcome, type SimulationOverrides } from '../../src/core/simulation';
import { settingsProblem, usedSettings } from '../../src/core/simulation/options';
import { countEntities } from '../../src/core/simulation/plan';
import { mulberry32 } from './fuzz/prng';
import { kvmHost, run, vm } from './simulation-helpers';
import { shapedFleet } from './simulation-stacks';
import { KOREAN } from './bundles';

// Bug 7: a run is refused from counts, before anything is allocated for it. Bug 8: the values
// a host hands the engine are checked, whatever host it is.

function refusal(outcome: SimulationOutcome): Extract<SimulationOutcome, { status: 'refused' }>['refusal'] {
  assert.equal(outcome.status, 'refused', JSON.stringify(outcome).slice(0, 200));
  return (outcome as Extract<SimulationOutcome, { status: 'refused' }>).refusal;
}

/** A full garbage collection, so that heap figures measure what is alive. */
const collect = ((): (() => void) => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

describe('simulation: refused from counts, before allocating (bug 7)', () => {
  /**
   * The model of a file with 1,000 hosts of 1,000 VMs each over five minutes, built from one
   * analysed host and VM: each host's hypervisor holds the same VM a thousand times, which is a
   * million VMs to the simulation, without the seconds and gigabyte of analysing such a file.
   */
  function millionVms(): Parameters<typeof simulate>[0] {
    const one = analyze('hardware h { cpu 64 cores; memory 1 TiB\n  hypervisor kvm { vm v { vcpu 1; memory 512 MiB; os linux "Debian 12" } }\n}\nsimulate { duration 5 m; step 1 m }\n');
    assert.deepEqual(one.diagnostics.filter((d) => d.severity === 'error'), []);
    const host = one.model.hosts[0];
    const hypervisor = host.children[0];
    const vms: Layer[] = new Array(1000).fill(hypervisor.children[0]);
    // Layers read their properties through accessors: copies inherit them from the analysed ones.
    const copy = (layer: Layer, own: Partial<Layer>): Layer => Object.assign(Object.create(layer) as Layer, own);
    const hosts = Array.from({ length: 1000 }, (_, i) => copy(host, { name: `h${i}`, children: [copy(hypervisor, { children: vms })] }));
    return { model: { ...one.model, hosts }, diagnostics: one.diagnostics };
  }

  it('refuses a million VMs over five steps quickly, with a bounded heap, naming the limit and what to do', () => {
    const analysis = millionVms();
    assert.equal(countEntities(analysis.model), 1_001_000);
    collect();
    const before = process.memoryUsage();
    const t0 = performance.now();
    const r = refusal(simulate(analysis));
    const ms = performance.now() - t0;
    const after = process.memoryUsage();
    assert.equal(r.reason, 'too-many-entities');
    assert.match(r.message, /1,001,000 entities .*the limit is 100,000.*fewer hosts/);
    assert.match(KOREAN.text(r.text), /1,001,000개.*100,000개/);
    // A plan of a million entities takes hundreds of megabytes and seconds; counting, neither.
    const grownMb = (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / 1048576;
    // Under mutation testing Stryker's coverage counters run in every counted line and take tens
    // of megabytes of their own; the plan it must not build would still take hundreds.
    const boundMb = '__stryker__' in globalThis ? 128 : 16;
    assert.ok(grownMb < boundMb, `the heap grew by ${grownMb.toFixed(1)} MB`);
    // Counting takes tens of milliseconds; building the plan, seconds. Under mutation testing every
    // counted statement also bumps Stryker's counters (3.4 s in its first run of the simulation group).
    assert.ok(ms < ('__stryker__' in globalThis ? 30_000 : 2000), `${ms.toFixed(0)} ms`);
  });

  it('accepts up to the entity limit and refuses one more, before the entity-steps limit', () => {
    const s = usedSettings(analyze('simulate { duration 1 h; step 1 m }\n').model.simulation);
    assert.equal(settingsProblem(s, LIMITS.maxEntities), undefined);
    assert.equal(settingsProblem(s, LIMITS.maxEntities + 1)?.reason, 'too-many-entities');
    // Within both count limits, the engine's memory is bounded; entity-steps bound its time.
    assert.ok(LIMITS.maxEntities * 60 < LIMITS.maxEntitySteps);
  });

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

describe('simulation: the values a host hands the engine are checked (bug 8)', () => {
  const text = kvmHost(vm('v', 1, 1, 'load random 10%..90% seed 4'));
  const analysis = analyze(text);
  const refused = (overrides: SimulationOverrides) => refusal(simulate(analysis, overrides));

  it('takes seeds from 0 to 4,294,967,295, all different', () => {
    const a = JSON.stringify(run(text, { seed: 1 }).series);
    assert.notEqual(JSON.stringify(run(text, { seed: LIMITS.maxSeed }).series), a);
    assert.notEqual(JSON.stringify(run(text, { seed: 0 }).series), a);
    assert.equal(LIMITS.maxSeed, 2 ** 32 - 1);
  });

  it('refuses a seed that would wrap round, is not whole, or is not a number', () => {
    for (const seed of [4294967296, 4294967297, -1, 1.5, NaN, Infinity]) {
      const r = refused({ seed });
      assert.equal(r.reason, 'bad-setting', String(seed));
      assert.match(r.message, new RegExp(`^The seed must be a whole number from 0 to 4,294,967,295, not ${seed}\\.$`));
      assert.match(KOREAN.text(r.text), /seed는 0부터 4,294,967,295까지의 정수여야 합니다/);
      assert.equal(r.span, undefined, 'an override is not in the file');
    }
  });

  it('refuses durations, steps and ratios that are not finite and positive', () => {
    for (const [overrides, words] of [
      [{ duration: NaN }, /duration must be a positive time, not NaN s/],
      [{ duration: Infinity }, /duration must be a positive time, not Infinity s/],
      [{ duration: 0 }, /duration must be a positive time/],
      [{ step: Infinity }, /step must be a positive time, not Infinity s/],
      [{ step: NaN }, /step must be a positive time/],
      [{ overcommit: { cpu: Infinity, memory: 1 } }, /Overcommit ratios must be finite numbers greater than zero/],
      [{ overcommit: { cpu: 4, memory: NaN } }, /Overcommit ratios/],
    ] as [SimulationOverrides, RegExp][]) {
      const r = refused(overrides);
      assert.equal(r.reason, 'bad-setting', JSON.stringify(overrides));
      assert.match(r.message, words);
      assert.ok(KOREAN.text(r.text).length > 0);
    }
  });

  it('refuses series budgets and event limits that are not whole or above what a run may keep', () => {
    for (const seriesBudget of [0, 1.5, NaN, LIMITS.seriesBudget + 1]) assert.match(refused({ seriesBudget }).message, /series budget must be a whole number from 1 to 3,000,000/);
    for (const eventLimit of [-1, 0.5, NaN, LIMITS.eventLimit + 1]) assert.match(refused({ eventLimit }).message, /event limit must be a whole number from 0 to 5,000/);
    assert.equal(simulate(analysis, { seriesBudget: 1, eventLimit: 0 }).status, 'done');
  });

  it('refuses a seed out of range that reached the engine in the model, pointing at it', () => {
    const withSeed = 'hardware h { cpu 2 cores; memory 4 GiB; os linux "Debian 12" { app a { load random 10%..60% seed 2 } } }\nsimulate { duration 1 h; seed 1 }\n';
    const a = analyze(withSeed);
    a.model.simulation.seed = 4294967297;
    const r = refusal(simulate(a));
    assert.equal(r.reason, 'bad-setting');
    assert.match(r.message, /seed must be a whole number/);
    assert.equal(withSeed.slice(r.span!.start, r.span!.end), 'seed 1');
    // An override in range takes its place, and runs.
    assert.equal(simulate(a, { seed: 1 }).status, 'done');
  });

  it('refuses boot times that are not finite, whatever built the model', () => {
    const a = analyze(text);
    a.model.simulation.boot.vm = NaN;
    const r = refusal(simulate(a));
    assert.equal(r.reason, 'bad-setting');
    assert.match(r.message, /boot time of a vm must be a time of 0 s or more, not NaN s/);
  });
});
