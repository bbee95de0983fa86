import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { complete } from '../../../src/core/services/completion/completion';
import { applyEdits } from '../../../src/core/services/textEdits';
import { cursor } from './cursor';
import { ENGLISH, l10nOf } from '../bundles';

/** Labels offered at the `|` of a text. */
function labels(marked: string, trigger?: string): string[] {
  const { text, offset, analysis } = cursor(marked);
  return complete(analysis, text, offset, { l10n: ENGLISH, triggerCharacter: trigger }).items.map((i) => i.label);
}

function item(marked: string, label: string, locale: 'en' | 'ko' = 'en') {
  const { text, offset, analysis } = cursor(marked);
  const result = complete(analysis, text, offset, { l10n: l10nOf(locale) });
  const found = result.items.find((i) => i.label === label);
  assert.ok(found, `no '${label}' among ${result.items.map((i) => i.label).join(', ')}`);
  return { item: found, replace: result.replace, text };
}

describe('completion', () => {
  it('offers the top-level statements, a hardware snippet, the three whole stacks while there is no stack line, and no stack title twice', () => {
    assert.deepEqual(labels('|'), ['stack', 'simulate', 'hardware', 'hardware { … }', 'stack: host-OS virtualization', 'stack: hypervisor virtualization', 'stack: container virtualization']);
    assert.deepEqual(labels('stack "x"\n|'), ['simulate', 'hardware', 'hardware { … }']);
  });

  it('under bare hardware: its properties, a type-1 hypervisor and a host OS', () => {
    const got = labels('hardware h {\n  |\n}\n');
    assert.deepEqual(got.filter((l) => !l.includes('{')), ['cpu', 'memory', 'disk', 'network', 'reserve', 'power', 'boot', 'hypervisor', 'os']);
    assert.equal(item('hardware h {\n  |\n}\n', 'hypervisor').item.detail, 'type-1 hypervisor: runs on the hardware');
    assert.ok(!got.includes('vm') && !got.includes('app') && !got.includes('vcpu'));
  });

  it('leaves out properties already set and the OS a hypervisor already owns the hardware against', () => {
    const got = labels('hardware h {\n  cpu 4 cores\n  hypervisor kvm { }\n  |\n}\n');
    assert.ok(!got.includes('cpu') && got.includes('memory'));
    assert.ok(got.includes('hypervisor') && !got.includes('os'));
  });

  it('after an OS line the rest of the machine runs on it: type-2 hypervisors, runtimes, middleware, apps, jobs', () => {
    const got = labels('hardware h {\n  cpu 4 cores\n  os linux\n  |\n}\n').filter((l) => !l.includes('{'));
    assert.deepEqual(got.filter((l) => !['memory', 'disk', 'network', 'reserve', 'power', 'boot'].includes(l)), ['hypervisor', 'runtime', 'middleware', 'app', 'job']);
    assert.equal(item('hardware h {\n  os linux\n  |\n}\n', 'hypervisor').item.detail, 'type-2 hypervisor: a program of this OS');
  });

  it('in a VM: its properties, a guest OS and a nested hypervisor; under a hypervisor VMs and desktop pools', () => {
    const vm = labels('hardware h { hypervisor kvm { vm a {\n  |\n} } }\n');
    assert.deepEqual(vm.filter((l) => !l.includes('{')), ['vcpu', 'memory', 'disk', 'network', 'tenant', 'boot', 'depends', 'os', 'hypervisor']);
    assert.deepEqual(labels('hardware h { hypervisor kvm {\n  |\n} }\n'), ['type', 'vm', 'vm { … }', 'desktops', 'desktops { … }']);
    assert.deepEqual(labels('hardware h { os linux { runtime docker {\n  |\n} } }\n'), ['container', 'container { … }']);
  });

  it('offers type-1 products on hardware and type-2 products that run on the host kernel on an OS', () => {
    assert.deepEqual(labels('hardware h {\n  hypervisor |\n}\n'), ['kvm', 'hyper-v', 'esxi', 'xen', 'proxmox']);
    assert.deepEqual(labels('hardware h { os macos {\n  hypervisor |\n} }\n'), ['virtualbox', 'vmware-fusion', 'parallels', 'qemu']);
    assert.deepEqual(labels('hardware h { os bsd {\n  hypervisor |\n} }\n'), ['qemu', 'bhyve']);
    const kvm = item('hardware h {\n  hypervisor |\n}\n', 'kvm').item;
    assert.equal(kvm.detail, 'KVM · type 1 (bare metal)');
    assert.match(kvm.documentation!, /Linux kernel itself acts as the hypervisor/);
    const vbox = item('hardware h { os windows {\n  hypervisor |\n} }\n', 'virtualbox', 'ko').item;
    assert.equal(vbox.detail, 'Oracle VirtualBox · 유형 2 (호스티드) · 호스트: Windows, Linux, macOS 또는 Solaris');
  });

  it('filters runtimes by the host kernel and replaces the word being typed', () => {
    assert.deepEqual(labels('hardware h { os bsd {\n  runtime |\n} }\n'), ['jail']);
    const { replace, text } = item('hardware h { os linux {\n  runtime pod|\n} }\n', 'podman');
    assert.equal(text.slice(replace.start, replace.end), 'pod');
  });

  it("in a container, the OS can only be its host's kernel", () => {
    assert.deepEqual(labels('hardware h { os windows { runtime docker { container c { os | } } } }\n'), ['windows']);
    assert.deepEqual(labels('hardware h { os linux { runtime kata { container c { os | } } } }\n'), ['linux']);
    assert.deepEqual(labels('hardware h { hypervisor kvm { vm v { os | } } }\n'), ['linux', 'windows', 'bsd', 'macos', 'solaris']);
  });

  it('offers the declared names after depends, but not the layer itself or names already listed', () => {
    const got = labels('hardware h { os linux {\n  app a\n  app b\n  app c { depends a, | }\n} }\n');
    assert.deepEqual(got, ['h', 'b']);
    assert.equal(item('hardware h { os linux { app a; app c { depends | } } }\n', 'a').item.detail, 'app on h');
  });

  it('offers the units of the dimension a property measures, a space before a unit typed against the number', () => {
    assert.deepEqual(labels('hardware h {\n  memory 16 |\n}\n', ' ').slice(0, 3), ['GiB', 'MiB', 'TiB']);
    assert.deepEqual(labels('hardware h {\n  network 10 |\n}\n'), ['Gbps', 'Mbps', 'Tbps', 'Kbps']);
    assert.deepEqual(labels('hardware h { os linux { job j { work 2 | } } }\n'), ['core-h', 'core-m', 'core-s']);
    assert.deepEqual(labels('hardware h { hypervisor kvm { vm a { vcpu 4 | } } }\n'), []);
    const glued = item('hardware h {\n  memory 16G|\n}\n', 'GiB');
    assert.equal(applyEdits(glued.text, [{ ...glued.replace, newText: glued.item.insertText }]), 'hardware h {\n  memory 16 GiB\n}\n');
  });

  it('offers load profiles as snippets and then the options of the chosen profile', () => {
    assert.deepEqual(labels('hardware h { os linux { app a { load | } } }\n'), ['constant', 'daily', 'spikes', 'random']);
    assert.deepEqual(labels('hardware h { os linux { app a { load daily 20%..90% | } } }\n'), ['peak']);
    assert.deepEqual(labels('hardware h { os linux { app a { load spikes 10%..90% every 2 h | } } }\n'), ['for']);
  });

  // Disaster recovery: `fail HOST at TIME [recover at TIME]`, hosts declared anywhere in the file.
  it('after fail: the file\'s hosts (not its VMs), then at, a duration unit, recover and at', () => {
    const file = (line: string) => `simulate {\n  ${line}\n}\nhardware esx1 { cpu 4; memory 8 GiB; hypervisor kvm { vm web { vcpu 1; memory 1 GiB } } }\nhardware esx2 { cpu 4; memory 8 GiB }\n`;
    assert.deepEqual(labels(file('fail |')), ['esx1', 'esx2']);
    assert.deepEqual(labels(file('fail esx1 |')), ['at']);
    assert.ok(labels(file('fail esx1 at 6 |')).includes('h'));
    assert.deepEqual(labels(file('fail esx1 at 6 h |')), ['recover']);
    assert.deepEqual(labels(file('fail esx1 at 6 h recover |')), ['at']);
    assert.deepEqual(labels(file('fail esx1 at 6 h recover at 8 h |')), []);
  });

  it('offers the settings of a simulate block and their words', () => {
    assert.deepEqual(labels('simulate {\n  duration 2 h\n  |\n}\n'), ['step', 'seed', 'overcommit', 'boot']);
    assert.deepEqual(labels('simulate {\n  boot |\n}\n'), ['vm', 'container', 'microvm', 'host']);
    assert.deepEqual(labels('simulate {\n  overcommit cpu 4.0 |\n}\n'), ['memory']);
  });

  it('offers nothing in comments, strings, names, or for a space typed as indentation', () => {
    assert.deepEqual(labels('hardware h { # hyper|\n}\n'), []);
    assert.deepEqual(labels('hardware h { os linux "Ubu|\n}\n'), []);
    assert.deepEqual(labels('hardware h { hypervisor kvm { vm we| } }\n'), []);
    assert.deepEqual(labels('hardware h {\n |\n}\n', ' '), []);
  });

  it('gives snippets unique names and fitting choices, and accepting one as offered checks clean', () => {
    const marked = 'hardware vm1 {\n  cpu 8 cores; memory 32 GiB\n  hypervisor kvm {\n    vm vm2 { vcpu 2; memory 4 GiB; os linux "A" }\n    |\n  }\n}\n';
    const { item: vm, replace, text } = item(marked, 'vm { … }');
    assert.match(vm.insertText, /^vm \$\{1:vm3\}/);
    // Expand the snippet with its defaults: first choice, else the placeholder's text.
    const expanded = vm.insertText.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$0/g, '').replace(/\t/g, '  ');
    const after = applyEdits(text, [{ ...replace, newText: expanded }]);
    assert.deepEqual(analyze(after).diagnostics.map((d) => d.code), []);
  });

  it('writes details in Korean when asked', () => {
    assert.equal(item('hardware h {\n  |\n}\n', 'os', 'ko').item.detail, '호스트 OS: 하드웨어를 차지');
    assert.match(item('hardware h {\n  |\n}\n', 'cpu', 'ko').item.detail!, /^속성 · 머신의 물리 CPU 코어 수입니다/);
  });
});
