// Disaster recovery (docs/simulation.md, "Disaster recovery"), on plain inputs. Every expected
// time is worked out from the rules: vSphere HA restarts a failed host's VMs 15 s after the
// failure (35 s when the failed host was the primary, the cluster's first host up), each after
// its boot; Kubernetes evicts a dead node's pods after 50 s + 300 s and starts them elsewhere,
// each after its boot; what runs on a host's own OS waits for the host's repair plus its boot.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { simulate } from '../../src/core/simulation';
import { FirstFit } from '../../src/core/simulation/firstFit';
import { type Cluster, recover, type RecoveryEntity, type RecoveryInput } from '../../src/core/simulation/recovery';
import { clustersOf } from '../../src/core/simulation/recoveryInput';
import { ENGLISH } from './bundles';
import { caseSeed, mulberry32 } from './fuzz/prng';
import { underStryker } from './helpers';
import { pairText, timePair } from './timing';

const GiB = 1024;
const DAY = 86_400;

const host = (name: string, memoryGiB = 64, boot = 60): RecoveryEntity => ({ kind: 'host', parent: -1, name, cores: 16, memory: memoryGiB * GiB, reserve: 0, boot, ha: false });
const vm = (parent: number, name: string, memoryGiB: number, ha = true): RecoveryEntity => ({ kind: 'vm', parent, name, cores: 2, memory: memoryGiB * GiB, reserve: 0, boot: 30, ha });
const container = (parent: number, name: string, requestGiB = 1): RecoveryEntity => ({ kind: 'container', parent, name, cores: 1, memory: requestGiB * GiB, reserve: 0, boot: 0.6, ha: false });
const app = (parent: number, name: string): RecoveryEntity => ({ kind: 'app', parent, name, cores: 1, memory: 0, reserve: 0, boot: 0, ha: false });

function input(entities: RecoveryEntity[], failures: RecoveryInput['failures'], cluster?: readonly number[], more: Partial<RecoveryInput> = {}): RecoveryInput {
  const c: Cluster | undefined = cluster && { hosts: cluster, tolerate: 1 };
  return {
    entities, failures, clusterOf: (h) => (c && c.hosts.includes(h) ? c : undefined),
    duration: DAY, memoryRatio: 1, boot: { vm: 30, container: 0.6 }, eventLimit: 5000, ...more,
  };
}

/** entity name → [up, host name it runs on, via] for the outages of failure `k`. */
function outcome(i: RecoveryInput, k = 0): Record<string, [number | null, string | null, string | null]> {
  const r = recover(i);
  const out: Record<string, [number | null, string | null, string | null]> = {};
  for (const o of r.outages) if (o.failure === k) out[i.entities[o.entity].name] = [o.up, o.on === null ? null : i.entities[o.on].name, o.via];
  return out;
}

// Three hosts of 64 GiB. esx1 runs a (16 GiB) and b (8 GiB); esx2 has 16 GiB free, esx3 12 GiB.
const three = (aGiB = 16): RecoveryEntity[] => [host('esx1'), host('esx2'), host('esx3'), vm(0, 'a', aGiB), vm(0, 'b', 8), vm(1, 'c', 48), vm(2, 'd', 52)];

describe('disaster recovery: VMs with HA', () => {
  it('restarts a secondary host\'s VMs on the surviving hosts of its cluster 15 s after the failure plus their 30 s boot, largest first into the first host with room', () => {
    // Cluster order esx2, esx3, esx1: esx2 is the primary, so esx1's failure is found in 15 s.
    // a (16 GiB) fills esx2's 16 GiB; b (8 GiB) then fits only in esx3's 12 GiB.
    assert.deepEqual(outcome(input(three(), [{ host: 0, at: 3600 }], [1, 2, 0])), { a: [3645, 'esx2', 'ha'], b: [3645, 'esx3', 'ha'] });
  });

  it('waits 35 s instead of 15 s when the failed host was the primary, while a new one is elected', () => {
    assert.deepEqual(outcome(input(three(), [{ host: 0, at: 3600 }], [0, 1, 2])), { a: [3665, 'esx2', 'ha'], b: [3665, 'esx3', 'ha'] });
  });

  it('reports a VM that fits on no surviving host with the hosts, the memory it needs and the most any has free, and restarts it when its host is repaired', () => {
    const i = input(three(20), [{ host: 0, at: 3600, recover: 7200 }], [1, 2, 0]);
    const r = recover(i);
    const a = r.outages.find((o) => i.entities[o.entity].name === 'a')!;
    assert.equal(ENGLISH.text(a.reason!), 'no capacity on esx2, esx3: needs 20 GiB, 16 GiB free');
    // Repaired at 7,200 s, up after its 60 s boot, then the VM's 30 s.
    assert.deepEqual([a.up, a.via], [7290, 'host']);
    // b (8 GiB) still found room on esx2 (16 GiB free) at 3,615 s, after its boot.
    assert.deepEqual(outcome(i).b, [3645, 'esx2', 'ha']);
    assert.ok(r.timeline.some((e) => e.kind === 'not-placed' && i.entities[e.entity].name === 'a' && e.t === 3615));
  });

  it('places a VM that found no room on another host of the cluster when that host comes back first', () => {
    // esx1 and esx2 fail together; a (16 GiB) and b (8 GiB) find only esx3's 12 GiB: b goes, a waits.
    // esx2, repaired at 2 h, is up at 7,260 s: a is placed there (16 of its 16 GiB free) and boots in 30 s.
    const i = input(three(), [{ host: 1, at: 3600, recover: 7200 }, { host: 0, at: 3600 }], [1, 2, 0]);
    const r = recover(i);
    const byName = (n: string) => r.outages.find((o) => i.entities[o.entity].name === n && r.failures[o.failure].host === 0)!;
    assert.deepEqual([byName('b').up, byName('b').on], [3645, 2]);
    assert.deepEqual([byName('a').up, byName('a').on, byName('a').via], [7290, 1, 'ha']);
  });

  it('tries the VMs that found no room again on a host of the cluster that comes back, largest first, each that still fits', () => {
    // esx1 (a 20, b 12, c 8 GiB) and esx2 (z 34 GiB) fail; esx3 has 4 GiB free, so nothing fits.
    // esx2 is up again at 7,260 s: z restarts on it, leaving 30 GiB: a (20) fits, b (12) then
    // does not (10 left), c (8) does. b waits on: esx1 is never repaired.
    const entities = [host('esx1'), host('esx2'), host('esx3'), vm(0, 'a', 20), vm(0, 'b', 12), vm(0, 'c', 8), vm(1, 'z', 34), vm(2, 'y', 60)];
    const got = recover(input(entities, [{ host: 0, at: 3600 }, { host: 1, at: 3600, recover: 7200 }], [2, 1, 0]));
    const at = (n: string) => got.outages.find((o) => entities[o.entity].name === n)!;
    assert.deepEqual(['a', 'b', 'c', 'z'].map((n) => [n, at(n).up, at(n).on, at(n).via]), [['a', 7290, 1, 'ha'], ['b', null, null, null], ['c', 7290, 1, 'ha'], ['z', 7290, 1, 'host']]);
    assert.equal(ENGLISH.text(at('b').reason!), 'no capacity on esx3: needs 12 GiB, 4 GiB free');
  });

  it('finds the same host as a scan from the first, for any sequence of needs (FirstFit)', () => {
    for (let round = 0; round < 50; round++) {
      const random = mulberry32(caseSeed(14, round));
      const free = Array.from({ length: random.between(1, 40) }, () => random.int(64));
      const tree = new FirstFit(free);
      for (let k = 0; k < 60; k++) {
        const need = random.int(70);
        const scan = free.findIndex((f) => f >= need);
        assert.equal(tree.first(need), scan);
        if (scan >= 0) {
          free[scan] -= need;
          tree.take(scan, need);
        }
        assert.equal(tree.most(), Math.max(...free));
      }
    }
  });

  it('takes a VM down again when the host it was restarted on fails in turn', () => {
    const i = input(three(), [{ host: 0, at: 3600 }, { host: 1, at: 7200 }], [1, 2, 0]);
    const r = recover(i);
    const a = r.outages.filter((o) => i.entities[o.entity].name === 'a');
    assert.equal(a.length, 2, 'down with esx1, then with esx2');
    // esx2 was the primary: the second restart waits 35 s; esx3 then has 4 GiB left, and a needs 16: it stays down.
    assert.equal(a[1].up, null);
    assert.equal(r.workloads.find((w) => i.entities[w.entity].name === 'a')!.back, false);
  });

  it('leaves a VM of a hypervisor without HA down until its host is repaired, and says why', () => {
    const i = input([host('h1'), host('h2'), vm(0, 'v', 4, false)], [{ host: 0, at: 3600, recover: 7200 }], [0, 1]);
    const v = recover(i).outages[0];
    assert.deepEqual([v.up, v.via], [7290, 'host']);
    assert.equal(v.reason?.id, 'recovery.reason.noHa');
  });
});

describe('disaster recovery: containers, bare metal and what runs inside', () => {
  it('reschedules a dead node\'s containers after Kubernetes\' 50 s grace and 300 s toleration, plus their 0.6 s start', () => {
    const i = input([host('n1'), host('n2'), container(0, 'api')], [{ host: 0, at: 3600 }], [0, 1]);
    assert.deepEqual(outcome(i), { api: [3600 + 350.6, 'n2', 'reschedule'] });
  });

  it('reschedules a container that found no room onto a node of the cluster that comes back later', () => {
    // n1 fails at 3,600 s; its pod (16 GiB requested) is evicted at 3,950 s, when n2 has 4 GiB
    // free and n3 is down (failed at 3,000 s, repaired at 5,000 s, up at 5,060 s): it starts there 0.6 s later.
    const entities = [host('n1'), host('n2'), host('n3'), container(0, 'api', 16), container(1, 'big', 60)];
    const i = input(entities, [{ host: 2, at: 3000, recover: 5000 }, { host: 0, at: 3600 }], [0, 1, 2]);
    assert.deepEqual(outcome(i, 1), { api: [5060.6, 'n3', 'reschedule'] });
  });

  it('restarts them on their own node when it is back before the eviction', () => {
    // Repaired 100 s after the failure, up 60 s later: 160.6 s, before the 350 s eviction.
    const i = input([host('n1'), host('n2'), container(0, 'api')], [{ host: 0, at: 3600, recover: 3700 }], [0, 1]);
    assert.deepEqual(outcome(i), { api: [3760.6, 'n1', 'host'] });
  });

  it('keeps an app on the host\'s own OS down until the host is repaired and booted, or to the end of the run', () => {
    const repaired = input([host('h'), app(0, 'legacy')], [{ host: 0, at: 3600, recover: 7200 }]);
    assert.deepEqual(outcome(repaired), { legacy: [7260, 'h', 'host'] });
    const never = input([host('h'), app(0, 'legacy')], [{ host: 0, at: 3600 }]);
    const r = recover(never);
    assert.equal(r.outages[0].up, null);
    assert.equal(r.outages[0].reason?.id, 'recovery.reason.notRepaired');
    assert.deepEqual(r.workloads, [{ entity: 1, downtime: DAY - 3600, outages: 1, back: false }]);
  });

  it('brings what runs in a VM back with it: an app at once, a container after its own 0.6 s', () => {
    const i = input([host('esx1'), host('esx2'), vm(0, 'web', 4), app(2, 'shop'), container(2, 'api')], [{ host: 0, at: 3600 }], [1, 0]);
    assert.deepEqual(outcome(i), { web: [3645, 'esx2', 'ha'], shop: [3645, 'esx2', 'parent'], api: [3645.6, 'esx2', 'parent'] });
  });

  it('counts the capacity lost while the host is down: 16 cores for the 2 h 1 min until it is up again are 32.27 core-hours', () => {
    const f = recover(input([host('h'), app(0, 'x')], [{ host: 0, at: 3600, recover: 10_800 }])).failures[0];
    assert.deepEqual([f.repaired, f.up, f.cores, f.memory], [10_800, 10_860, 16, 64 * GiB]);
    assert.equal(Math.round(f.coreHours * 100) / 100, 32.27);
  });

  it('ignores a failure at or after the end of the run and a second failure of a host still down', () => {
    const r = recover(input([host('h'), app(0, 'x')], [{ host: 0, at: DAY }, { host: 0, at: 100 }, { host: 0, at: 200 }]));
    assert.deepEqual(r.failures.map((f) => f.at), [100]);
    assert.equal(r.outages.length, 1);
  });

  it('keeps at most the event limit on the timeline and counts the rest', () => {
    // The failure, then the app going down: two events, one kept.
    const r = recover(input([host('h'), app(0, 'x')], [{ host: 0, at: 100 }], undefined, { eventLimit: 1 }));
    assert.deepEqual([r.timeline.map((e) => e.kind), r.timelineDropped], [['host-failed'], 1]);
  });
});

describe('disaster recovery: the comparison of kinds', () => {
  it('gives an app on a host repaired after 1 h: 1 h 1 min as written and on bare metal, 45 s as a VM with HA, 350.6 s as a container', () => {
    const r = recover(input([host('h'), app(0, 'x')], [{ host: 0, at: 3600, recover: 7200 }]));
    // To the millisecond: 3,600 + 350 + 0.6 − 3,600 is not exactly 350.6 in binary.
    const mean = Object.fromEntries(r.comparison.map((row) => [row.kind, Math.round(row.meanDowntime * 1000) / 1000]));
    assert.deepEqual(mean, { 'as-written': 3660, hypervisor: 45, container: 350.6, 'bare-metal': 3660 });
  });

  it('counts as not back, on bare metal, a workload whose host is never repaired, and its downtime to the end of the run', () => {
    const r = recover(input([host('h'), app(0, 'x')], [{ host: 0, at: 3600 }]));
    const bare = r.comparison.find((row) => row.kind === 'bare-metal')!;
    assert.deepEqual([bare.notBack, bare.maxDowntime], [1, DAY - 3600]);
    assert.equal(r.comparison.find((row) => row.kind === 'hypervisor')!.notBack, 0);
  });
});

describe('disaster recovery in a simulation', () => {
  const stack = (simulate: string) => `simulate {\n  duration 12 h\n${simulate}}\nhardware esx1 { cpu 16; memory 64 GiB\n  hypervisor esxi { vm web { vcpu 2; memory 8 GiB; os linux "G" { app shop } } }\n}\n`;

  it('adds no recovery field to a run without fail lines', () => {
    const o = simulate(analyze(stack('')));
    assert.ok(o.status === 'done' && !('recovery' in o.result));
  });

  it('keeps a VM of a host in no cluster down until the host is repaired: 60 s of host boot and 30 s of VM boot after the repair', () => {
    const o = simulate(analyze(stack('  fail esx1 at 6 h recover at 8 h\n')));
    assert.ok(o.status === 'done' && o.result.recovery);
    const rec = o.result.recovery;
    const name = (e: number) => o.result.entities[e].name;
    assert.deepEqual(rec.outages.map((x) => [name(x.entity), x.up, x.via]), [['web', 8 * 3600 + 90, 'host'], ['shop', 8 * 3600 + 90, 'parent']]);
    assert.equal(rec.outages[0].reason?.id, 'recovery.reason.noSurvivor');
  });

  // Two hosts of one cluster: esx2 is not the cluster's first host, so it is not the HA primary;
  // HA declares it failed after 15 s and its VM boots in the default 30 s on esx1 (docs/simulation.md).
  const cluster = (simulate: string) => `simulate {\n  duration 12 h\n${simulate}}\ncluster prod {\n  tolerate 1\n`
    + '  hardware esx1 { cpu 16; memory 64 GiB; hypervisor esxi { vm a { vcpu 2; memory 8 GiB; os linux "A" } } }\n'
    + '  hardware esx2 { cpu 16; memory 64 GiB; hypervisor esxi { vm b { vcpu 2; memory 8 GiB; os linux "B" { app shop } } } }\n}\n';

  it('restarts a VM of a failed host on the other host of its cluster: 15 s to detect, 30 s to boot', () => {
    const o = simulate(analyze(cluster('  fail esx2 at 6 h\n')));
    assert.ok(o.status === 'done' && o.result.recovery);
    const name = (e: number) => o.result.entities[e].name;
    assert.deepEqual(o.result.recovery.outages.map((x) => [name(x.entity), x.up, x.via]), [['b', 6 * 3600 + 15 + 30, 'ha'], ['shop', 6 * 3600 + 45, 'parent']]);
  });

  it('takes 35 s instead of 15 when the failed host was the HA primary (the cluster\'s first host up)', () => {
    const o = simulate(analyze(cluster('  fail esx1 at 6 h\n')));
    assert.ok(o.status === 'done' && o.result.recovery);
    assert.deepEqual(o.result.recovery.outages.map((x) => [x.up, x.via]), [[6 * 3600 + 35 + 30, 'ha']]);
  });

  it('makes a host in no cluster a one-host cluster that tolerates no failure, and a cluster\'s hosts one cluster with its tolerate', () => {
    const info = ['h0', 'x', 'y', 'h3', 'h4'].map((name) => ({ name }));
    const of = clustersOf({ hosts: [0, 3, 4], info } as never);
    assert.deepEqual([of(0), of(3), of(1)], [{ hosts: [0], tolerate: 0 }, { hosts: [3], tolerate: 0 }, undefined]);
    const decl = { hosts: [{ name: 'h3' }, { name: 'h4' }], tolerate: { value: 1 } };
    const grouped = clustersOf({ hosts: [0, 3, 4], info } as never, [decl] as never);
    assert.deepEqual([grouped(0), grouped(3), grouped(4)], [{ hosts: [0], tolerate: 0 }, { hosts: [3, 4], tolerate: 1 }, { hosts: [3, 4], tolerate: 1 }]);
  });
});

// Guards against a quadratic path (a cluster of 500 hosts all failing in turn once took 124 s):
// four times the hosts, each with 50 VMs, must cost about four times as much, not sixteen.
describe('disaster recovery: cost', () => {
  /** `hosts` hosts of one cluster, 50 VMs of 4 GiB each (with an app), failing one a second and repaired an hour later. */
  const fleet = (hosts: number): RecoveryInput => {
    const entities: RecoveryEntity[] = [];
    const ids: number[] = [];
    for (let h = 0; h < hosts; h++) {
      const at = entities.length;
      ids.push(at);
      entities.push(host(`h${h}`, 256));
      for (let v = 0; v < 50; v++) {
        entities.push(vm(at, `v${h}-${v}`, 4));
        entities.push(app(entities.length - 1, `a${h}-${v}`));
      }
    }
    return input(entities, ids.map((h, i) => ({ host: h, at: 60 + i, recover: 3600 + i })), ids);
  };

  it('grows about linearly with the fleet: 4 times the hosts take well under 16 times as long', function () {
    if (underStryker()) this.skip();
    this.timeout(120_000);
    const small = fleet(100);
    const large = fleet(400);
    recover(small); // warm up
    const pair = timePair(() => recover(small), () => recover(large), { clearly: 6 });
    assert.ok(pair.ratio < 10, pairText('100 hosts', '400', pair));
  });
});

describe('disaster recovery: where a workload may come back', () => {
  // One cluster of an ESXi host and a container host: a VM needs a type-1 hypervisor to restart
  // on, a container a runtime to be rescheduled onto; neither moves to the other kind of host.
  const mixed = `simulate {\n  duration 12 h\n  fail esx at 1 h\n  fail ct at 2 h\n}\ncluster mixed {\n`
    + '  hardware esx { cpu 16; memory 64 GiB; hypervisor esxi { vm a { vcpu 2; memory 8 GiB; os linux "A" } } }\n'
    + '  hardware ct { cpu 16; memory 64 GiB; os linux "B" { runtime containerd { container c { cpu 0.5..1; memory 256 MiB..1 GiB } } } }\n}\n';

  it('restarts no VM on a host without a type-1 hypervisor, and reschedules no container onto a host without a runtime', () => {
    const o = simulate(analyze(mixed));
    assert.ok(o.status === 'done' && o.result.recovery);
    const name = (e: number) => o.result.entities[e].name;
    // Neither comes back: the run ends with both hosts down, and no outage says it moved.
    assert.deepEqual(o.result.recovery.outages.map((x) => [name(x.entity), x.via]), [['a', null], ['c', null]]);
  });
});

describe('disaster recovery: clusters that give nothing to restart on', () => {
  it('keeps the VM of a failed host down when its cluster block has no other host, and ignores a cluster with no hosts', () => {
    // `cluster empty { }` has no hosts (VS520, a warning): it groups nothing. `cluster solo` has one
    // host, so its VM has nowhere to go and waits for the repair: 60 s host boot + 30 s VM boot.
    const text = 'simulate {\n  duration 12 h\n  fail h at 1 h recover at 2 h\n}\ncluster empty { }\ncluster solo {\n  tolerate 0\n'
      + '  hardware h { cpu 8; memory 32 GiB; hypervisor kvm { vm v { vcpu 1; memory 4 GiB; os linux "L" } } }\n}\n';
    const o = simulate(analyze(text));
    assert.ok(o.status === 'done' && o.result.recovery);
    assert.deepEqual(o.result.recovery.outages.map((x) => [x.up, x.via]), [[2 * 3600 + 90, 'host']]);
    assert.deepEqual(o.result.recovery.failures.map((f) => [f.clusterHosts, f.tolerate]), [[1, 0]]);
  });
});
