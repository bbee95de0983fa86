import * as assert from 'node:assert/strict';
import { dockerHost, entity, kvmHost, run, vm } from './simulation-helpers';

// The rules that the steady path's pairs (src/core/simulation/pair.ts: a VM or container running
// a single app) must keep and that the first mutation run of pair.ts found untested, on plain
// inputs whose expected figures are worked out by hand in the comments (docs/simulation.md): a
// short machine shares fairly by weight (a container's CPU request), a type-1 VM turns a granted
// core into 0.98 of useful work, a container 1.00, and a short last step counts in the series
// for its share of a step.

describe('simulation pair rules', () => {
  it('shares a short VM\'s 1.96 useful cores between its two single-app containers (0.98 each) while the host has enough', () => {
    // Each container's app wants 2 cores (cpu 2, load 100 %), the container's limit: the VM's
    // guests want 4, it asks its 2 vCPUs, which the 4-core host grants (not short). Its
    // 2 × 0.98 = 1.96 useful cores go to the two containers by their equal requests: 0.98 each,
    // and each container's only app gets all of it.
    const containers = ['c', 'd'].map((c) => `      container ${c} { cpu 2; memory 1 GiB; app ${c}-1 { cpu 2; load constant 100% } }`).join('\n');
    const r = run(`hardware h {\n  cpu 4 cores; memory 16 GiB\n  hypervisor kvm {\n    vm v { vcpu 2; memory 4 GiB; os linux "Debian 12"\n    runtime docker {\n${containers}\n    } }\n  }\n}\nsimulate { duration 1 h; step 10 s; boot host 0 s; boot vm 0 s; boot container 0 s }\n`);
    assert.equal(r.stats[entity(r, 'v')].meanGranted, 2);
    for (const c of ['c', 'd']) {
      assert.equal(r.stats[entity(r, c)].meanGranted, 0.98, c);
      assert.equal(r.stats[entity(r, `${c}-1`)].meanGranted, 0.98, `${c}-1`);
    }
  });

  it('gives every series point of a VM\'s single app at a constant 50 % of 1 core the demand 0.5 (the VM 0.5102), the short last step too, over a day and 5 s in 10 s steps', () => {
    // 8,641 steps, the last 5 s long with weight 1/2, and a point per step (every 10 s): a point
    // is its steps' demand weighted by their share of a step, over their weights, so 0.5 at every
    // point whatever the weights; the VM asks what its app wants, 0.5 / 0.98 = 0.5102 to 4 decimals.
    const r = run(kvmHost(vm('v', 2, 2, 'cpu 1; load constant 50%'), 'cpu 8 cores; memory 64 GiB', 'duration 86405 s; step 10 s; boot host 0 s; boot vm 0 s'));
    const app = r.series[entity(r, 'v-app')];
    const machine = r.series[entity(r, 'v')];
    assert.equal(app.demand.length, 8641);
    assert.deepEqual([app.demand.filter((x) => x !== 0.5), machine.demand.filter((x) => x !== 0.5102)], [[], []]);
  });

  it('gives a random load the same demand series in a container without a memory limit as in one with a limit it never reaches', () => {
    // A random walk comes from the profile's seed and the simulation's (docs/simulation.md, "Load
    // profiles"), nothing else: 64 MiB of the app never reaches a 4 GiB limit, so its levels match.
    const text = (memory: string) => dockerHost(`    container c { cpu 2${memory}; app a { cpu 1; memory 64 MiB; load random 20%..80% seed 7 } }`, 'cpu 8 cores; memory 32 GiB', 'duration 1 h; step 1 m; boot host 0 s; boot container 0 s');
    const free = run(text(''));
    const limited = run(text('; memory 4 GiB'));
    assert.deepEqual(free.series[entity(free, 'a')].demand, limited.series[entity(limited, 'a')].demand);
  });
});
