import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { SimulationResult } from '../../src/core/simulation';
import { consolidate } from '../../src/core/simulation/consolidation';
import { buildPlan } from '../../src/core/simulation/plan';
import type { Consolidation, ConsolidationKind, ConsolidationRow, WorkloadSize } from '../../src/core/simulation/types';
import { entity, round, run } from './simulation-helpers';

// The rules of the consolidation table (docs/simulation.md, "Consolidation"), each on a small
// stack whose expected figures are worked out by hand in the comments. Workloads are numbered
// as the table numbers them: machines (VMs, containers) in the file's order, then apps and jobs.

const GiB = 1024;
const NOW = 'boot host 0 s; boot vm 0 s; boot container 0 s';

function table(r: SimulationResult): Consolidation {
  assert.ok(r.consolidation, 'a consolidation table');
  return r.consolidation;
}

function rowOf(c: Consolidation, kind: ConsolidationKind): ConsolidationRow {
  return c.rows.find((row) => row.kind === kind)!;
}

/** A workload's size with its CPU request rounded to 4 decimals (a mean of 60 float points). */
function sizeOf(r: SimulationResult, name: string): Omit<WorkloadSize, 'entity'> {
  const w = table(r).workloads.find((x) => x.entity === entity(r, name));
  assert.ok(w, `no workload ${name}`);
  return { vcpus: w.vcpus, vmMemory: w.vmMemory, cpuRequest: round(w.cpuRequest, 4), memoryRequest: w.memoryRequest };
}

/** An empty host of the given shape: it holds no workload, but it counts for the reference server. */
const spare = (name: string, shape: string): string => `hardware ${name} { ${shape} }`;

describe('simulation: consolidation rules', () => {
  describe('the size of each kind of workload, as a VM and as a container', () => {
    let r: SimulationResult;
    // Before each test, not once for the block: mutation testing (docs/testing.md, "The
    // judges") runs a test against each mutant of the code it runs, and code run in a `before`
    // hook belongs to no test.
    beforeEach(() => {
      r = run(`hardware h1 {
  cpu 16 cores; memory 64 GiB
  hypervisor kvm {
    vm v { vcpu 2; memory 8 GiB; os linux "Debian 12"; app va { cpu 1; memory 3 GiB; load constant 98% } }
  }
}
hardware h2 {
  cpu 16 cores; memory 64 GiB
  os linux "Debian 12"
  runtime docker {
    container c1 { cpu 1..3; memory 256 MiB..4 GiB; app c1a { cpu 1; memory 512 MiB; load constant 50% } }
    container c2 { app c2a { cpu 2; memory 2 GiB; load constant 25% } }
    container c3 { app c3a { load constant 10% } }
  }
  app a1 { cpu 4; memory 2 GiB; load constant 50% }
  app a2 { cpu 1; load spikes 20%..60% every 30 m for 15 m }
  job j1 { cpu 4; work 1 core-h; start 2 h }
}
simulate { duration 1 h; step 1 m; ${NOW} }
`);
    });

    it('a VM: its own vCPUs and memory; as a container its mean useful CPU and the memory its software used', () => {
      // The app wants 1 core × 98 % = 0.98 useful cores; the VM asks 0.98 / 0.98 = 1 vCPU of
      // time; the request is the useful 0.98, not the vCPU time. Its software holds 3 GiB of
      // the VM's 8 GiB: the request is 3 GiB.
      assert.deepEqual(sizeOf(r, 'v'), { vcpus: 2, vmMemory: 8 * GiB, cpuRequest: 0.98, memoryRequest: 3 * GiB });
    });

    it('a container: its limit rounded up and its memory limit as a VM, its own requests as a container', () => {
      // cpu 1..3: request 1 core (its app wants only 0.5), limit 3 cores: 3 vCPUs. memory
      // 256 MiB..4 GiB: the request 256 MiB (its app holds 512 MiB), the limit 4 GiB.
      assert.deepEqual(sizeOf(r, 'c1'), { vcpus: 3, vmMemory: 4 * GiB, cpuRequest: 1, memoryRequest: 256 });
    });

    it('a container without requests or limits: the host cores, its peak memory (at least 1 GiB) and its mean CPU', () => {
      // No cpu: its limit is the host's 16 cores. No memory: as a VM the larger of its peak
      // memory (its app's 2 GiB) and 1 GiB; its request is that peak. CPU: 2 cores × 25 % = 0.5.
      assert.deepEqual(sizeOf(r, 'c2'), { vcpus: 16, vmMemory: 2 * GiB, cpuRequest: 0.5, memoryRequest: 2 * GiB });
      // Its app declares no memory: it holds nothing, so 1 GiB both ways; it wants 10 % of the
      // container's 16 cores, 1.6.
      assert.deepEqual(sizeOf(r, 'c3'), { vcpus: 16, vmMemory: GiB, cpuRequest: 1.6, memoryRequest: GiB });
    });

    it('an app: its peak demand rounded up and its working set (1 GiB when it declares none); its mean CPU as a request', () => {
      // cpu 4 at 50 %: peak and mean 2 cores, not its 4 cores of cpu; 2 GiB as written.
      assert.deepEqual(sizeOf(r, 'a1'), { vcpus: 2, vmMemory: 2 * GiB, cpuRequest: 2, memoryRequest: 2 * GiB });
      // cpu 1, 60 % for 15 minutes of every 30 and 20 % otherwise: peak 0.6 (1 vCPU), mean
      // (0.6 + 0.2) / 2 = 0.4. No memory: 1 GiB.
      assert.deepEqual(sizeOf(r, 'a2'), { vcpus: 1, vmMemory: GiB, cpuRequest: 0.4, memoryRequest: GiB });
    });

    it('a job: its parallelism both ways, even one that never ran', () => {
      // It starts at 2 h, after the 1-hour run: it wanted nothing, yet it needs its 4 cores.
      assert.deepEqual(sizeOf(r, 'j1'), { vcpus: 4, vmMemory: GiB, cpuRequest: 4, memoryRequest: GiB });
    });
  });

  describe('the reference server', () => {
    const shaped = (hosts: string): Consolidation =>
      table(run(`${hosts}\nhardware w {\n  cpu 2 cores; memory 4 GiB\n  os linux "Debian 12"\n  app work { cpu 1 }\n}\nsimulate { duration 1 h }\n`));

    it('is the shape most hosts have, not the first one in the file', () => {
      // big once (and w once), s twice: s1, the first of the two.
      const c = shaped([spare('big', 'cpu 32 cores; memory 64 GiB'), spare('s1', 'cpu 8 cores; memory 16 GiB'), spare('s2', 'cpu 8 cores; memory 16 GiB')].join('\n'));
      assert.deepEqual(c.server, { name: 's1', cores: 8, memory: 16 * GiB, reserve: 0 });
    });

    it('among shapes as common, has the most cores, then the most memory', () => {
      // Each shape once: b's 16 cores beat a's 8 (and w's 2), though a has more memory.
      assert.equal(shaped([spare('a', 'cpu 8 cores; memory 64 GiB'), spare('b', 'cpu 16 cores; memory 16 GiB')].join('\n')).server.name, 'b');
      // Equal cores: b's 32 GiB beat a's 16.
      assert.equal(shaped([spare('a', 'cpu 8 cores; memory 16 GiB'), spare('b', 'cpu 8 cores; memory 32 GiB')].join('\n')).server.name, 'b');
    });

    it('tells apart hosts that differ only by their power model', () => {
      // x draws 100..200 W, y and z 50..300 W: two shapes, and y and z's is the more common.
      const c = shaped(['x: idle 100 W peak 200 W', 'y: idle 50 W peak 300 W', 'z: idle 50 W peak 300 W'].map((h) => spare(h.slice(0, 1), `cpu 8 cores; memory 16 GiB; power ${h.slice(3)}`)).join('\n'));
      assert.equal(c.server.name, 'y');
    });
  });

  describe('what fits on a server', () => {
    // Reference server: 8 cores, 16 GiB with 2 GiB reserved, so 14 GiB usable; as VMs and
    // containers (ratios 4.0 / 1.0) it takes 32 cores and 14 GiB. Workloads: wide (0), heavy (1),
    // exact (2).
    let c: Consolidation;
    // Before each test, not once for the block: mutation testing (docs/testing.md, "The
    // judges") runs a test against each mutant of the code it runs, and code run in a `before`
    // hook belongs to no test.
    beforeEach(() => {
      const shape = 'cpu 8 cores; memory 16 GiB; reserve 2 GiB';
      c = table(run(`${spare('r1', shape)}\n${spare('r2', shape)}
hardware big {
  cpu 64 cores; memory 256 GiB
  hypervisor kvm {
    vm wide { vcpu 16; memory 1 GiB; os linux "Debian 12" }
    vm heavy { vcpu 2; memory 15 GiB; os linux "Debian 12" }
    vm exact { vcpu 8; memory 14 GiB; os linux "Debian 12" }
  }
}
simulate { duration 1 h }
`));
    });

    it('one server each: a workload fits with no more cores and memory than the server has, after its reserve', () => {
      // wide: 16 vCPUs > 8 cores; heavy: 15 GiB > 14 GiB (though < 16 GiB + the reserve);
      // exact: 8 vCPUs and 14 GiB, exactly the server.
      const bare = rowOf(c, 'bare-metal');
      assert.deepEqual(bare.unplaced, [0, 1]);
      assert.equal(bare.ffd.servers, 1);
    });

    it('as VMs: one wider than the server has cores fits nowhere, and the server it was packed on alone is not counted', () => {
      // By size (largest share of 32 cores, 14 GiB): heavy 15/14 (fits no server), exact 14/14,
      // wide 16/32. exact fills the first server's memory, so wide opens a second one, alone;
      // wide has 16 vCPUs, more than the 8 cores: it is taken off, and its server with it.
      const vms = rowOf(c, 'hypervisor');
      assert.deepEqual(vms.unplaced, [0, 1]);
      assert.equal(vms.ffd.servers, 1);
      assert.equal(vms.bfd.servers, 1);
    });
  });

  it('a kind on which no workload fits needs no server: no utilization, idle time or energy', () => {
    // huge: 32 vCPUs and 64 GiB against 8 cores and 16 GiB (32 cores × 4.0 as VMs): nowhere.
    const shape = 'cpu 8 cores; memory 16 GiB';
    const c = table(run(`${spare('r1', shape)}\n${spare('r2', shape)}\nhardware big {\n  cpu 64 cores; memory 256 GiB\n  hypervisor kvm { vm huge { vcpu 32; memory 64 GiB; os linux "Debian 12" } }\n}\nsimulate { duration 1 h }\n`));
    const none = { servers: 0, meanUtilization: 0, idleCoreHours: 0, energyKWh: 0, energyKWhPerDay: 0 };
    for (const row of c.rows) {
      assert.deepEqual(row.unplaced, [0], row.kind);
      assert.deepEqual(row.ffd, none, row.kind);
      assert.deepEqual(row.bfd, none, row.kind);
    }
  });

  it('replays the useful demand, divided by the kind efficiency, over the whole run including a short last step', () => {
    // One VM whose app wants 1 core × 98 % = 0.98 useful cores, on a server of 8 cores drawing
    // 100 W idle to 200 W at full load; 90 minutes in steps of 1 h, so the last is half a step.
    const r = run(`hardware h {
  cpu 8 cores; memory 16 GiB; power idle 100 W peak 200 W
  hypervisor kvm { vm v { vcpu 2; memory 2 GiB; os linux "Debian 12"; app a { cpu 1; load constant 98% } } }
}
simulate { duration 90 m; step 1 h; ${NOW} }
`);
    const c = table(r);
    // Natively (one server each, containers): 0.98 of 8 cores, u = 0.1225, for 1.5 h: busy
    // 1.47 core-h of 12, idle 10.53; 100 + 100 × 0.1225 = 112.25 W: 0.168375 kWh, 2.694 a day.
    for (const kind of ['bare-metal', 'container'] as const) {
      assert.deepEqual(rowOf(c, kind).ffd, { servers: 1, meanUtilization: 0.1225, idleCoreHours: 10.53, energyKWh: 0.1684, energyKWhPerDay: 2.694 }, kind);
    }
    // As a VM: 0.98 / 0.98 = 1 core, u = 0.125; idle 12 − 1.5 = 10.5; 112.5 W × 24 h = 2.7 kWh.
    const vms = rowOf(c, 'hypervisor').ffd;
    assert.deepEqual([vms.servers, vms.meanUtilization, vms.idleCoreHours, vms.energyKWhPerDay], [1, 0.125, 10.5, 2.7]);
  });

  it('replays a run a hair longer than its whole steps over those steps only', () => {
    // 1 h + 0.1 µs in steps of 1 h is one step (steps round within 10⁻⁹ of a step). The app
    // wants 2 of 8 cores, u = 0.25, for that hour: idle 8 − 2 = 6 core-h; 125 W for 1 h,
    // 0.125 kWh, 3 kWh a day. The extra 0.1 µs has no measured point and is not replayed.
    const r = run(`hardware h {\n  cpu 8 cores; memory 16 GiB; power idle 100 W peak 200 W\n  os linux "Debian 12"\n  app a { cpu 2; load constant 100% }\n}\nsimulate { ${NOW} }\n`, { duration: 3600 + 1e-7, step: 3600 });
    assert.equal(r.settings.steps, 1);
    assert.deepEqual(rowOf(table(r), 'bare-metal').ffd, { servers: 1, meanUtilization: 0.25, idleCoreHours: 6, energyKWh: 0.125, energyKWhPerDay: 3 });
  });

  it('replays first-fit and best-fit decreasing each on its own servers', () => {
    // Reference server: 2 cores, 10 GiB (r1, r2). Containers by memory request: g7 7 GiB, g5
    // 5 GiB, g4 4 GiB, and s1, s2 1 GiB that each want 2 cores (requests of 0.01 core: CPU
    // never binds). Sorted 7, 5, 4, 1, 1. First fit: 7 → A, 5 → B, 4 → B (9), 1 → A (8),
    // 1 → A (9). Best fit: the same to 4; s1 goes where it leaves least room, B (10 of 10), s2
    // to A. So first fit has 4 cores of demand on A's 2 (busy 2, as a server is at most 100 %
    // busy) and none on B: 2 of 4 cores, 0.5; best fit 2 cores on each, 1.0.
    const big = (name: string, gib: number): string => `    container ${name} { cpu 0.01..1; memory ${gib} GiB..${gib + 1} GiB }`;
    const small = (name: string): string => `    container ${name} { cpu 0.01..2; memory 1 GiB..2 GiB; app ${name}-a { cpu 2; load constant 100% } }`;
    const shape = 'cpu 2 cores; memory 10 GiB';
    const c = table(run(`${spare('r1', shape)}\n${spare('r2', shape)}
hardware h {
  cpu 16 cores; memory 64 GiB
  os linux "Debian 12"
  runtime docker {
${[big('g7', 7), big('g5', 5), big('g4', 4), small('s1'), small('s2')].join('\n')}
  }
}
simulate { duration 1 h; ${NOW} }
`));
    const row = rowOf(c, 'container');
    assert.deepEqual([row.ffd.servers, row.ffd.meanUtilization, row.bfd.servers, row.bfd.meanUtilization], [2, 0.5, 2, 1]);
  });

  it('gives no table for a run of no time', () => {
    const text = `hardware h {\n  cpu 8 cores; memory 16 GiB\n  os linux "Debian 12"\n  app a { cpu 1 }\n}\nsimulate { duration 1 h }\n`;
    const r = run(text);
    const plan = buildPlan(analyze(text).model, r.settings);
    assert.ok(consolidate(plan, r.settings, r.series, r.stats, 3600), 'a table for the hour');
    assert.equal(consolidate(plan, r.settings, r.series, r.stats, 0), null);
  });

  it('ranks the isolation classes the file uses, strongest first, with their guests', () => {
    const r = run(`hardware h1 {
  cpu 8 cores; memory 32 GiB
  hypervisor kvm {
    vm v1 { vcpu 1; memory 1 GiB; os linux "Debian 12"; app in-vm { cpu 1 } }
    vm v2 { vcpu 1; memory 1 GiB; os linux "Debian 12" }
  }
}
hardware h2 {
  cpu 8 cores; memory 32 GiB
  os linux "Debian 12"
  runtime docker { container c { app in-container { cpu 1 } } }
  app bare { cpu 1 }
}
simulate { duration 1 h }
`);
    // Two VMs on a type-1 hypervisor, one container, one app on the host's OS; the apps inside
    // the VM and the container are no guests of their own. No type-2 or sandboxed kind: unlisted.
    assert.deepEqual(r.isolation, [
      { rank: 1, isolation: 'hypervisor', guests: 2 },
      { rank: 2, isolation: 'container', guests: 1 },
      { rank: 3, isolation: 'bare-metal', guests: 1 },
    ]);
  });
});
