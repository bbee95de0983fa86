// The recovery model's inputs (recoveryInput.ts) and the failures setting (recoverySetting.ts),
// rule by rule (docs/simulation.md, "Disaster recovery"; docs/language.md, "Layers" and
// "Simulation settings"). Every expected value is read off the rule: a host takes restarted VMs
// when a type-1 hypervisor runs on it and rescheduled containers when a runtime runs on its OS;
// the placement counts a host's installed memory, a VM's memory, a container's request and an
// app's peak; HA restarts only VMs of a type-1 hypervisor; an entry of the setting is a `fail`
// line's words, and fails no host that is still down over [at, recover).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analyze';
import type { HostFailure } from '../../src/core/model/types';
import { usedSettings } from '../../src/core/simulation/options';
import { buildPlan } from '../../src/core/simulation/plan';
import { clustersOf, hostAbilities, rebuildPoolsOf, recoveryInput } from '../../src/core/simulation/recoveryInput';
import { type SettingFailures, settingFailures } from '../../src/core/simulation/recoverySetting';

const GiB = 1024;
const HOUR = 3600;

/** The plan, settings and model of a text, as `simulate` makes them. */
function planOf(text: string) {
  const { model } = analyze(text);
  const settings = usedSettings(model.simulation);
  return { model, settings, plan: buildPlan(model, settings) };
}

// One host of each kind a cluster may hold, every one valid (docs/language.md, "Layers").
const KINDS = [
  'hardware esx { cpu 16; memory 64 GiB; hypervisor esxi { vm a { vcpu 2; memory 8 GiB; os linux "A" } } }',
  'hardware ct { cpu 16; memory 64 GiB; os linux "B" { runtime containerd { container c { cpu 0.5..1; memory 256 MiB..1 GiB } }; app agent { memory 512 MiB..2 GiB } } }',
  'hardware k8s { cpu 16; memory 64 GiB; os linux "B" { runtime containerd { } } }',
  'hardware bm { cpu 8; memory 32 GiB; os linux "C" { app web { memory 1 GiB..3 GiB } } }',
  'hardware plain { cpu 4; memory 8 GiB; os linux "D" }',
  'hardware bare { cpu 4; memory 8 GiB }',
  'hardware laptop { cpu 8; memory 32 GiB; os windows "Windows 11" { hypervisor virtualbox { vm dev { vcpu 2; memory 4 GiB; os linux "Debian 12" } } } }',
].join('\n') + '\n';

describe('recovery input: what a host can take', () => {
  // Worked out in each test, not once for the block: mutation testing (docs/testing.md, "The
  // judges") runs a test against each mutant of the code it runs, and code run while the block is
  // declared belongs to no test.
  const abilities = (name: string) => {
    const { model, plan } = planOf(KINDS);
    const runs = hostAbilities(plan, model.hosts);
    const id = plan.info.findIndex((e) => e.name === name);
    return [runs(id, 'vm'), runs(id, 'container')];
  };

  it('the file of one host of each kind has no errors', () => {
    assert.deepEqual(analyze(KINDS).diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), []);
  });

  it('a host with a type-1 hypervisor takes VMs and no containers', () => {
    assert.deepEqual(abilities('esx'), [true, false]);
  });

  it('a host whose OS runs a runtime takes containers and no VMs, whether the OS also runs an app or only the runtime', () => {
    assert.deepEqual(abilities('ct'), [false, true]);
    assert.deepEqual(abilities('k8s'), [false, true]);
  });

  it('a host whose OS runs only apps, an OS with nothing on it, and hardware with nothing on it take neither', () => {
    assert.deepEqual(abilities('bm'), [false, false]);
    assert.deepEqual(abilities('plain'), [false, false]);
    assert.deepEqual(abilities('bare'), [false, false]);
  });

  it('a host OS with a type-2 hypervisor takes neither VMs (HA needs a type-1 hypervisor) nor containers', () => {
    assert.deepEqual(abilities('laptop'), [false, false]);
  });

  it('an entity that is not a host (a VM, an app) takes nothing', () => {
    assert.deepEqual(abilities('a'), [false, false]);
    assert.deepEqual(abilities('web'), [false, false]);
  });

  it('counts only a type-1 hypervisor and only a runtime on the OS, even in a file the checks refuse', () => {
    // VS201: VirtualBox (type 2) written straight in the hardware is still no type-1 hypervisor.
    // VS205: a runtime written in the hypervisor instead of an OS gives the host no containers.
    const wrong = 'hardware h2 { cpu 4; memory 8 GiB; hypervisor virtualbox { vm v { vcpu 1; memory 1 GiB } } }\n'
      + 'hardware h3 { cpu 4; memory 8 GiB; hypervisor esxi { runtime containerd { } } }\n';
    const bad = planOf(wrong);
    assert.deepEqual(analyze(wrong).diagnostics.map((d) => d.code), ['VS201', 'VS205']);
    assert.equal(bad.model.hosts[0].children[0].hypervisorType, 2);
    assert.equal(bad.model.hosts[1].children[0].children[0].kind, 'runtime');
    const can = hostAbilities(bad.plan, bad.model.hosts);
    const at = (name: string) => bad.plan.info.findIndex((e) => e.name === name);
    assert.deepEqual([can(at('h2'), 'vm'), can(at('h3'), 'container')], [false, false]);
  });
});

describe('recovery input: the entities and failures', () => {
  // Worked out in each test (see the block above).
  const inputOf = () => {
    const { model, plan, settings } = planOf(KINDS);
    const failures: HostFailure[] = [{ host: { name: 'nowhere' }, at: HOUR } as HostFailure, { host: { name: 'esx' }, at: 2 * HOUR, recover: 3 * HOUR } as HostFailure];
    return { plan, input: recoveryInput(plan, settings, failures, 100, model.clusters, model.hosts) };
  };
  const entity = (name: string) => inputOf().input.entities.find((e) => e.name === name)!;

  it('counts the memory the placement counts: a host its installed memory, a VM its memory, a container its request, an app its peak', () => {
    // The RecoveryEntity rule: a VM's memory is what the file gives it (no hypervisor overhead),
    // a container's its request (the lower bound), an app's its peak working set (the upper bound).
    assert.deepEqual(['esx', 'a', 'c', 'agent', 'web'].map((n) => entity(n).memory), [64 * GiB, 8 * GiB, 256, 2 * GiB, 3 * GiB]);
  });

  it('gives HA only to VMs of a type-1 hypervisor: not to a VM of VirtualBox, nor to hosts, containers and apps', () => {
    assert.deepEqual(['a', 'dev', 'esx', 'c', 'agent'].map((n) => entity(n).ha), [true, false, false, false, false]);
  });

  it('maps a failure of a name that is no host of the plan to no entity, and a host\'s failure to that host', () => {
    const { plan, input } = inputOf();
    assert.equal(input.entities[input.failures[0].host], undefined);
    assert.deepEqual(input.failures[1], { host: plan.info.findIndex((e) => e.name === 'esx'), at: 2 * HOUR, recover: 3 * HOUR });
  });
});

describe('recovery input: clusters', () => {
  it('leaves a name of a cluster that is no host of the plan out of the cluster', () => {
    const info = ['h0', 'h1'].map((name) => ({ name }));
    const of = clustersOf({ hosts: [0, 1], info } as never, [{ hosts: [{ name: 'h1' }, { name: 'ghost' }], tolerate: { value: 1 } }] as never);
    assert.deepEqual(of(1), { hosts: [1], tolerate: 1 });
  });
});

describe('recovery input: the pools a host failure touches', () => {
  it('takes the distributed and local pools, not an external array (examples/storage.virt: vsan1, objects, tank; not nas1)', () => {
    const { model, plan } = planOf(readFileSync('examples/storage.virt', 'utf8'));
    assert.deepEqual(model.pools.map((p) => p.name).sort(), ['nas1', 'objects', 'tank', 'vsan1']);
    assert.deepEqual(rebuildPoolsOf(plan, model.pools).map((p) => [p.name, p.placement]), [['vsan1', 'distributed'], ['objects', 'distributed'], ['tank', 'local']]);
  });

  it('leaves out a distributed pool that no host\'s disk builds (its `capacity` given instead): no host failure touches it', () => {
    const text = 'cluster k {\n  hardware n1 { cpu 4; memory 8 GiB; os linux "U" { runtime containerd { } } }\n'
      + '  hardware n2 { cpu 4; memory 8 GiB; os linux "U" { runtime containerd { } } }\n  storage ceph as objects { capacity 10 TiB; replicas 2 }\n}\n';
    assert.deepEqual(analyze(text).diagnostics.map((d) => d.code), []);
    const { model, plan } = planOf(text);
    assert.deepEqual(rebuildPoolsOf(plan, model.pools), []);
  });
});

describe('failures from the settings: reading an entry', () => {
  const text = 'simulate { duration 24 h }\nhardware esx1 { cpu 4; memory 8 GiB }\nhardware esx2 { cpu 4; memory 8 GiB }\n';
  const model = analyze(text).model;
  const read = (entries: string[], m = model): SettingFailures => settingFailures(entries, m, 24 * HOUR);
  const accepted = (s: SettingFailures) => ('failures' in s ? s.failures.map((f) => [f.host.name, f.at, f.recover]) : s.problem.message);
  const refusedAs = (s: SettingFailures) => ('problem' in s ? s.problem.text.id : 'accepted');

  it('reads an entry as the line would, whatever blanks surround it or separate its words, with or without the keyword', () => {
    assert.deepEqual(accepted(read(['  fail esx1 at 2 h  '])), [['esx1', 2 * HOUR, undefined]]);
    assert.deepEqual(accepted(read(['fail  esx1 at 2 h'])), [['esx1', 2 * HOUR, undefined]]);
    assert.deepEqual(accepted(read(['fail esx1  at 2 h'])), [['esx1', 2 * HOUR, undefined]]);
  });

  it('takes `fail` as the keyword only as the first word: "webfail x at 1 h" is a line with two words before `at`, which cannot be read', () => {
    // Were "fail " dropped inside the entry, it would read as a failure of a host "webx".
    assert.equal(refusedAs(read(['webfail x at 1 h'])), 'simulation.setting.badFailureBecause');
  });

  it('refuses an empty entry and one that would end the line without quoting a finding of the `fail` line: there is no line to read', () => {
    for (const entry of ['', 'esx1 at 1 h; duration 1 h']) {
      const s = read([entry]);
      assert.ok('problem' in s);
      assert.equal(s.problem.text.id, 'simulation.setting.badFailure');
      assert.deepEqual(s.problem.text.args, [entry]);
      // It ends with the example, with nothing after it (no empty slot for a finding).
      assert.match(s.problem.message, /such as "esx1 at 6 h recover at 8 h"\.$/);
    }
  });
});

describe('failures from the settings: a host still down', () => {
  const text = (fail = '') => `simulate {\n  duration 24 h\n${fail}}\nhardware esx1 { cpu 4; memory 8 GiB }\n`;
  const read = (entries: string[], fail = ''): string => {
    const s = settingFailures(entries, analyze(text(fail)).model, 24 * HOUR);
    return 'failures' in s ? `accepted ${s.failures.length}` : s.problem.text.id;
  };

  it('accepts a failure after the host was repaired, in either order of the entries, and one exactly when it is repaired: down over [at, recover)', () => {
    assert.equal(read(['esx1 at 1 h recover at 2 h', 'esx1 at 3 h']), 'accepted 2');
    assert.equal(read(['esx1 at 1 h recover at 2 h', 'esx1 at 2 h']), 'accepted 2');
    assert.equal(read(['esx1 at 3 h', 'esx1 at 1 h recover at 2 h']), 'accepted 2');
  });

  it('refuses a failure while the host is down from one with a later repair', () => {
    assert.equal(read(['esx1 at 1 h recover at 3 h', 'esx1 at 2 h']), 'simulation.setting.failureOverlap');
    assert.equal(read(['esx1 at 1 h'], '  fail esx1 at 30 m recover at 90 m\n'), 'simulation.setting.failureOverlap');
  });

  it('ignores for overlaps a failure at or after the end of the run, which changes nothing: at 24 h of a 24 h run, and at 25 h, but not at 23 h', () => {
    // The file's failure at 1 h is never repaired, so any failure of esx1 within the run would overlap it.
    assert.equal(read(['esx1 at 24 h'], '  fail esx1 at 1 h\n'), 'accepted 1');
    assert.equal(read(['esx1 at 25 h'], '  fail esx1 at 1 h\n'), 'accepted 1');
    assert.equal(read(['esx1 at 23 h'], '  fail esx1 at 1 h\n'), 'simulation.setting.failureOverlap');
  });

  it('counts a failure repaired when it fails (VS802 in the file) as down over no time: one of the setting at that time does not overlap it', () => {
    assert.deepEqual(analyze(text('  fail esx1 at 1 h recover at 1 h\n')).diagnostics.map((d) => d.code), ['VS802']);
    assert.equal(read(['esx1 at 1 h recover at 2 h'], '  fail esx1 at 1 h recover at 1 h\n'), 'accepted 1');
  });
});

describe('failures from the settings: a value that is not a list', () => {
  const model = analyze('hardware esx1 { cpu 4; memory 8 GiB }\n').model;
  const message = (value: unknown) => {
    const s = settingFailures(value, model, 24 * HOUR);
    return 'problem' in s ? s.problem.message : '';
  };

  it('shows a value of up to 80 characters whole and cuts a longer one to 80 and an ellipsis', () => {
    // JSON of a string of 78 x's is 80 characters with its quotes; of 79 x's, 81.
    assert.ok(message('x'.repeat(78)).endsWith(` not "${'x'.repeat(78)}".`));
    assert.ok(message('x'.repeat(79)).endsWith(` not "${'x'.repeat(79)}….`));
  });
});
