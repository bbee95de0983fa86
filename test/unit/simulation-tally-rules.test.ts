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
});
