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
// The later stacks are built so that a slip in the steady path's bookkeeping would show: sums
// added to the wrong machine, a step recorded in the wrong series point, a fair share worked out
// where there is enough for everyone, a host too big for a block.

const quick = 'duration 1 h; step 10 s; boot host 0 s; boot vm 0 s; boot container 0 s';
/** `n` points of value `x`: a series that holds still. */
const flat = (n: number, x: number): number[] => Array.from({ length: n }, () => x);
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

describe('simulation steps: the steady path\'s sums', () => {
  it('adds a host\'s own app, written after a container, to the host\'s sums only: the container wants its apps\' 1 core at every step, the host 3', () => {
    // c's apps want 50 % of 1 core each, 0.5 + 0.5 = 1 core; the host's own app x wants 100 % of
    // 2 cores. The host's guests ask 1 + 2 = 3 of its 4 cores, so each gets what it asks. x comes
    // after c's apps in the file, so it is the last app whose numbers are added up in a block.
    const text = 'hardware h {\n  cpu 4 cores; memory 16 GiB\n  os linux "Debian 12" {\n    runtime docker {\n      container c { cpu 4; memory 1 GiB; app c1 { cpu 1; load constant 50% }; app c2 { cpu 1; load constant 50% } }\n    }\n    app x { cpu 2; load constant 100% }\n  }\n}\nsimulate { duration 10 m; step 1 m; boot host 0 s; boot container 0 s }\n';
    const r = run(text);
    assert.deepEqual(r.series[entity(r, 'c')].demand, flat(10, 1));
    assert.deepEqual(r.series[entity(r, 'c')].granted, flat(10, 1));
    assert.deepEqual(r.series[entity(r, 'h')].demand, flat(10, 3));
  });
});

describe('simulation steps: the steady path\'s series points', () => {
  it('holds each of two containers that run nothing at its memory request (1 and 2 GiB) in every one of 360 points', () => {
    // A container whose apps declare no memory holds its request (docs/simulation.md, Memory);
    // these have no apps. An hour in 10 s steps is 360 one-step points, taken in blocks of 3.
    // a and b are the only entities that are not hosts, and the series keep their points of a
    // step side by side: b's point moves on by 2 a step, twice its place among them (1), which a
    // point worked out as base − place instead of base + place would take for no move at all,
    // piling each block's steps up in its first point.
    const text = dockerHost('    container a { cpu 1; memory 1 GiB }\n    container b { cpu 1; memory 2 GiB }', 'cpu 4 cores; memory 16 GiB', quick);
    const r = run(text);
    assert.deepEqual(r.series[entity(r, 'a')].memory, flat(360, 1024));
    assert.deepEqual(r.series[entity(r, 'b')].memory, flat(360, 2048));
  });

  it('records each of 200 one-minute steps of a container (1.5 cores) and its two apps (0.5 and 1 core) in a point of its own when a second, idle host is in the file', () => {
    // The apps want 50 % and 100 % of 1 core: 0.5 and 1, the container 1.5, all granted. 200
    // steps give progress calls every 2 steps and blocks of 2. The series keep two hosts' points
    // and three other entities' apart: step k's points start at 2k and 3k, so the hosts' of step
    // 3 start where the others' of step 2 do (6), which a point looked up among the hosts' would
    // take for no move at all.
    const text = 'hardware h1 {\n  cpu 4 cores; memory 16 GiB\n  os linux "Debian 12" {\n    runtime docker {\n      container x { cpu 2; memory 1 GiB; app p { cpu 1; load constant 50% }; app q { cpu 1; load constant 100% } }\n    }\n  }\n}\nhardware h2 {\n  cpu 4 cores; memory 16 GiB\n}\nsimulate { duration 200 m; step 1 m; boot host 0 s; boot container 0 s }\n';
    const r = run(text);
    assert.deepEqual(r.series[entity(r, 'x')].demand, flat(200, 1.5));
    assert.deepEqual(r.series[entity(r, 'p')].demand, flat(200, 0.5));
    assert.deepEqual(r.series[entity(r, 'q')].demand, flat(200, 1));
  });
});

describe('simulation steps: children that ask exactly what there is', () => {
  // Two apps ask 87 % of 0.375 core and 77 % of 0.875 core: 0.32625 + 0.67375 = 1 core. With
  // exactly enough for both, each gets all it asks (docs/simulation.md, CPU: a child gets what
  // it asks if that is below its fair share). 0.32625 sits on a tie of the results' four
  // decimals and shows as 0.3263, so a grant even a hair below it would show as 0.3262.
  const apps = 'app x { cpu 0.375; load constant 87% }; app y { cpu 0.875; load constant 77% }';

  it('grants two apps that ask exactly their host\'s 1 core between them all they ask at every step: 0.3263 and 0.6738 core', () => {
    const r = run(`hardware h {\n  cpu 1 core; memory 8 GiB\n  os linux "Debian 12" { ${apps} }\n}\nsimulate { duration 10 m; step 1 m; boot host 0 s }\n`);
    assert.deepEqual(r.series[entity(r, 'x')].granted, flat(10, 0.3263));
    assert.deepEqual(r.series[entity(r, 'y')].granted, flat(10, 0.6738));
  });

  it('grants two apps that ask exactly their container\'s 1-core limit between them all they ask at every step: 0.3263 and 0.6738 core', () => {
    // The container wants and asks 1 core, its limit, which the 4-core host grants.
    const r = run(dockerHost(`    container c { cpu 1; memory 1 GiB; ${apps} }`, 'cpu 4 cores; memory 8 GiB', 'duration 10 m; step 1 m; boot host 0 s; boot container 0 s'));
    assert.deepEqual(r.series[entity(r, 'c')].granted, flat(10, 1));
    assert.deepEqual(r.series[entity(r, 'x')].granted, flat(10, 0.3263));
    assert.deepEqual(r.series[entity(r, 'y')].granted, flat(10, 0.6738));
  });
});

describe('simulation steps: a host of more entities than a block holds', () => {
  it('has each app of a host of 2,100 containers with one app each (4,201 entities) want 0.005 core and hold nothing at every step', () => {
    // Each app wants 50 % of 0.01 core = 0.005 and declares no memory. The steady path keeps at
    // most 4,096 entities of a host in a block; a bigger host must take the general path.
    const containers = Array.from({ length: 2100 }, (_, i) => `    container c${i} { cpu 0.01; memory 1 MiB; app a${i} { cpu 0.01; load constant 50% } }`).join('\n');
    const r = run(dockerHost(containers, 'cpu 64 cores; memory 64 GiB', 'duration 10 m; step 1 m; boot host 0 s; boot container 0 s'));
    const apps = r.entities.flatMap((e, i) => (e.kind === 'app' ? [i] : []));
    assert.equal(apps.length, 2100);
    const demands = new Set(apps.flatMap((i) => r.series[i].demand));
    const memory = new Set(apps.flatMap((i) => r.series[i].memory));
    assert.deepEqual([...demands], [0.005]);
    assert.deepEqual([...memory], [0]);
  });
});
