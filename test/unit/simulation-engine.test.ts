import * as assert from 'node:assert/strict';
import { vmMemoryOverhead } from '../../src/core/simulation/formulas';
import { dockerHost, entity, kvmHost, round, run, vm } from './simulation-helpers';

const quick = 'duration 1 h; step 1 m; boot host 0 s; boot vm 0 s; boot container 0 s';

describe('simulation: CPU', () => {
  it('splits a saturated host between two equal VMs and reports their ready time', () => {
    const r = run(kvmHost([vm('a', 4, 4, 'load constant 100%'), vm('b', 4, 4, 'load constant 100%')].join('\n'), 'cpu 4 cores; memory 64 GiB', quick));
    const [a, b, h] = [entity(r, 'a'), entity(r, 'b'), entity(r, 'h')];
    assert.equal(r.stats[a].meanGranted, 2);
    assert.equal(r.stats[b].meanGranted, 2);
    assert.equal(r.stats[a].shortPct, 50);
    assert.equal(r.summary.readyPct, 50);
    assert.equal(r.stats[h].peakUtilization, 1);
    assert.ok(r.events.some((e) => e.kind === 'cpu-saturated' && e.entity === h));
    // The apps inside get 98 % of the granted cores as useful work (type-1 overhead).
    assert.equal(r.stats[entity(r, 'a-app')].meanGranted, 1.96);
  });

  it('shares in proportion to vCPUs when both want everything', () => {
    const vms = [vm('small', 2, 4, 'load constant 100%'), vm('mid', 6, 4, 'load constant 100%'), vm('big', 8, 4, 'load constant 100%')];
    const r = run(kvmHost(vms.join('\n'), 'cpu 8 cores; memory 64 GiB', quick));
    assert.equal(r.stats[entity(r, 'small')].meanGranted, 1);
    assert.equal(r.stats[entity(r, 'mid')].meanGranted, 3);
    assert.equal(r.stats[entity(r, 'big')].meanGranted, 4);
  });

  it('gives a VM that wants little all it wants, and the rest to the busy one', () => {
    const vms = [vm('quiet', 4, 4, 'cpu 0.49; load constant 100%'), vm('busy', 8, 4, 'load constant 100%'), vm('busier', 8, 4, 'load constant 100%')];
    const r = run(kvmHost(vms.join('\n'), 'cpu 8 cores; memory 64 GiB', quick));
    assert.equal(r.stats[entity(r, 'quiet')].meanGranted, 0.5);
    assert.equal(r.stats[entity(r, 'quiet')].shortPct, 0);
    assert.equal(r.stats[entity(r, 'busy')].meanGranted, 3.75);
    assert.equal(r.stats[entity(r, 'busier')].meanGranted, 3.75);
  });

  it('charges type-2 hypervisors more than type 1 (0.90 against 0.98)', () => {
    const hosted = run(`hardware h {\n  cpu 8 cores; memory 32 GiB\n  os linux "Debian 12"\n  hypervisor virtualbox {\n${vm('v', 4, 4, 'cpu 1; load constant 100%')}\n  }\n}\nsimulate { ${quick} }\n`);
    const bare = run(kvmHost(vm('v', 4, 4, 'cpu 1; load constant 100%'), undefined, quick));
    assert.equal(round(hosted.stats[entity(hosted, 'v')].meanGranted, 4), round(1 / 0.9, 4));
    assert.equal(round(bare.stats[entity(bare, 'v')].meanGranted, 4), round(1 / 0.98, 4));
  });

  it('shares a short host between containers by their CPU requests, not their limits: 0.25 and 0.75 of 2 cores get 0.5 and 1.5', () => {
    // Both limits are 2 and both apps want all of them (an app's cpu defaults to its container's
    // limit), so the 2 cores are asked for 4. docs/simulation.md: a container's weight is its CPU
    // request, and max-min fairness gives each 2 × request / (0.25 + 0.75) when neither asks less:
    // 2 × 0.25 = 0.5 and 2 × 0.75 = 1.5. Weighted by the equal limits it would be 1 and 1.
    const containers = ['small', 'large'].map((n, i) => `    container ${n} { cpu ${i === 0 ? 0.25 : 0.75}..2; memory 1 GiB; app ${n}-app { load constant 100% } }`);
    const r = run(dockerHost(containers.join('\n'), 'cpu 2 cores; memory 32 GiB', quick));
    assert.equal(r.stats[entity(r, 'small')].meanDemand, 2);
    assert.equal(r.stats[entity(r, 'small')].meanGranted, 0.5);
    assert.equal(r.stats[entity(r, 'large')].meanGranted, 1.5);
  });

  // docs/simulation.md: containers on a shared kernel 1.00, Kata 0.98, gVisor 0.95 of a granted core.
  const sandboxed = (runtime: string, limit: number): string =>
    `hardware h {\n  cpu 8 cores; memory 32 GiB\n  os linux "Debian 12"\n  runtime ${runtime} {\n    container c { cpu ${limit}; memory 1 GiB; app a { cpu 1; load constant 100% } }\n  }\n}\nsimulate { ${quick} }\n`;

  it('charges a gVisor container 0.95: an app wanting 1 core makes it ask 1 / 0.95 = 1.0526 cores', () => {
    const r = run(sandboxed('gvisor', 2));
    assert.equal(r.stats[entity(r, 'c')].meanGranted, round(1 / 0.95, 4));
    assert.equal(r.stats[entity(r, 'a')].meanGranted, 1);
  });

  it('gives the app in a gVisor container capped at 1 core 0.95 of it as useful work', () => {
    // The container wants 1 / 0.95 but its limit grants 1, of which 0.95 reaches the app.
    const r = run(sandboxed('gvisor', 1));
    assert.equal(r.stats[entity(r, 'c')].meanGranted, 1);
    assert.equal(r.stats[entity(r, 'a')].meanGranted, 0.95);
  });

  it('charges a Kata container 0.98 and a Docker container nothing: 1 / 0.98 = 1.0204 and 1 core for 1 wanted', () => {
    const kata = run(sandboxed('kata', 2));
    const docker = run(sandboxed('docker', 2));
    assert.equal(kata.stats[entity(kata, 'c')].meanGranted, round(1 / 0.98, 4));
    assert.equal(docker.stats[entity(docker, 'c')].meanGranted, 1);
  });

  it('caps a VM at its vCPUs: what its apps want beyond that is unmet demand, not ready time', () => {
    const r = run(kvmHost(vm('v', 2, 4, 'cpu 4; load constant 100%'), undefined, quick));
    const v = entity(r, 'v');
    assert.equal(r.stats[v].meanGranted, 2);
    assert.equal(r.stats[v].shortPct, 0);
    assert.ok(r.summary.unmetPct > 50);
  });

  it('finishes a batch job later when another job shares the cores', () => {
    const jobs = (n: number): string => Array.from({ length: n }, (_, i) => `job j${i} { cpu 2; work 2 core-h }`).join('\n    ');
    const text = (n: number): string => `hardware h {\n  cpu 2 cores; memory 8 GiB\n  os linux "Debian 12" {\n    ${jobs(n)}\n  }\n}\nsimulate { duration 4 h; step 1 m; boot host 0 s }\n`;
    const alone = run(text(1));
    const shared = run(text(2));
    assert.equal(alone.stats[entity(alone, 'j0')].finishedAt, 3600);
    assert.equal(shared.stats[entity(shared, 'j0')].finishedAt, 7200);
    assert.equal(shared.stats[entity(shared, 'j1')].finishedAt, 7200);
    assert.ok(shared.events.some((e) => e.kind === 'job-finished' && e.t === 7200));
  });

  it('starts a job that depends on another when that one has finished, and reports one that cannot finish', () => {
    const r = run(`hardware h {\n  cpu 4 cores; memory 8 GiB\n  os linux "Debian 12" {\n    job first { cpu 2; work 1 core-h; start 00:30 }\n    job second { cpu 4; work 100 core-h; depends first }\n  }\n}\nsimulate { duration 3 h; step 1 m; boot host 0 s }\n`);
    assert.equal(r.stats[entity(r, 'first')].finishedAt, 1800 + 1800);
    assert.equal(r.stats[entity(r, 'second')].startedAt, 3600);
    assert.equal(r.stats[entity(r, 'second')].finishedAt, null);
    assert.ok(r.events.some((e) => e.kind === 'job-unfinished' && e.entity === entity(r, 'second')));
  });
});

describe('simulation: time steps', () => {
  it('counts a last step shorter than the others for its share only', () => {
    const r = run(dockerHost('    container c { cpu 1; memory 1 GiB; app a { cpu 1; load constant 100% } }', undefined, 'duration 90 s; step 1 m; boot host 0 s; boot container 0 s'));
    const a = entity(r, 'a');
    assert.equal(r.settings.steps, 2);
    assert.deepEqual(r.series[a].demand, [1, 1]);
    assert.equal(r.stats[a].meanDemand, 1);
    assert.equal(r.stats[entity(r, 'h')].meanUtilization, 0.125);
  });
});

describe('simulation: memory', () => {
  it('degrades every guest when the VM overhead pushes committed memory over the ratio', () => {
    const job = 'job work { cpu 1; work 1 core-h }';
    const two = quick.replace('1 h', '2 h');
    const tight = run(kvmHost(`    vm v { vcpu 1; memory 16 GiB; os linux "Debian 12"; ${job} }`, 'cpu 4 cores; memory 16 GiB', two));
    const roomy = run(kvmHost(`    vm v { vcpu 1; memory 16 GiB; os linux "Debian 12"; ${job} }`, 'cpu 4 cores; memory 17 GiB', two));
    const committed = 16384 + vmMemoryOverhead(16384, 1);
    const factor = (16384 / committed) ** 2;
    const pressure = tight.events.find((e) => e.kind === 'memory-pressure');
    assert.ok(pressure, 'a memory-pressure event');
    assert.equal(pressure.value, round(factor, 4));
    assert.equal(tight.summary.memoryPressureSeconds, 7200);
    assert.equal(roomy.summary.memoryPressureSeconds, 0);
    const done = (r: typeof tight): number => r.stats[entity(r, 'work')].finishedAt ?? Infinity;
    assert.equal(done(roomy), round(3600 / 0.98, 4));
    assert.equal(round(done(tight), 3), round(3600 / 0.98 / factor, 3));
    // The host's memory series shows the VM's memory plus its overhead.
    assert.equal(tight.series[entity(tight, 'h')].memory[0], round(committed, 4));
  });

  it('follows an app working set with its load', () => {
    const r = run(dockerHost('    container c { cpu 1; memory 1 GiB..4 GiB; app a { memory 1 GiB..3 GiB; load spikes 0%..100% every 30 m for 15 m } }', undefined, quick));
    const a = entity(r, 'a');
    assert.equal(Math.max(...r.series[a].memory), 3072);
    assert.equal(Math.min(...r.series[a].memory), 1024);
  });
});

describe('simulation: start-up', () => {
  it('adds host boot, VM boot and dependencies, with defaults from the simulate block', () => {
    const vms = `${vm('db', 2, 4, 'load constant 10%')}\n    vm web { vcpu 2; memory 4 GiB; depends db; os linux "Debian 12"; app site { load constant 10% } }`;
    const r = run(kvmHost(vms, undefined, 'duration 1 h; step 1 m'));
    assert.equal(r.stats[entity(r, 'db')].startedAt, 90);
    assert.equal(r.stats[entity(r, 'web')].startedAt, 120);
    assert.equal(r.summary.startupSeconds, 120);
    const slower = run(kvmHost(vms, undefined, 'duration 1 h; step 1 m; boot vm 45 s; boot host 10 s'));
    assert.equal(slower.summary.startupSeconds, 100);
  });

  it('starts containers in 0.6 s and Firecracker microVMs in 0.125 s by default', () => {
    const ct = run(dockerHost('    container c { cpu 1; memory 1 GiB; app a { load constant 10% } }'));
    assert.equal(ct.summary.startupSeconds, 60.6);
    const fc = run(`hardware h {\n  cpu 8 cores; memory 32 GiB\n  os linux "Debian 12"\n  hypervisor firecracker {\n${vm('f', 1, 1, 'load constant 10%')}\n  }\n}\nsimulate { duration 1 h; step 1 m }\n`);
    assert.equal(fc.summary.startupSeconds, 60.125);
  });

  it('reports an app that never starts because it waits on a job that never ends', () => {
    const r = run(`hardware h {\n  cpu 2 cores; memory 8 GiB\n  os linux "Debian 12" {\n    job load-data { cpu 1; work 100 core-h }\n    app report { depends load-data; load constant 10% }\n  }\n}\nsimulate { duration 1 h; step 1 m }\n`);
    assert.equal(r.summary.startupSeconds, null);
    assert.ok(r.events.some((e) => e.kind === 'never-started' && e.entity === entity(r, 'report')));
  });
});

describe('simulation: load profiles', () => {
  it('averages spikes over a step longer than a spike', () => {
    const r = run(dockerHost('    container c { cpu 1; memory 1 GiB; app a { cpu 1; load spikes 0%..100% every 10 m for 1 m } }', undefined, 'duration 1 h; step 10 m; boot host 0 s; boot container 0 s'));
    assert.deepEqual(r.series[entity(r, 'a')].demand, [0.1, 0.1, 0.1, 0.1, 0.1, 0.1]);
  });

  it('peaks a daily profile at its peak hour and bottoms out twelve hours away', () => {
    const r = run(dockerHost('    container c { cpu 1; memory 1 GiB; app a { cpu 1; load daily 20%..80% peak 14:00 } }', undefined, 'duration 24 h; step 1 h; boot host 0 s; boot container 0 s'));
    const d = r.series[entity(r, 'a')].demand;
    // Sampled mid-step: 13:30 and 14:30 are the nearest to the peak, 01:30 and 02:30 to the trough.
    assert.equal(d.indexOf(Math.max(...d)), 13);
    assert.equal(d.indexOf(Math.min(...d)), 1);
    assert.ok(Math.max(...d) <= 0.8 && Math.min(...d) >= 0.2);
  });

  it('keeps a random walk between its levels, the same for the same seed and different for another', () => {
    const text = (seed: number): string => dockerHost('    container c { cpu 1; memory 1 GiB; app a { cpu 1; load random 20%..60% seed 5 } }', undefined, `duration 12 h; step 1 m; seed ${seed}`);
    const a = run(text(1)).series[2].demand;
    assert.ok(a.every((x, i) => i === 0 || (x >= 0.2 - 1e-9 && x <= 0.6 + 1e-9)));
    assert.deepEqual(run(text(1)).series[2].demand, a);
    assert.notDeepEqual(run(text(2)).series[2].demand, a);
  });
});
