// The rules of the plan (src/core/simulation/plan.ts) that the first mutation run found untested:
// the layout of the flattened tree, the assumptions listed only for what a file leaves out, the
// cores of an app without `cpu`, the isolation of sandboxed containers and the refusal of hardware
// without memory. Expected values are worked out by hand from docs/simulation.md ("What is
// simulated": hosts, VMs, containers, apps and jobs; machines before workloads, parents before
// children; an app without `cpu` wants its level of its whole machine) and l10n/bundle.l10n.json.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { usedSettings } from '../../src/core/simulation/options';
import { buildPlan, countEntities, type Plan } from '../../src/core/simulation/plan';
import { entity, run } from './simulation-helpers';

const settings = 'simulate { duration 1 h; step 1 m }\n';

function plan(text: string): Plan {
  const analysis = analyze(text);
  assert.deepEqual(analysis.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), []);
  return buildPlan(analysis.model, usedSettings(analysis.model.simulation));
}

// Entities in document order: h1, a, b, h2, v, c, w, d. Machines first, then workloads, each in
// document order: h1 0, h2 1, v 2, w 3, a 4, b 5, c 6, d 7.
const fleet = `hardware h1 {
  cpu 8 cores; memory 32 GiB
  os linux { app a { load constant 10% }; app b { load constant 10% } }
}
hardware h2 {
  cpu 16 cores; memory 64 GiB
  hypervisor kvm {
    vm v { vcpu 2; memory 4 GiB; os linux { app c { load constant 10% } } }
    vm w { vcpu 4; memory 8 GiB; depends h1; os linux; app d { load constant 10% } }
  }
}
${settings}`;

describe('simulation plan rules: the flattened tree', () => {
  it('links parents, hosts, first children and next siblings of h1 {a, b} and h2 {v {c}, w {d}}, -1 where there is none', () => {
    const p = plan(fleet);
    assert.deepEqual(p.info.map((e) => e.name), ['h1', 'h2', 'v', 'w', 'a', 'b', 'c', 'd']);
    assert.deepEqual(p.parent, Int32Array.from([-1, -1, 1, 1, 0, 0, 2, 3]));
    assert.deepEqual(p.host, Int32Array.from([0, 1, 1, 1, 0, 0, 1, 1]));
    // h1's first child is a (4), h2's is v (2), v's is c (6), w's is d (7); apps have none.
    assert.deepEqual(p.firstChild, Int32Array.from([4, 2, 6, 7, -1, -1, -1, -1]));
    // v's next sibling is w (3), a's is b (5); every last child and every host has none.
    assert.deepEqual(p.nextSibling, Int32Array.from([-1, -1, 3, -1, 5, -1, -1, -1]));
  });

  it('lists w\'s dependency on h1 as entity 0 and no dependency for the others', () => {
    assert.deepEqual(plan(fleet).deps, [[], [], [], [0], [], [], [], []]);
  });

  it('holds an entry, undefined or not, for every entity in profiles and power: 8 of each', () => {
    const p = plan(fleet);
    // Apps a, b, c, d (4-7) have a load profile; no host has a power model.
    assert.deepEqual(p.profiles.map((x) => (x === undefined ? 'none' : 'load')), ['none', 'none', 'none', 'none', 'load', 'load', 'load', 'load']);
    assert.deepEqual(p.power.map((x) => (x === undefined ? 'none' : 'power')), ['none', 'none', 'none', 'none', 'none', 'none', 'none', 'none']);
  });

  it('gives an app without cpu the cores of its machine: 8 on h1, 2 in v, 4 in w', () => {
    // Hosts their cpu, VMs their vcpu; apps a, b on h1's OS, c in v, d in w.
    assert.deepEqual(Array.from(plan(fleet).cap), [8, 16, 2, 4, 8, 8, 2, 4]);
  });

  it('lists no assumption when every VM has vcpu and memory and every app a load', () => {
    assert.deepEqual(plan(fleet).notes, []);
  });
});

describe('simulation plan rules: isolation and refusals', () => {
  it('isolates the containers of Kata Containers (microVM) and gVisor (user space) as sandboxed containers', () => {
    const text = `hardware h {
  cpu 8 cores; memory 32 GiB
  os linux {
    runtime kata-containers { container k { app a { load constant 10% } } }
    runtime gvisor { container g { app b { load constant 10% } } }
  }
}
${settings}`;
    const result = run(text);
    assert.deepEqual(['k', 'g'].map((name) => result.entities[entity(result, name)].isolation), ['sandboxed-container', 'sandboxed-container']);
  });

  it('refuses hardware without memory, naming the hardware, memory and the example `memory 64 GiB`', () => {
    const r = countEntities(analyze(`hardware h { cpu 8 cores; os linux { app a { load constant 10% } } }\n${settings}`).model);
    assert.ok(typeof r !== 'number');
    assert.deepEqual([r.reason, r.message], ['no-capacity', "Hardware 'h' needs memory for the simulation, e.g. `memory 64 GiB`."]);
  });
});
