// The rules of disaster recovery (docs/simulation.md, "Disaster recovery") that the first
// mutation run of recovery.ts found untested, each on a plain input whose expected figures are
// worked out by hand in the comments. Host boot 60 s, VM boot 30 s, container start 0.6 s, app 0 s;
// vSphere HA restarts 15 s after a failure (35 s when the primary failed), Kubernetes evicts after
// 350 s; the run lasts a day and is [0, DAY): what happens at DAY is past its end.
import * as assert from 'node:assert/strict';
import { type Cluster, recover, type RecoveryEntity, type RecoveryInput } from '../../src/core/simulation/recovery';
import { ENGLISH } from './bundles';

const GiB = 1024;
const DAY = 86_400;

const host = (name: string, memoryGiB = 64, reserveGiB = 0): RecoveryEntity => ({ kind: 'host', parent: -1, name, cores: 16, memory: memoryGiB * GiB, reserve: reserveGiB * GiB, boot: 60, ha: false });
const vm = (parent: number, name: string, memoryGiB: number): RecoveryEntity => ({ kind: 'vm', parent, name, cores: 2, memory: memoryGiB * GiB, reserve: 0, boot: 30, ha: true });
const container = (parent: number, name: string, requestGiB = 1, ha = false): RecoveryEntity => ({ kind: 'container', parent, name, cores: 1, memory: requestGiB * GiB, reserve: 0, boot: 0.6, ha });
const app = (parent: number, name: string, boot = 0): RecoveryEntity => ({ kind: 'app', parent, name, cores: 1, memory: 0, reserve: 0, boot, ha: false });

/** One cluster of `cluster` (tolerating one failure), every other host a cluster of its own. */
function input(entities: RecoveryEntity[], failures: RecoveryInput['failures'], cluster?: readonly number[], more: Partial<RecoveryInput> = {}): RecoveryInput {
  const c: Cluster | undefined = cluster && { hosts: cluster, tolerate: 1 };
  return {
    entities, failures, clusterOf: (h) => (c && c.hosts.includes(h) ? c : undefined),
    duration: DAY, memoryRatio: 1, boot: { vm: 30, container: 0.6 }, eventLimit: 5000, ...more,
  };
}

type Back = [number | null, string | null, string | null];

/** entity name → [up, host name it runs on, via] for the outages of failure `k`. */
function outcome(i: RecoveryInput, k = 0): Record<string, Back> {
  const out: Record<string, Back> = {};
  for (const o of recover(i).outages) if (o.failure === k) out[i.entities[o.entity].name] = [o.up, o.on === null ? null : i.entities[o.on].name, o.via];
  return out;
}

/** The timeline as [kind, time, entity name]. */
function events(i: RecoveryInput): [string, number, string][] {
  return recover(i).timeline.map((e) => [e.kind, e.t, i.entities[e.entity].name]);
}

/** Rows of the comparison by kind: [outages, mean downtime to the millisecond, longest, not back]. */
function comparison(i: RecoveryInput): Record<string, [number, number, number, number]> {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return Object.fromEntries(recover(i).comparison.map((r) => [r.kind, [r.outages, round(r.meanDowntime), round(r.maxDowntime), r.notBack]]));
}

describe('disaster recovery rules: the input', () => {
  it('reads parents by index, so that what runs in a VM written first (entity 0) comes back with it', () => {
    // esx1 (entity 1) fails at 3,600 s; esx2 is the primary, so HA restarts web at 3,615 s, up at 3,645 s, and shop with it.
    const i = input([vm(1, 'web', 4), host('esx1'), host('esx2'), app(0, 'shop')], [{ host: 1, at: 3600 }], [2, 1]);
    assert.deepEqual(outcome(i), { web: [3645, 'esx2', 'ha'], shop: [3645, 'esx2', 'parent'] });
  });

  it('ignores failures that name no host: -1 (a name not found), an index past the last entity, a VM', () => {
    const r = recover(input([host('h'), vm(0, 'v', 4)], [{ host: -1, at: 100 }, { host: 2, at: 100 }, { host: 1, at: 100 }]));
    assert.deepEqual([r.failures, r.outages, r.timeline, r.workloads], [[], [], [], []]);
  });
});

describe('disaster recovery rules: where a workload restarts', () => {
  it('gives a host (installed − reserve) × memory ratio: 64 GiB × 2 less 48 GiB committed leaves room for a 40 GiB VM', () => {
    // h1 is the primary: h0's failure at 3,600 s is found at 3,615 s; a is up 30 s later.
    const i = input([host('h0'), host('h1'), vm(0, 'a', 40), vm(1, 'big', 48)], [{ host: 0, at: 3600 }], [1, 0], { memoryRatio: 2 });
    assert.deepEqual(outcome(i).a, [3645, 'h1', 'ha']);
  });

  it('keeps a host\'s reserve free: 64 GiB less 8 GiB reserved less 48 GiB committed leaves 8 GiB, too little for 12 GiB', () => {
    const i = input([host('h0'), host('h1', 64, 8), vm(0, 'a', 12), vm(1, 'big', 48)], [{ host: 0, at: 3600 }], [1, 0]);
    const a = recover(i).outages.find((o) => o.entity === 2)!;
    assert.deepEqual([a.up, a.on, a.via], [null, null, null]);
    assert.equal(ENGLISH.text(a.reason!), 'no capacity on h1: needs 12 GiB, 8 GiB free');
  });

  it('places the larger VM first even when it is written after the smaller one', () => {
    // esx2 has 16 GiB free, esx3 12 GiB. L (16) takes esx2; s (8) then fits only on esx3.
    // Smaller first, s would take esx2 and leave L nowhere.
    const entities = [host('esx1'), host('esx2'), host('esx3'), vm(0, 's', 8), vm(0, 'L', 16), vm(1, 'c', 48), vm(2, 'd', 52)];
    const i = input(entities, [{ host: 0, at: 3600 }], [1, 2, 0]);
    assert.deepEqual(outcome(i), { s: [3645, 'esx3', 'ha'], L: [3645, 'esx2', 'ha'] });
  });

  it('reschedules a container only onto a host that runs a container runtime, past a host that runs only VMs', () => {
    // n1 is the primary and fails at 3,600 s; the pod is evicted at 3,950 s. n2 comes first in the
    // cluster but runs only a hypervisor: api goes to n3 and starts 0.6 s later.
    const runs = (h: number, kind: 'vm' | 'container') => h !== 1 || kind === 'vm';
    const i = input([host('n1'), host('n2'), host('n3'), container(0, 'api')], [{ host: 0, at: 3600 }], [0, 1, 2], { runs });
    assert.deepEqual(outcome(i), { api: [3600 + 350 + 0.6, 'n3', 'reschedule'] });
  });

  it('takes a VM down again when it was restarted on a host that had nothing on it and that host fails', () => {
    // h0 (the primary) fails at 1,000 s: a is placed on the empty h1 at 1,035 s, up at 1,065 s.
    // h1 fails at 2,000 s: a goes down with it, and with h0 down has nowhere to go.
    const i = input([host('h0'), host('h1'), vm(0, 'a', 16)], [{ host: 0, at: 1000 }, { host: 1, at: 2000 }], [0, 1]);
    assert.deepEqual(recover(i).outages.map((o) => [o.failure, o.down, o.up, o.on, o.via]), [[0, 1000, 1065, 1, 'ha'], [1, 2000, null, null, null]]);
  });

  it('reschedules a container after the 350 s eviction even when its entity says HA (HA restarts VMs only)', () => {
    const i = input([host('n1'), host('n2'), container(0, 'api', 1, true)], [{ host: 0, at: 3600 }], [0, 1]);
    assert.deepEqual(outcome(i), { api: [3600 + 350 + 0.6, 'n2', 'reschedule'] });
  });

  it('tries nothing for the VM of a host in no cluster: no failed placement on the timeline, it waits for its host', () => {
    // Repaired at 7,200 s, up at 7,260 s, the VM 30 s later.
    const i = input([host('h'), vm(0, 'v', 4)], [{ host: 0, at: 3600, recover: 7200 }]);
    assert.deepEqual(events(i), [['host-failed', 3600, 'h'], ['down', 3600, 'v'], ['host-up', 7260, 'h'], ['restarted', 7290, 'v']]);
  });
});

describe('disaster recovery rules: trying again when a host comes back', () => {
  it('places the waiting VMs on each host that comes back, largest first, each that fits, skipping those already placed', () => {
    // h1 (32 GiB) and h2 (16 GiB) fail at 100 s, are repaired at 1,000 s and 2,000 s and are up 60 s
    // later. h0, the primary, fails at 200 s: at 235 s no other host is up, so a (30), b (20) and c
    // (10) wait. At 1,060 s h1 takes a (2 GiB left). At 2,060 s h2 has 16 GiB: b (20) does not fit,
    // c (10) does. Each is up 30 s after its placement; b never comes back.
    const entities = [host('h0'), host('h1', 32), host('h2', 16), vm(0, 'a', 30), vm(0, 'b', 20), vm(0, 'c', 10)];
    const i = input(entities, [{ host: 1, at: 100, recover: 1000 }, { host: 2, at: 100, recover: 2000 }, { host: 0, at: 200 }], [0, 1, 2]);
    assert.deepEqual(outcome(i, 2), { a: [1090, 'h1', 'ha'], b: [null, null, null], c: [2090, 'h2', 'ha'] });
    assert.equal(recover(i).outages.find((o) => o.entity === 4)!.reason?.id, 'recovery.reason.noSurvivor');
  });

  it('takes the waiting VMs of several failures in entity order when their needs are equal', () => {
    // h3 (empty) fails at 500 s and is up at 5,060 s. q (40 GiB) on h1 fails at 1,000 s and p (40 GiB)
    // on h0 at 2,000 s: neither fits on what is up (h0 24 GiB free, then h2 4 GiB). h3's 64 GiB take
    // one: p, the entity written first (the tie-break of "largest first"), up at 5,090 s.
    const entities = [host('h0'), host('h1'), host('h2'), host('h3'), vm(0, 'p', 40), vm(1, 'q', 40), vm(2, 'z', 60)];
    const i = input(entities, [{ host: 3, at: 500, recover: 5000 }, { host: 1, at: 1000 }, { host: 0, at: 2000 }], [0, 1, 2, 3]);
    assert.deepEqual([outcome(i, 1).q, outcome(i, 2).p], [[null, null, null], [5090, 'h3', 'ha']]);
  });

  it('puts a waiting VM only on a returning host with a type-1 hypervisor, and a waiting container only on one with a runtime', () => {
    // h1 runs only containers and is up at 1,060 s; h2 runs only VMs and is up at 2,060 s. h0, the
    // primary, fails at 200 s with both hosts down: a and c wait. c goes to h1 (start 0.6 s), a to h2 (boot 30 s).
    const runs = (h: number, kind: 'vm' | 'container') => h === 0 || (h === 1 ? kind === 'container' : kind === 'vm');
    const entities = [host('h0'), host('h1'), host('h2'), vm(0, 'a', 16), container(0, 'c')];
    const i = input(entities, [{ host: 1, at: 100, recover: 1000 }, { host: 2, at: 100, recover: 2000 }, { host: 0, at: 200 }], [0, 1, 2], { runs });
    assert.deepEqual(outcome(i, 2), { a: [2090, 'h2', 'ha'], c: [1060 + 0.6, 'h1', 'reschedule'] });
  });
});

describe('disaster recovery rules: the end of the run', () => {
  it('gives a host repaired exactly at the end of the run no repair time', () => {
    const f = recover(input([host('h'), app(0, 'x')], [{ host: 0, at: 1000, recover: DAY }])).failures[0];
    assert.deepEqual([f.repaired, f.up], [null, null]);
  });

  it('gives a host up exactly at the end of the run (repaired 60 s before) no up time and no host-up event', () => {
    const i = input([host('h'), app(0, 'x')], [{ host: 0, at: 1000, recover: DAY - 60 }]);
    const f = recover(i).failures[0];
    assert.deepEqual([f.repaired, f.up], [DAY - 60, null]);
    assert.deepEqual(events(i), [['host-failed', 1000, 'h'], ['down', 1000, 'x']]);
  });

  it('counts a VM that would be up exactly at the end as not back: no host, no way, no restart event', () => {
    // esx1 fails 45 s before the end: HA places web at DAY − 30, its boot ends at DAY.
    const i = input([host('esx1'), host('esx2'), vm(0, 'web', 4)], [{ host: 0, at: DAY - 45 }], [1, 0]);
    assert.deepEqual(outcome(i), { web: [null, null, null] });
    assert.deepEqual(events(i), [['host-failed', DAY - 45, 'esx1'], ['down', DAY - 45, 'web']]);
  });

  it('counts what runs in a VM as not back when its own boot ends at or after the end, though the VM is back', () => {
    // esx1 fails at DAY − 55: web is placed at DAY − 40 and up at DAY − 10. exact boots in 10 s (DAY), late in 20 s.
    const entities = [host('esx1'), host('esx2'), vm(0, 'web', 4), app(2, 'exact', 10), app(2, 'late', 20)];
    const i = input(entities, [{ host: 0, at: DAY - 55 }], [1, 0]);
    assert.deepEqual(outcome(i), { web: [DAY - 10, 'esx2', 'ha'], exact: [null, null, null], late: [null, null, null] });
  });
});

describe('disaster recovery rules: what the outages say', () => {
  it('brings back what runs in what runs in a VM: an app in a container in the VM, after the container\'s 0.6 s', () => {
    const entities = [host('esx1'), host('esx2'), vm(0, 'web', 4), container(2, 'api'), app(3, 'shop')];
    const i = input(entities, [{ host: 0, at: 3600 }], [1, 0]);
    assert.deepEqual(outcome(i), { web: [3645, 'esx2', 'ha'], api: [3645 + 0.6, 'esx2', 'parent'], shop: [3645 + 0.6, 'esx2', 'parent'] });
  });

  it('lists the outages by failure, then by entity, whatever the order they were found in', () => {
    // Each failure strikes two VMs, the first with an app written after the second VM.
    const entities = [host('h0'), host('h1'), vm(0, 'p', 4), vm(0, 'q', 4), app(2, 'pa'), vm(1, 'r', 4), vm(1, 's', 4), app(5, 'ra')];
    const r = recover(input(entities, [{ host: 0, at: 1000 }, { host: 1, at: 2000 }]));
    assert.deepEqual(r.outages.map((o) => [o.failure, o.entity]), [[0, 2], [0, 3], [0, 4], [1, 5], [1, 6], [1, 7]]);
  });

  it('says a container on a host in no cluster waited for want of another host, not because it runs on the host\'s OS', () => {
    const i = input([host('n'), container(0, 'api')], [{ host: 0, at: 3600, recover: 7200 }]);
    const o = recover(i).outages[0];
    assert.deepEqual([o.up, o.via, o.reason?.id], [7260 + 0.6, 'host', 'recovery.reason.noSurvivor']);
  });

  it('keeps the reason of an app on a repaired host\'s OS as waiting for the host, not as never repaired', () => {
    const o = recover(input([host('h'), app(0, 'x')], [{ host: 0, at: 3600, recover: 7200 }])).outages[0];
    assert.deepEqual([o.up, o.via, o.reason?.id], [7260, 'host', 'recovery.reason.onHost']);
  });
});

describe('disaster recovery rules: failures, workloads and the timeline', () => {
  it('counts a host in no cluster as a cluster of one: 1 host down of 1, tolerating none', () => {
    const f = recover(input([host('h'), app(0, 'x')], [{ host: 0, at: 100 }])).failures[0];
    assert.deepEqual([f.hostsDown, f.clusterHosts, f.tolerate], [1, 1, 0]);
  });

  it('counts the hosts of the cluster down at each failure: 1 of 3, then 2 of 3', () => {
    const r = recover(input([host('h0'), host('h1'), host('h2')], [{ host: 0, at: 100 }, { host: 1, at: 200 }], [0, 1, 2]));
    assert.deepEqual(r.failures.map((f) => [f.hostsDown, f.clusterHosts, f.tolerate]), [[1, 3, 1], [2, 3, 1]]);
  });

  it('counts a workload struck at 0 s and restarted 45 s later as back at the end', () => {
    const i = input([host('esx1'), host('esx2'), vm(0, 'web', 4)], [{ host: 0, at: 0 }], [1, 0]);
    assert.deepEqual(recover(i).workloads, [{ entity: 2, downtime: 45, outages: 1, back: true }]);
  });

  it('orders the timeline by time, then failures, downs, failed placements, hosts up, restarts, then entity', () => {
    // h1 fails at 1,000 s (h0 is the primary): s (8 GiB) and L (16 GiB) are placed on h0 at
    // 1,015 s, L first, both up at 1,045 s, when h2 fails in turn.
    const entities = [host('h0'), host('h1'), host('h2'), vm(1, 's', 8), vm(1, 'L', 16), app(2, 'x')];
    const i = input(entities, [{ host: 1, at: 1000 }, { host: 2, at: 1045 }], [0, 1, 2]);
    assert.deepEqual(events(i), [
      ['host-failed', 1000, 'h1'], ['down', 1000, 's'], ['down', 1000, 'L'],
      ['host-failed', 1045, 'h2'], ['down', 1045, 'x'], ['restarted', 1045, 's'], ['restarted', 1045, 'L'],
    ]);
  });
});

describe('disaster recovery rules: the comparison of kinds', () => {
  it('counts as not back, and cuts at the end, a VM restart that would end 35 s after the end of the run', () => {
    // The app's host fails 10 s before the end: as a VM it would be up 45 s after, 35 s past the end.
    const row = comparison(input([host('h'), app(0, 'x')], [{ host: 0, at: DAY - 10 }])).hypervisor;
    assert.deepEqual(row, [1, 10, 10, 1]);
  });

  it('counts as not back a VM restart that would end exactly at the end of the run', () => {
    const row = comparison(input([host('h'), app(0, 'x')], [{ host: 0, at: DAY - 45 }])).hypervisor;
    assert.deepEqual(row, [1, 45, 45, 1]);
  });

  it('gives rows of no outage a mean of 0 when the failed host ran nothing', () => {
    const rows = comparison(input([host('h')], [{ host: 0, at: 100 }]));
    assert.deepEqual(rows, { 'as-written': [0, 0, 0, 0], hypervisor: [0, 0, 0, 0], container: [0, 0, 0, 0], 'bare-metal': [0, 0, 0, 0] });
  });

  it('averages over the workloads struck: apps up at 7,260 s and 7,380 s after a failure at 3,600 s, 3,720 s', () => {
    const i = input([host('h'), app(0, 'x'), app(0, 'y', 120)], [{ host: 0, at: 3600, recover: 7200 }]);
    assert.deepEqual(comparison(i)['as-written'], [2, 3720, 3780, 0]);
  });

  it('gives a container on a node back before its eviction the same downtime as written: the node\'s 160 s, then its 0.6 s', () => {
    // n1 fails at 3,600 s, is repaired at 3,700 s and up at 3,760 s, before the eviction at 3,950 s:
    // api starts on it at 3,760.6 s. As a VM, HA would have had it up at 3,645 s; on bare metal the
    // server is up at 3,760 s.
    const i = input([host('n1'), host('n2'), container(0, 'api')], [{ host: 0, at: 3600, recover: 3700 }], [0, 1]);
    assert.deepEqual(comparison(i), { 'as-written': [1, 160.6, 160.6, 0], hypervisor: [1, 45, 45, 0], container: [1, 160.6, 160.6, 0], 'bare-metal': [1, 160, 160, 0] });
  });

  it('gives a VM whose host is up before HA acts the same downtime as written: the host\'s 5 s, then its 30 s boot', () => {
    // esx1 boots in no time and is repaired 5 s after its failure, before HA's 15 s: web boots on it.
    const entities = [{ ...host('esx1'), boot: 0 }, host('esx2'), vm(0, 'web', 4)];
    const i = input(entities, [{ host: 0, at: 3600, recover: 3605 }], [1, 0]);
    const rows = comparison(i);
    assert.deepEqual([rows['as-written'], rows.hypervisor], [[1, 35, 35, 0], [1, 35, 35, 0]]);
  });

  it('gives a workload whose host is never repaired the kinds\' own times: 45 s as a VM, 350.6 s as a container, not back on bare metal', () => {
    const rows = comparison(input([host('h'), app(0, 'x')], [{ host: 0, at: 3600 }]));
    assert.deepEqual([rows.hypervisor, rows.container, rows['bare-metal']], [[1, 45, 45, 0], [1, 350.6, 350.6, 0], [1, DAY - 3600, DAY - 3600, 1]]);
  });
});
