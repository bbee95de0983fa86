// The rules of the run's totals and timeline (docs/simulation.md, "Start-up", "Events", the
// summary cards) that the first mutation run of tally.ts found untested, each on a Tally fed by
// hand: a plan with only the fields the tally reads, totals written straight into its arrays,
// and expected figures worked out in the comments.
import * as assert from 'node:assert/strict';
import { K, type Plan } from '../../src/core/simulation/plan';
import { Tally } from '../../src/core/simulation/tally';
import type { SimEvent, UsedSettings } from '../../src/core/simulation/types';

type Kind = (typeof K)[keyof typeof K];

/** A plan of the given kinds, each with `cores` cores; the hosts are the entities of kind host. */
function plan(kinds: readonly Kind[], cores = 1): Plan {
  const hosts = kinds.flatMap((k, i) => (k === K.host ? [i] : []));
  return { n: kinds.length, kind: Uint8Array.from(kinds), cap: new Float64Array(kinds.length).fill(cores), hosts } as unknown as Plan;
}

/** A run of `steps` steps of `step` seconds. */
function settings(steps = 10, step = 1): UsedSettings {
  return { duration: steps * step, step, steps, seed: 1, overcommit: { cpu: 4, memory: 1 }, boot: { vm: 30, container: 0.6, microvm: 0.125, host: 60 } };
}

const tally = (kinds: readonly Kind[], eventLimit = 5000): Tally => new Tally(plan(kinds), settings(), eventLimit);

/** The timeline as [time, kind, entity] (the value left out). */
const order = (t: Tally): [number, string, number][] => t.timeline().events.map((e) => [e.t, e.kind, e.entity]);

describe('simulation: tally rules', () => {
  describe('the timeline', () => {
    it('an event without a value has no value key; one with a value keeps it', () => {
      const t = tally([K.host]);
      t.event(1, 'started', 0);
      t.event(2, 'memory-pressure', 0, 0.5);
      const expected: SimEvent[] = [
        { t: 1, kind: 'started', entity: 0 },
        { t: 2, kind: 'memory-pressure', entity: 0, value: 0.5 },
      ];
      assert.deepStrictEqual(t.timeline().events, expected);
    });

    it('events at one time are ordered by entity, whatever order they came in', () => {
      const t = tally([K.host, K.host, K.host, K.host]);
      for (const e of [3, 1, 2, 0]) t.event(5, 'started', e);
      assert.deepStrictEqual(order(t), [
        [5, 'started', 0],
        [5, 'started', 1],
        [5, 'started', 2],
        [5, 'started', 3],
      ]);
    });

    it('events at one time of one entity are ordered by kind name, whatever order they came in', () => {
      // By string order: 'cpu-relieved' < 'cpu-saturated' < 'memory-pressure' < 'memory-relieved' < 'started'.
      const t = tally([K.host]);
      for (const kind of ['started', 'memory-relieved', 'cpu-saturated', 'memory-pressure', 'cpu-relieved'] as const) t.event(5, kind, 0);
      assert.deepStrictEqual(
        order(t).map((e) => e[1]),
        ['cpu-relieved', 'cpu-saturated', 'memory-pressure', 'memory-relieved', 'started'],
      );
    });

    it('events equal in time, entity and kind stay in the order they came (told apart by their values)', () => {
      const t = tally([K.host]);
      for (let v = 1; v <= 30; v++) t.event(5, 'memory-pressure', 0, v / 100);
      assert.deepStrictEqual(
        t.timeline().events.map((e) => e.value),
        Array.from({ length: 30 }, (_, i) => (i + 1) / 100),
      );
    });

    it('300 events of one time and entity, in five kinds mixed, come out by kind and in arrival order within a kind', () => {
      // Long enough for the sort to merge runs, not only insert. Kind k of the i-th event is (i * 7) mod 5 and its value is i.
      const kinds = ['cpu-relieved', 'cpu-saturated', 'memory-pressure', 'memory-relieved', 'started'] as const;
      const t = tally([K.host]);
      for (let i = 0; i < 300; i++) t.event(5, kinds[(i * 7) % 5], 0, i);
      // Expected: for each kind in name order, the i with (i * 7) mod 5 equal to it, ascending.
      const expected: [string, number | undefined][] = [];
      for (let k = 0; k < 5; k++) for (let i = 0; i < 300; i++) if ((i * 7) % 5 === k) expected.push([kinds[k], i]);
      assert.deepStrictEqual(
        t.timeline().events.map((e) => [e.kind, e.value]),
        expected,
      );
    });

    it('once the list is full, an event of the same time and entity as the last kept but an earlier kind name is still kept', () => {
      // Limit 1: the 1,025th event triggers a trim (1 + max(1, 1,024)), which keeps 'started' (value 0) as the last.
      // 'cpu-relieved' sorts before 'started' at the same time and entity, so it takes the one place.
      const t = tally([K.host], 1);
      for (let i = 0; i < 1025; i++) t.event(5, 'started', 0, i);
      t.event(5, 'cpu-relieved', 0);
      assert.deepStrictEqual(t.timeline(), { events: [{ t: 5, kind: 'cpu-relieved', entity: 0 }], dropped: 1025 });
    });

    it('never holds more than the limit plus 1,024 events while a long run adds 10,000 of them', () => {
      // docs/simulation.md, "Events": the run keeps no more than the limit while it goes; the
      // list is trimmed back to the limit once it holds the limit plus max(limit, 1,024).
      const limit = 5;
      const t = new Tally(plan([K.host]), settings(), limit);
      let most = 0;
      const kept = (): number => (t as unknown as { kept: unknown[] }).kept.length;
      // A host flipping in and out of saturation each step, stepped backwards in time so that no event is dropped on arrival.
      for (let k = 10_000; k > 0; k--) {
        t.saturation(0, k % 2 === 0, k);
        most = Math.max(most, kept());
      }
      assert.ok(most <= limit + 1024, `held ${most}`);
      const { events, dropped } = t.timeline();
      assert.deepStrictEqual([events.length, dropped], [5, 9995]);
    });
  });

  describe('memory pressure and CPU saturation events', () => {
    // The factor is 1 without pressure and below 1 under it; pressure begins when it leaves 1 and ends when it comes back.
    it('a factor staying at 1 gives no event', () => {
      const t = tally([K.host]);
      t.pressure(0, 1, 1, 3);
      assert.deepStrictEqual(order(t), []);
    });

    it('a factor going from 1 to 0.5 gives memory-pressure with value 0.5', () => {
      const t = tally([K.host]);
      t.pressure(0, 1, 0.5, 3);
      assert.deepStrictEqual(t.timeline().events, [{ t: 3, kind: 'memory-pressure', entity: 0, value: 0.5 }]);
    });

    it('a factor going from 0.5 back to 1 gives memory-relieved', () => {
      const t = tally([K.host]);
      t.pressure(0, 0.5, 1, 3);
      assert.deepStrictEqual(order(t), [[3, 'memory-relieved', 0]]);
    });

    it('a factor moving from 0.5 to 0.4 (still under pressure) gives no event', () => {
      const t = tally([K.host]);
      t.pressure(0, 0.5, 0.4, 3);
      assert.deepStrictEqual(order(t), []);
    });

    it('a host never saturated that reports not saturated gives no event, and saturated twice gives one event', () => {
      const t = tally([K.host]);
      t.saturation(0, false, 1);
      t.saturation(0, true, 2);
      t.saturation(0, true, 3);
      assert.deepStrictEqual(order(t), [[2, 'cpu-saturated', 0]]);
    });
  });

  describe('the events added at the end of the run', () => {
    /** close() over a run of `elapsed` seconds, the timeline as [time, kind, entity, value]. */
    function closed(kinds: Kind[], ready: number[], remaining: number[], elapsed: number): [number, string, number, number | undefined][] {
      const t = tally(kinds);
      t.close(Float64Array.from(ready), new Float64Array(kinds.length).fill(Infinity), Float64Array.from(remaining), elapsed);
      return t.timeline().events.map((e) => [e.t, e.kind, e.entity, e.value]);
    }

    it('what came up by the end gets started at its up time; a job that ran to its end and a host up after the end get nothing', () => {
      // Run of 100 s: host 0 up at 10, VM 1 at 40, app 2 at 40, job 3 at 50 with no work left, host 4 only at 200.
      assert.deepStrictEqual(closed([K.host, K.vm, K.app, K.job, K.host], [10, 40, 40, 50, 200], [0, 0, 0, 0, 0], 100), [
        [10, 'started', 0, undefined],
        [40, 'started', 1, undefined],
        [40, 'started', 2, undefined],
      ]);
    });

    it('a VM up exactly at the end counts as started, not never-started', () => {
      assert.deepStrictEqual(closed([K.host, K.vm], [0, 100], [0, 0], 100), [
        [0, 'started', 0, undefined],
        [100, 'started', 1, undefined],
      ]);
    });

    it('a job running at the end is unfinished with its work left, one whose start never came is never-started, one up exactly at the end is unfinished', () => {
      // Run of 100 s: job 1 up at 20 with 5 core-s left, job 2 never up (8 left), job 3 up at 100 (8 left).
      assert.deepStrictEqual(closed([K.host, K.job, K.job, K.job], [0, 20, Infinity, 100], [0, 5, 8, 8], 100), [
        [0, 'started', 0, undefined],
        [100, 'job-unfinished', 1, 5],
        [100, 'never-started', 2, undefined],
        [100, 'job-unfinished', 3, 8],
      ]);
    });
  });

  describe('the totals per entity', () => {
    it('an entity down for the whole run has mean utilization 0', () => {
      const t = tally([K.host]);
      t.downtime[0] = 10;
      assert.equal(t.stats(Float64Array.of(Infinity), 10)[0].meanUtilization, 0);
    });

    it('an entity up for no more than a nanosecond has mean utilization 0 (that much is a rounding residue)', () => {
      // One core, run of 1 s, down for 1 - 1e-9 s, granted the 1e-9 core-s it could use in the rest.
      const t = tally([K.host]);
      t.downtime[0] = 1 - 1e-9;
      t.granted[0] = 1e-9;
      assert.equal(t.stats(Float64Array.of(0), 1)[0].meanUtilization, 0);
    });

    it('a start that never came is null; a start and a finish exactly at the end are kept', () => {
      const t = tally([K.host, K.job]);
      t.finish(1, 10);
      const [h, j] = t.stats(Float64Array.of(Infinity, 10), 10);
      assert.deepStrictEqual([h.startedAt, j.startedAt, j.finishedAt], [null, 10, 10]);
    });
  });

  describe('the summary', () => {
    /** The summary of a plan of `cores`-core entities, after `fill` wrote its totals. */
    function summary(kinds: Kind[], ready: number[], elapsed: number, fill: (t: Tally) => void = () => {}, cores = 1) {
      const t = new Tally(plan(kinds, cores), settings(), 5000);
      fill(t);
      return t.summary(Float64Array.from(ready), elapsed);
    }

    it('two 4-core hosts granted 1 and 2 core-hours of an hour: mean 0.375, idle 5 core-hours and 62.5 %, peak the higher one', () => {
      // Capacity 2 x 4 x 3600 = 28,800 core-s, granted 3,600 + 7,200 = 10,800: mean 10,800 / 28,800 = 0.375,
      // idle (28,800 - 10,800) / 3,600 = 5 core-h, 100 x (1 - 0.375) = 62.5 %; peaks 0.5 and 0.25.
      const s = summary([K.host, K.host], [60, 90], 3600, (t) => {
        t.granted[0] = 3600;
        t.granted[1] = 7200;
        t.peakUtil[0] = 0.5;
        t.peakUtil[1] = 0.25;
      }, 4);
      assert.deepStrictEqual([s.meanUtilization, s.idleCoreHours, s.idlePct, s.peakUtilization], [0.375, 5, 62.5, 0.5]);
    });

    it('a run over no time has mean utilization 0 and is 100 % idle', () => {
      const s = summary([K.host], [0], 0);
      assert.deepStrictEqual([s.meanUtilization, s.idleCoreHours, s.idlePct], [0, 0, 100]);
    });

    it('apps that wanted 100 core-s and got 75 have 25 % unmet', () => {
      const s = summary([K.host, K.app], [0, 0], 100, (t) => {
        t.demand[1] = 100;
        t.granted[1] = 75;
      });
      assert.equal(s.unmetPct, 25);
    });

    // docs/simulation.md, "Start-up": start-up is when the last app is running, or with no apps the last VM
    // or container; with neither (the code's comment), the last host. Jobs never count.
    it('start-up with hosts only is the last host up (90 s)', () => {
      assert.equal(summary([K.host, K.host], [60, 90], 3600).startupSeconds, 90);
    });

    it('start-up with a VM and no apps is the VM up (90 s), not a later host without guests (200 s)', () => {
      assert.equal(summary([K.host, K.vm, K.host], [60, 90, 200], 3600).startupSeconds, 90);
    });

    it('start-up with a container and no apps is the container up (61 s), not its host (60 s)', () => {
      assert.equal(summary([K.host, K.container], [60, 61], 3600).startupSeconds, 61);
    });

    it('start-up with a host and a job only is the host up (60 s), not the job (100 s)', () => {
      assert.equal(summary([K.host, K.job], [60, 100], 3600).startupSeconds, 60);
    });

    it('start-up with an app on a host OS is the app up (60 s), not a later host without apps (200 s)', () => {
      assert.equal(summary([K.host, K.app, K.host], [60, 60, 200], 3600).startupSeconds, 60);
    });

    it('start-up exactly at the end of the run is kept (3,600 s)', () => {
      assert.equal(summary([K.host], [3600], 3600).startupSeconds, 3600);
    });
  });
});
