import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { complete } from '../../../src/core/services/completion/completion';
import { hover } from '../../../src/core/services/hover/hover';
import { documentSymbols } from '../../../src/core/services/outline/outline';
import { ENGLISH, l10nOf } from '../bundles';
import { kvm, ovs, vm } from '../network-cases';
import { cursor, offsetOf } from './cursor';
import { titles } from './fixes';

// The editor features of network virtualization (VS6xx): completion where each network word may
// stand, hovers over switches, segments and NICs, and the keyword fixes of VS100 in network blocks
// (the fixes of VS601, VS607 and VS620 are in quickFixes.test.ts, which checks that each code has one).

function labels(marked: string): string[] {
  const { text, offset, analysis } = cursor(marked);
  return complete(analysis, text, offset, { l10n: ENGLISH }).items.map((i) => i.label);
}

function hoverAt(text: string, needle: string, delta = 1, locale: 'en' | 'ko' = 'en', nth = 0): string {
  const found = hover(analyze(text), text, offsetOf(text, needle, delta, nth), { l10n: l10nOf(locale) });
  assert.ok(found, `no hover at '${needle}'`);
  return found.markdown;
}

/** Two KVM hosts sharing the overlay `db`; fw1 on node1 joins `web` and `db`. */
const TWO_HOSTS =
  kvm(`${ovs('uplink 20 Gbps; segment web vlan 10; segment db vxlan 5002')}\n${vm('fw1', 'function firewall; nic web 10 Gbps; nic db 2 Gbps')}`) +
  kvm(`${ovs('segment db vxlan 5002')}\n${vm('db1', 'nic db 1 Gbps')}`, '10 Gbps').replace('hardware h', 'hardware h2');

describe('network completion', () => {
  it('offers `switch` in a hypervisor block once the file has a switch or the word is begun, and the products that run there', () => {
    assert.ok(!labels('hardware h { hypervisor kvm {\n  |\n} }\n').includes('switch'), 'a fresh line of a file without networking keeps its list');
    assert.ok(labels('hardware h { hypervisor kvm {\n  sw|\n} }\n').includes('switch'));
    assert.ok(labels(kvm(`${ovs('segment a')}\n    |`)).includes('switch'));
    // The catalogue: OVS and the Linux bridge run in KVM; vSphere switches and NSX in ESXi.
    assert.deepEqual(labels('hardware h { hypervisor kvm {\n  switch |\n} }\n'), ['linux-bridge', 'ovs']);
    assert.deepEqual(labels('hardware h { hypervisor esxi {\n  switch |\n} }\n'), ['vss', 'vds', 'nsx']);
    assert.deepEqual(labels('hardware h { os windows {\n  switch |\n} }\n'), ['hyperv-switch']);
  });

  it('offers `uplink` and `segment` in a switch block, and only the kinds its product carries after a segment name', () => {
    assert.deepEqual(labels('hardware h { hypervisor kvm { switch ovs {\n  |\n} } }\n'), ['uplink', 'segment']);
    assert.deepEqual(labels('hardware h { hypervisor kvm { switch ovs {\n  uplink 10 Gbps\n  |\n} } }\n'), ['segment']);
    assert.deepEqual(labels('hardware h { hypervisor kvm { switch ovs {\n  segment a |\n} } }\n'), ['vlan', 'vxlan', 'geneve']);
    assert.deepEqual(labels('hardware h { hypervisor esxi { switch vss {\n  segment a |\n} } }\n'), ['vlan']);
    assert.deepEqual(labels('hardware h { hypervisor kvm { switch ovs {\n  uplink 10 |\n} } }\n'), ['Gbps', 'Mbps', 'Tbps', 'Kbps']);
  });

  it('offers `nic` (again, as it may repeat) and `function` in a VM whose machine has a switch and not in one without, the segments of that machine after `nic`, the functions after `function`', () => {
    const inVm = labels(kvm(`${ovs('segment web; segment db')}\n    vm a { vcpu 1; memory 1 GiB; nic web\n  |\n }`));
    assert.ok(inVm.includes('nic') && inVm.includes('function'), inVm.join(', '));
    const noSwitch = labels(kvm('    vm a { vcpu 1; memory 1 GiB\n  |\n }'));
    assert.ok(!noSwitch.includes('nic') && !noSwitch.includes('function'), 'nothing to plug a NIC into');
    const other = kvm(ovs('segment elsewhere')).replace('hardware h', 'hardware h2');
    assert.deepEqual(labels(other + kvm(`${ovs('segment web; segment db')}\n    vm a { vcpu 1; memory 1 GiB; nic | }`)), ['web', 'db']);
    assert.deepEqual(labels(kvm(`${ovs('segment web')}\n    vm a { vcpu 1; memory 1 GiB; function | }`)), ['firewall', 'router', 'lb', 'nat', 'vpn', 'ids']);
  });
});

describe('network hover', () => {
  it('a switch: where it runs, its uplink, its segments and what its NICs ask for', () => {
    const md = hoverAt(TWO_HOSTS, 'switch', 1);
    assert.match(md, /Virtual switch `br0`\*\* · Open vSwitch/);
    assert.match(md, /Runs in:\*\* Hypervisor `KVM`/);
    assert.match(md, /Uplink:\*\* 20 Gbps/);
    assert.match(md, /`web` \(VLAN 10\), `db` \(VXLAN VNI 5002\)/);
    // fw1's 10 + 2 Gbps against the 20 Gbps uplink.
    assert.match(md, /NICs ask for:\*\* 12 Gbps \/ 20 Gbps/);
  });

  it('a switch without `uplink` shows the host\'s network as its uplink; its product word shows the catalogue entry', () => {
    assert.match(hoverAt(TWO_HOSTS, 'switch', 1, 'en', 1), /Uplink:\*\* 10 Gbps, the `network` of h2/);
    assert.match(hoverAt(TWO_HOSTS, 'ovs', 1), /Open vSwitch\*\* · virtual switch[\s\S]*Carries:\*\* VLAN, VXLAN, Geneve/);
  });

  it('a segment, from its declaration or a NIC: the hosts it spans, the NICs on it, and each host\'s demand against its uplink', () => {
    const fromNic = hoverAt(TWO_HOSTS, 'nic db', 5);
    const fromDecl = hoverAt(TWO_HOSTS, 'segment db', 9);
    assert.equal(fromNic, fromDecl);
    assert.match(fromNic, /Segment `db`\*\* · VXLAN VNI 5002/);
    assert.match(fromNic, /Spans:\*\* h, h2/);
    assert.match(fromNic, /NICs on it:\*\* `fw1` \(2 Gbps\), `db1` \(1 Gbps\)/);
    assert.match(fromNic, /On h: NICs ask for 2 Gbps of the uplink's 20 Gbps/);
    assert.match(fromNic, /On h2: NICs ask for 1 Gbps of the uplink's 10 Gbps/);
  });

  it('speaks Korean in a Korean editor', () => {
    assert.match(hoverAt(TWO_HOSTS, 'nic db', 5, 'ko'), /세그먼트 `db`[\s\S]*걸친 호스트/);
  });

  it('the uplink, nic and function keywords explain themselves', () => {
    assert.match(hoverAt(TWO_HOSTS, 'uplink', 1), /physical uplink/);
    assert.match(hoverAt(TWO_HOSTS, 'nic web', 1), /network adapter/);
    assert.match(hoverAt(TWO_HOSTS, 'function', 1), /network function/);
  });
});

describe('network quick fixes', () => {
  it('VS100: a misspelt `switch` in a hypervisor block and a misspelt `segment` in a switch block', () => {
    const sw = 'hardware h { cpu 8; memory 8 GiB; hypervisor kvm {\n  swich ovs { }\n} }\n';
    assert.deepEqual(titles(sw, 'VS100'), ["Change to 'switch'"]);
    const seg = 'hardware h { cpu 8; memory 8 GiB; hypervisor kvm { switch ovs {\n  segmnt a\n} } }\n';
    assert.deepEqual(titles(seg, 'VS100'), ["Change to 'segment'"]);
  });
});

describe('network virtualization: outline', () => {
  it('lists a switch in its hypervisor with its segments and their ids, and a desktop pool as what it is', () => {
    const text = 'hardware h {\n  cpu 8; memory 32 GiB; network 10 Gbps\n  hypervisor kvm {\n    switch ovs as br0 {\n      segment web vlan 10\n      segment db vxlan 5002\n      segment lab\n    }\n    desktops office { count 2; broker horizon; vcpu 1; memory 2 GiB; os windows "W" }\n  }\n}\n';
    const analysis = analyze(text);
    const hypervisor = documentSymbols(analysis, ENGLISH)[0].children[0];
    assert.deepEqual(hypervisor.children.map((s) => [s.name, s.kind, s.detail]), [['br0', 'switch', 'virtual switch · Open vSwitch'], ['office', 'desktops', 'desktop pool']]);
    assert.deepEqual(hypervisor.children[0].children.map((s) => [s.name, s.kind, s.detail]), [['web', 'segment', 'VLAN 10'], ['db', 'segment', 'VXLAN 5002'], ['lab', 'segment', 'segment']]);
  });
});

describe('network virtualization: the VS607 fix where nothing can be declared', () => {
  const host = (inner: string) => `hardware h {\n  cpu 8; memory 32 GiB; network 10 Gbps\n  hypervisor kvm {\n${inner}\n    vm a { vcpu 1; memory 1 GiB; os linux "L"; nic web }\n  }\n}\n`;
  const found = (text: string) => analyze(text).diagnostics.filter((d) => d.code === 'VS607').map((d) => text.slice(d.start, d.end));

  it('offers nothing when the machine has no switch and no segment name is near', () => {
    const text = host('');
    assert.deepEqual(found(text), ['web']);
    assert.deepEqual(titles(text, 'VS607'), []);
  });

  it('offers nothing to declare into a switch written without a block', () => {
    const text = host('    switch ovs as br0');
    assert.deepEqual(found(text), ['web']);
    assert.deepEqual(titles(text, 'VS607'), []);
  });
});
