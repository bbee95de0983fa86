import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { simulate } from '../../src/core/simulation';
import { dockerHost, entity, run } from './simulation-helpers';

// Hosts whose entities are all up take the steady path (src/core/simulation/steady.ts) through
// blocks of several steps. These stacks share CPU under contention at each level of the tree
// in blocks longer than a step (an hour in 10 s steps: 360 steps, progress every 3, so blocks
// of 3), with everything up at 0 s. Expected values come from docs/simulation.md's rules: a VM
// gets at most its vCPUs, a short machine shares fairly by weight (a VM's vCPUs, a container's
// CPU request), a type-1 VM turns a granted core into 0.98 of useful work, a container 1.00.

const quick = 'duration 1 h; step 10 s; boot host 0 s; boot vm 0 s; boot container 0 s';
const twoApps = (name: string): string => `app ${name}-1 { cpu 1; load constant 100% }; app ${name}-2 { cpu 1; load constant 100% }`;

describe('simulation steps: the steady path under contention', () => {
  it('shares 2 cores between two 2-vCPU VMs (1 each) and each VM\'s 0.98 useful core between its two apps (0.49 each)', () => {
    // Each VM wants 2 / 0.98 and asks its cap, 2; the host has 2 for 4 asked: 1 per VM (equal
    // weights). A VM's apps ask 1 each of its 0.98 useful core: 0.49 each.
    const vms = ['a', 'b'].map((v) => `    vm ${v} { vcpu 2; memory 2 GiB; os linux "Debian 12" { ${twoApps(v)} } }`).join('\n');
    const r = run(`hardware h {\n  cpu 2 cores; memory 16 GiB\n  hypervisor kvm {\n${vms}\n  }\n}\nsimulate { ${quick} }\n`);
    assert.equal(r.stats[entity(r, 'h')].meanGranted, 2);
    for (const v of ['a', 'b']) {
      assert.equal(r.stats[entity(r, v)].meanGranted, 1, v);
      assert.equal(r.stats[entity(r, `${v}-1`)].meanGranted, 0.49, `${v}-1`);
      assert.equal(r.stats[entity(r, `${v}-2`)].meanGranted, 0.49, `${v}-2`);
    }
  });

  it('shares a 2-vCPU VM\'s 1.96 useful cores between two containers (0.98 each) and each container\'s between its two apps (0.49 each), holding their 2 GiB throughout', () => {
    // Each container's apps want 2, its limit: the VM's guests want 4, it wants 4 / 0.98 and asks
    // its 2 vCPUs, which the 4-core host grants. Its 2 × 0.98 = 1.96 useful cores go to the two
    // containers by their equal requests, 0.98 each; a container's apps ask 1 each: 0.49 each.
    const containers = ['c', 'd'].map((c) => `      container ${c} { cpu 2; memory 1 GiB; ${twoApps(c)} }`).join('\n');
    const r = run(`hardware h {\n  cpu 4 cores; memory 16 GiB\n  hypervisor kvm {\n    vm v { vcpu 2; memory 4 GiB; os linux "Debian 12"\n    runtime docker {\n${containers}\n    } }\n  }\n}\nsimulate { ${quick} }\n`);
    const v = r.stats[entity(r, 'v')];
    // Its apps declare no memory, so each container holds its request, 1 GiB; the VM holds both.
    assert.deepEqual(new Set(r.series[entity(r, 'v')].memory), new Set([2048]));
    assert.equal(v.meanDemand, 2);
    assert.equal(v.meanGranted, 2);
    for (const c of ['c', 'd']) {
      assert.equal(r.stats[entity(r, c)].meanDemand, 2, c);
      assert.equal(r.stats[entity(r, c)].meanGranted, 0.98, c);
      assert.equal(r.stats[entity(r, `${c}-1`)].meanGranted, 0.49, `${c}-1`);
      assert.equal(r.stats[entity(r, `${c}-2`)].meanGranted, 0.49, `${c}-2`);
    }
  });

  it('shares a 1-vCPU VM\'s 0.98 useful core between its two apps (0.49 each) when an empty VM comes before it', () => {
    // The empty VM wants and holds nothing; the other wants 2 / 0.98 and gets its 1 vCPU.
    const r = run(`hardware h {\n  cpu 4 cores; memory 16 GiB\n  hypervisor kvm {\n    vm idle { vcpu 1; memory 1 GiB }\n    vm busy { vcpu 1; memory 2 GiB; os linux "Debian 12" { ${twoApps('busy')} } }\n  }\n}\nsimulate { ${quick} }\n`);
    assert.equal(r.stats[entity(r, 'idle')].meanDemand, 0);
    assert.equal(r.stats[entity(r, 'busy')].meanGranted, 1);
    assert.equal(r.stats[entity(r, 'busy-1')].meanGranted, 0.49);
    assert.equal(r.stats[entity(r, 'busy-2')].meanGranted, 0.49);
  });
});

describe('simulation steps: a container killed in the middle of a steady block', () => {
  it('gives the same result with and without the fast paths when an app with a random load is killed mid-block', () => {
    // docs/simulation.md: the fast paths give the same results as the general path, to the byte.
    // The app's working set follows its random walk between 1 and 2.5 GiB, over its container's
    // 2 GiB limit whenever its load is above two thirds; the steady path must then hand the block
    // back with the walk where it found it. The run must have kills for the test to mean anything.
    const text = dockerHost(
      '    container c { cpu 1; memory 512 MiB..2 GiB; app a { cpu 1; memory 1 GiB..2.5 GiB; load random 0%..100% seed 7 } }\n    container d { cpu 1; memory 1 GiB; app b { cpu 1; load random 10%..90% seed 3 } }',
      'cpu 4 cores; memory 16 GiB',
      'duration 4 h; step 10 s; boot host 0 s; boot container 0 s',
    );
    const analysis = analyze(text);
    const fast = simulate(analysis);
    const plain = simulate(analysis, { fastPaths: false });
    assert.equal(fast.status, 'done');
    const kills = fast.status === 'done' ? fast.result.stats[entity(fast.result, 'c')].oomKills : 0;
    assert.ok(kills >= 2, `${kills} kills`);
    assert.equal(JSON.stringify(fast), JSON.stringify(plain));
  });
});
