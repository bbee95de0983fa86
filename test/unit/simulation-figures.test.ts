import * as assert from 'node:assert/strict';
import { kWh, powerAt, vmMemoryOverhead } from '../../src/core/simulation/formulas';
import { packDecreasing, schedulableCapacity } from '../../src/core/simulation/packing';
import type { PowerModel } from '../../src/core/model/types';
import { simulationFleet } from '../../bench/simulate/fleet';
import type { FailureOutcome, SimulationResult } from '../../src/core/simulation';
import { CEPH_DOWN_OUT_INTERVAL, STORAGE_REPAIR, VSAN_REPAIR_TIMER } from '../../src/core/simulation/recoveryFigures';
import { placementWidth, type RebuildPool, rebuildPools } from '../../src/core/simulation/storageRebuild';
import { dockerHost, entity, round, run } from './simulation-helpers';
import { recover, type RecoveryEntity } from '../../src/core/simulation/recovery';

// The checks from published figures that the issue lists, each against the engine's own code.

const GiB = 1024;
const span = { start: 0, end: 0 };
/** A SPECpower-like table in which 10 % load draws 89.4 W and 50 % draws 102 W. */
const TABLE: PowerModel = { model: 'curve', watts: [80, 89.4, 92.6, 95.5, 98.8, 102, 106, 111, 117, 124, 132], span };

/** How many identical VMs one server takes: pack many and count the first bin. */
function perServer(vm: [number, number], capacity: [number, number]): number {
  return packDecreasing(Array.from({ length: 200 }, () => vm), capacity, 'first').bins[0].length;
}

describe('simulation: published figures', () => {
  describe('overcommit (OpenStack Nova allocation ratios)', () => {
    const server = { cores: 32, memory: 256 * GiB, reserve: 512 };
    it('holds 31 VMs of 2 vCPU / 8 GiB at CPU 4.0 / memory 1.0, bound by memory', () => {
      const cap = schedulableCapacity(server, { cpu: 4.0, memory: 1.0 });
      assert.deepEqual(cap, [128, 256 * GiB - 512]);
      assert.equal(perServer([2, 8 * GiB], cap), 31);
      // Memory-bound: CPU alone would allow 64.
      assert.equal(cap[0] / 2, 64);
    });
    it('holds 47 at CPU 16.0 / memory 1.5', () => {
      assert.equal(perServer([2, 8 * GiB], schedulableCapacity(server, { cpu: 16.0, memory: 1.5 })), 47);
    });
    it('with ratio 1.0 memory, 62 such VMs need exactly 2 servers and 63 need 3', () => {
      const cap = schedulableCapacity(server, { cpu: 4.0, memory: 1.0 });
      assert.equal(packDecreasing(Array.from({ length: 62 }, () => [2, 8 * GiB]), cap, 'first').bins.length, 2);
      assert.equal(packDecreasing(Array.from({ length: 63 }, () => [2, 8 * GiB]), cap, 'best').bins.length, 3);
    });
  });

  describe('packing', () => {
    const items = [...Array(6).fill(51), ...Array(6).fill(27), ...Array(6).fill(26), ...Array(12).fill(23)].map((x: number) => [x]);
    it('first-fit decreasing needs 11 bins of 100 for 51 x6, 27 x6, 26 x6, 23 x12', () => {
      const p = packDecreasing(items, [100], 'first');
      assert.equal(p.bins.length, 11);
      assert.deepEqual(p.unplaced, []);
      for (const bin of p.bins) assert.ok(bin.reduce((a, i) => a + items[i][0], 0) <= 100);
    });
    // That 9 bins suffice for this instance is shown by exhaustive search in packing-optimum.test.ts.
    it('best-fit decreasing packs the same instance, and an item larger than a bin is reported, not dropped', () => {
      const p = packDecreasing([...items, [120]], [100], 'best');
      assert.equal(p.bins.length, 11);
      assert.deepEqual(p.unplaced, [items.length]);
    });
  });

  describe('energy', () => {
    it('10 workloads at 10 % on 10 hosts use 21.46 kWh a day; on 2 hosts at 50 % with 8 off, 4.90 kWh', () => {
      assert.equal(powerAt(TABLE, 0.1), 89.4);
      assert.equal(powerAt(TABLE, 0.5), 102);
      assert.equal(round(10 * kWh(powerAt(TABLE, 0.1), 86400)), 21.46);
      assert.equal(round(2 * kWh(powerAt(TABLE, 0.5), 86400)), 4.9);
    });
    it('the consolidation table reaches the same figures from a simulated file', () => {
      const curve = `power curve ${TABLE.watts.map((w) => `${w} W`).join(' ')}`;
      const hosts = Array.from({ length: 10 }, (_, i) => `hardware h${i} {\n  cpu 10 cores; memory 100 GiB; ${curve}\n  os linux "Debian 12"\n  runtime docker {\n    container c${i} { cpu 1..1; memory 20 GiB..20 GiB; app a${i} { cpu 1; load constant 100% } }\n  }\n}`);
      const r = run(`${hosts.join('\n')}\nsimulate { duration 24 h; step 10 m; boot host 0 s; boot container 0 s }\n`);
      const rows = Object.fromEntries(r.consolidation!.rows.map((row) => [row.kind, row]));
      assert.equal(rows['bare-metal'].ffd.servers, 10);
      assert.equal(round(rows['bare-metal'].ffd.energyKWhPerDay), 21.46);
      // Memory requests of 20 GiB allow 5 per 100 GiB server: 2 servers at 50 %.
      assert.equal(rows.container.ffd.servers, 2);
      assert.equal(rows.container.ffd.meanUtilization, 0.5);
      assert.equal(round(rows.container.ffd.energyKWhPerDay), 4.9);
      // The file's own 10 hosts draw what the 10 separate servers would.
      assert.equal(round(r.summary.energyKWh), 21.46);
    });
    it('a linear model runs from idle to peak', () => {
      const linear: PowerModel = { model: 'linear', idle: 100, peak: 200, span };
      assert.deepEqual([0, 0.25, 1, 1.5].map((u) => powerAt(linear, u)), [100, 125, 200, 200]);
    });
  });

  describe('CPU limits and memory limits of containers', () => {
    it('a 0.5-core limit grants 0.5 of the 1 core wanted: throttled 50 %', () => {
      const r = run(dockerHost('    container c { cpu 0.5; memory 64 MiB..256 MiB; app a { cpu 1; load constant 100% } }', undefined, 'duration 1 h; step 1 m; boot container 0 s; boot host 0 s'));
      const c = entity(r, 'c');
      assert.equal(r.stats[c].meanDemand, 1);
      assert.equal(r.stats[c].meanGranted, 0.5);
      assert.equal(r.stats[c].throttledPct, 50);
      assert.equal(r.summary.throttledPct, 50);
      assert.ok(r.series[c].granted.every((g) => g === 0.5));
      assert.equal(r.summary.oomKills, 0);
    });
    it('150 MiB of working set against a 128 MiB limit is OOM-killed, an event on the timeline', () => {
      const r = run(dockerHost('    container c { cpu 1; memory 64 MiB..128 MiB; app a { memory 150 MiB; load constant 10% } }'));
      const c = entity(r, 'c');
      const kill = r.events.find((e) => e.kind === 'oom-kill');
      assert.ok(kill, 'an oom-kill event');
      assert.equal(kill.entity, c);
      assert.equal(kill.value, 150);
      assert.ok(r.stats[c].oomKills >= 1);
      assert.equal(r.summary.oomKills, r.stats[c].oomKills);
      // It comes back after kubelet's back-off and is killed again: a crash loop, not a silent drop.
      assert.ok(r.events.some((e) => e.kind === 'restart' && e.entity === c));
    });
    it('128 MiB against the same limit is not killed', () => {
      const r = run(dockerHost('    container c { cpu 1; memory 64 MiB..128 MiB; app a { memory 128 MiB; load constant 10% } }'));
      assert.equal(r.summary.oomKills, 0);
    });
  });

  it('the KVM memory overhead is 0.2 % of memory + 218 MiB + 8 MiB per vCPU', () => {
    assert.equal(vmMemoryOverhead(8 * GiB, 2), 0.002 * 8192 + 218 + 16);
  });

  // simulation-snapshot.test.ts pins this fleet's summary; here each figure is derived. The fleet
  // (bench/simulate/fleet.ts): 20 hosts of 32 cores, 256 GiB, reserve 4 GiB, 120 W idle to 400 W
  // peak; even hosts run 20 KVM VMs of 2 vCPUs and 8 GiB, odd ones 20 containerd containers of
  // cpu 0.5..2 and memory 2..8 GiB; each guest one app (cpu: all of its guest's, 2) whose load is
  // daily 20..90 % peak 14:00, constant 35 %, spikes 10..85 % every 30 m for 3 m or random
  // 15..70 %, five guests of each on every host; 24 h in 1-minute steps.
  describe('the benchmark fleet of 400 guests', () => {
    let r: SimulationResult;
    before(function () {
      this.timeout(60_000);
      r = run(simulationFleet(400));
    });
    const DAY = 86_400;
    const capacity = 20 * 32 * 24; // core-hours

    it('has no ready time, throttling, unmet demand, kills or memory pressure: every figure of them is 0', () => {
      // The most a VM host's guests can want: 5 × 2 cores × (0.9 + 0.35 + 0.85 + 0.7) / 0.98 =
      // 28.6 of 32 cores; a container host's, 28. No host is ever short, so no VM waits (ready).
      // An app wants at most 0.9 × 2 = 1.8 cores, under its container's limit of 2 (no throttling)
      // and, over 0.98, under its VM's 2 vCPUs: every app gets all it wants (nothing unmet).
      // A container holds its app's working set, at most 3 GiB, under its 8 GiB limit (no kill).
      // A VM host commits 20 × (8192 + 0.002 × 8192 + 218 + 8 × 2) MiB = 168,848 MiB, under
      // (262,144 − 4,096) × 1.0; a container host at most 20 × 3 GiB (no memory pressure).
      const { readyPct, throttledPct, unmetPct, oomKills, memoryPressureSeconds } = r.summary;
      assert.deepEqual({ readyPct, throttledPct, unmetPct, oomKills, memoryPressureSeconds }, { readyPct: 0, throttledPct: 0, unmetPct: 0, oomKills: 0, memoryPressureSeconds: 0 });
    });

    it('is running after 90 s: the default host boot of 60 s, then the default VM boot of 30 s', () => {
      // Containers are up at 60.6 s (0.6 s each); the last app runs when the VMs are up.
      assert.equal(r.summary.startupSeconds, 60 + 30);
    });

    it('is idle for the capacity less the busy core-hours, which follow from the apps\' demand by hand', () => {
      // Busy core-seconds: each host grants all its guests ask (nothing is short), a VM asking its
      // app's demand over 0.98, a container its app's demand. An app of level L wants 2 × L cores
      // while up; VM apps are up from 90 s (none of step 0, half of step 1), container apps from
      // 60.6 s (0.99 of step 1). Over a whole day the daily curve, sampled mid-step, averages
      // (0.2 + 0.9) / 2 = 0.55 (the cosine sums to 0 over a whole period) and spikes average
      // 0.1 + 0.75 × 3 / 30 = 0.175, both bursting at 0.85 over steps 0 and 1 (0 to 180 s).
      const daily = (t: number): number => 0.2 + (0.7 * (1 + Math.cos((2 * Math.PI * (t / 3600 - 14)) / 24))) / 2;
      // Core-seconds of three apps, one daily, one constant and one spikes, up from `upAt` (in step 1).
      const shaped = (upAt: number): number => {
        const step1 = (120 - upAt) / 60;
        return 2 * (0.55 * DAY - daily(30) * 60 - daily(90) * 60 * (1 - step1)) + 2 * 0.35 * (DAY - upAt) + 2 * (0.175 * DAY - 0.85 * upAt);
      };
      // The random walks come from a seeded generator, not a rule: their demand is read from the
      // run (each mean rounded to 4 decimals: 4.32 core-seconds per app at most).
      // App g<h>-<g>-app runs on host h with load number (h + g) mod 4; number 3 is random.
      const apps = r.entities.flatMap((e, i) => {
        const m = /^g(\d+)-(\d+)-app$/.exec(e.name);
        return m ? [{ i, host: Number(m[1]), shape: (Number(m[1]) + Number(m[2])) % 4 }] : [];
      });
      const randomApps = apps.filter((a) => a.shape === 3);
      assert.equal(randomApps.length, 100);
      const randomDemand = (vmHost: boolean): number => randomApps.filter((a) => (a.host % 2 === 0) === vmHost).reduce((sum, { i }) => sum + r.stats[i].meanDemand * DAY, 0);
      for (const { i } of randomApps) assert.ok(r.stats[i].meanDemand >= 2 * 0.15 * (DAY - 90) / DAY - 1e-4 && r.stats[i].meanDemand <= 2 * 0.7 + 1e-4);
      const busy = (10 * 5 * shaped(90) + randomDemand(true)) / 0.98 + 10 * 5 * shaped(60.6) + randomDemand(false);
      const idle = capacity - busy / 3600;
      assert.ok(Math.abs(r.summary.idleCoreHours - idle) < 0.15, `idle ${r.summary.idleCoreHours} core-hours, by hand ${idle}`);
    });

    it('has idle share, mean utilization and energy that follow from its idle core-hours (linear power, 120 to 400 W)', () => {
      const idle = r.summary.idleCoreHours;
      const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;
      assert.equal(r.summary.idlePct, r4((100 * idle) / capacity));
      assert.equal(r.summary.meanUtilization, r4(1 - idle / capacity));
      // Power is linear in utilization, so the fleet draws 20 × 0.12 kW for 24 h plus 0.28 kW per
      // host-worth (32 cores) of busy core-hours.
      assert.equal(r.summary.energyKWh, r4(20 * 0.12 * 24 + (0.28 * (capacity - idle)) / 32));
    });

    it('peaks on a VM host between the bounds its load shapes allow: 5 × 2 × (0.9 + 0.85 + 0.35 + 0.15 … 0.7) / 0.98 of 32 cores', () => {
      // The step from 14:00 alone reaches the lower bound: the daily curve is at its peak (sampled
      // at 14:00:30) and a spike runs (bursts start every 30 minutes from 00:00), with the random
      // walks at least at 15 %. Where the walks are is the seeded generator's, so the exact peak
      // is pinned by the snapshot only.
      const low = (5 * 2 * (0.2 + (0.7 * (1 + Math.cos((2 * Math.PI * (30 / 3600)) / 24))) / 2 + 0.85 + 0.35 + 0.15)) / 0.98 / 32;
      const high = (5 * 2 * (0.9 + 0.85 + 0.35 + 0.7)) / 0.98 / 32;
      assert.ok(r.summary.peakUtilization >= round(low, 4) && r.summary.peakUtilization <= high, `${r.summary.peakUtilization} outside [${low}, ${high}]`);
    });
  });
});

// Disaster recovery: the published timeouts the recovery model is built on, each through the model.
describe('simulation: published figures of disaster recovery', () => {
  const host = (name: string): RecoveryEntity => ({ kind: 'host', parent: -1, name, cores: 8, memory: 64 * GiB, reserve: 0, boot: 0, ha: false });
  /** A workload of no boot time on the first of two hosts of one cluster; when it runs again after its host fails at 1,000 s. */
  const backAfter = (workload: RecoveryEntity, cluster: number[]): number | null => {
    const c = { hosts: cluster, tolerate: 1 };
    const r = recover({ entities: [host('a'), host('b'), workload], failures: [{ host: 0, at: 1000 }], clusterOf: () => c, duration: 86_400, memoryRatio: 1, boot: { vm: 0, container: 0 }, eventLimit: 10 });
    return r.outages[0].up === null ? null : r.outages[0].up - 1000;
  };
  const vm: RecoveryEntity = { kind: 'vm', parent: 0, name: 'v', cores: 1, memory: GiB, reserve: 0, boot: 0, ha: true };
  const pod: RecoveryEntity = { kind: 'container', parent: 0, name: 'p', cores: 1, memory: GiB, reserve: 0, boot: 0, ha: false };

  it('vSphere HA declares a secondary host failed after 15 s without heartbeats (vSphere Availability guide), and restarts its VMs then', () => {
    assert.equal(backAfter(vm, [1, 0]), 15);
  });

  it('vSphere HA restarts the VMs of a failed primary 35 s after its loss: election from 10 s, new primary at 25 s, restarts at 35 s (vSphere HA deepdive)', () => {
    assert.equal(backAfter(vm, [0, 1]), 35);
  });

  it('Kubernetes evicts the pods of a silent node after node-monitor-grace-period 50 s (1.32, kubernetes#126287) and tolerationSeconds 300 s (DefaultTolerationSeconds): 350 s', () => {
    assert.equal(backAfter(pod, [0, 1]), 350);
  });
});

describe('simulation: published figures of storage repair', () => {
  it('vSAN rebuilds the absent components of a failed host after its object repair timer, 60 minutes by default (VMware vSAN Monitoring and Troubleshooting, "Failure States of Components"; Broadcom vSAN Management API, VsanExtendedConfig.objectRepairTimer, default 60)', () => {
    assert.equal(VSAN_REPAIR_TIMER, 60 * 60);
    const [p] = rebuildPools([storagePool('vsan', 4, 2)], [hostDown(0, 1000)], 86_400);
    assert.equal(p.rebuild?.start, 1000 + 60 * 60);
  });

  it('Ceph marks a down OSD out, and backfills its placement groups elsewhere, after mon_osd_down_out_interval, 600 s by default (Red Hat Ceph Storage Configuration Guide, "Ceph Monitor and OSD configuration options")', () => {
    assert.equal(CEPH_DOWN_OUT_INTERVAL, 600);
    const [p] = rebuildPools([storagePool('ceph', 4, 3)], [hostDown(0, 1000)], 86_400);
    assert.equal(p.rebuild?.start, 1000 + 600);
  });

  it('Storage Spaces Direct moves no data away from a missing server, whose drives the pool expects back (Microsoft Learn, "Removing servers in Storage Spaces Direct"), and resyncs only the changes when it returns ("Understand and monitor storage resync")', () => {
    assert.equal(STORAGE_REPAIR.s2d, undefined);
    const [p] = rebuildPools([storagePool('s2d', 4, 3)], [hostDown(0, 1000, 5000)], 86_400);
    assert.deepEqual([p.outcome, p.rebuild, p.protectedAt], ['degraded', undefined, 5000]);
  });

  it('vSAN places FTT + 1 copies and FTT witnesses on separate hosts, 2 × FTT + 1 hosts in all (VMware vSAN Planning and Deployment, "Sizing the vSAN Cluster for Failures to Tolerate")', () => {
    assert.equal(placementWidth({ product: 'vsan', copies: 2 }), 3);
    assert.equal(placementWidth({ product: 'vsan', copies: 3 }), 5);
  });
});

function storagePool(product: string, hosts: number, copies: number): RebuildPool {
  return { name: 'p', product, placement: 'distributed', copies, data: 1024 * 1024, hosts: Array.from({ length: hosts }, (_, host) => ({ host, disk: 8 * 1024 * 1024, uplink: 0 })) };
}

function hostDown(host: number, at: number, up: number | null = null): FailureOutcome {
  return { host, at, repaired: up, up, cores: 8, memory: 1024, coreHours: 0, hostsDown: 1, tolerate: 1, clusterHosts: 4 };
}
