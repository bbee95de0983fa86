import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { FINDINGS } from '../../src/core/diagnostics';
import { findProduct } from '../../src/core/taxonomy/catalogue';
import type { SwitchProduct } from '../../src/core/taxonomy/product';
import { findings } from './helpers';
import { pairText, timePair } from './timing';
import { kvm, NETWORK_CASES, ovs, vm } from './network-cases';

// Network virtualization and network functions (VS6xx, docs/language.md "Networks and network
// functions"): the case table of network-cases.ts, and what each rule does beyond its one case.

const CASES = NETWORK_CASES;

describe('network virtualization checks (VS6xx)', () => {
  it('cover every VS6xx code of FINDINGS', () => {
    const network = [...new Set(Object.values(FINDINGS).map((f) => f.code).filter((c) => c.startsWith('VS6')))].sort();
    assert.deepEqual(Object.keys(CASES).sort(), network);
  });

  for (const [code, c] of Object.entries(CASES)) {
    it(`${code}: reported at '${c.at}' in the failing case, and nothing at all in the passing one`, () => {
      assert.ok(findings(c.bad).includes(`${code} ${c.at}`), `${findings(c.bad).join('; ')}\n${c.bad}`);
      assert.deepEqual(findings(c.good), [], c.good);
    });
  }

  it('VS602 also checks a switch in an OS by its kernel: the Hyper-V switch needs Windows, OVS a Linux OS', () => {
    const os = (kernel: string, product: string) => `hardware h {\n  cpu 8 cores; memory 8 GiB\n  os ${kernel} { switch ${product} }\n}\n`;
    assert.deepEqual(findings(os('linux', 'hyperv-switch')), ['VS602 hyperv-switch']);
    assert.deepEqual(findings(os('windows', 'hyperv-switch')), []);
    assert.deepEqual(findings(os('windows', 'ovs')), ['VS602 ovs']);
  });

  it('VS603: OVS carries VXLAN and Geneve (its tunnel interface types), the Linux bridge not Geneve', () => {
    assert.deepEqual(findings(kvm('    switch ovs { segment a vxlan 1; segment b geneve 2 }')), []);
    assert.deepEqual(findings(kvm('    switch linux-bridge { segment b geneve 2 }')), ['VS603 geneve']);
  });

  it('VS604: a VNI has 24 bits (RFC 7348): 16777215 is the last, 16777216 and 0 are out', () => {
    assert.deepEqual(findings(kvm(ovs('segment a vxlan 16777215'))), []);
    assert.deepEqual(findings(kvm(ovs('segment a vxlan 16777216'))), ['VS604 16777216']);
    assert.deepEqual(findings(kvm(ovs('segment a vlan 0'))), ['VS604 0']);
  });

  it('VS607 suggests a segment of its own machine, and says so when the machine has no switch at all', () => {
    const [typo] = analyze(kvm(`${ovs('segment web vlan 10')}\n${vm('a', 'nic webb')}`)).diagnostics;
    assert.match(typo.message, /Did you mean 'web'\?/);
    const [none] = analyze(kvm(vm('a', 'nic web'))).diagnostics;
    assert.equal(none.code, 'VS607');
    assert.match(none.message, /Declare it in a switch of that machine/);
  });

  it('VS607: a segment of another host is not one of this machine', () => {
    const text = kvm(ovs('segment web vlan 10')) + kvm(vm('a', 'nic web')).replace('hardware h', 'hardware h2');
    assert.deepEqual(findings(text), ['VS607 web']);
  });

  it('VS608: without `uplink` the host\'s `network` is the uplink (12 Gbps of NICs on a 10 Gbps host)', () => {
    const text = kvm(`${ovs('segment web')}\n${vm('a', 'nic web 6 Gbps')}\n${vm('b', 'nic web 6 Gbps')}`, '10 Gbps');
    assert.deepEqual(findings(text), ['VS608 ovs']);
    assert.match(analyze(text).diagnostics[0].message, /ask for 12 Gbps, more than its uplink of 10 Gbps/);
  });

  it('VS609 points at the first declaration, and a segment with the same VNI on two hosts is one segment', () => {
    const [d] = analyze(CASES.VS609.bad).diagnostics;
    assert.equal(d.related?.length, 1);
    assert.equal(CASES.VS609.bad.slice(d.related![0].start, d.related![0].end), 'vxlan');
    assert.equal(analyze(CASES.VS609.good).model.switches.flatMap((s) => s.segments).filter((s) => s.name === 'db').length, 2);
  });

  it('VS621 only for functions that forward: a load balancer or an IDS may have one arm', () => {
    for (const fn of ['lb', 'ids']) assert.deepEqual(findings(kvm(`${ovs('segment a')}\n${vm('x', `function ${fn}; nic a`)}`)), [], fn);
    for (const fn of ['router', 'nat', 'vpn']) assert.deepEqual(findings(kvm(`${ovs('segment a')}\n${vm('x', `function ${fn}; nic a`)}`)), [`VS621 ${fn}`], fn);
  });

  it('nic may repeat in one block without VS105, and each line is one NIC', () => {
    const text = kvm(`${ovs('segment a; segment b')}\n${vm('x', 'nic a 1 Gbps; nic b')}`);
    assert.deepEqual(findings(text), []);
    const x = analyze(text).model.layers.find((l) => l.name === 'x')!;
    assert.deepEqual(x.props.nic?.map((n) => [n.segment, n.rate]), [['a', 1000], ['b', undefined]]);
  });

  it('malformed values are VS102 (no segment, a kind word that is none, a VNI with a unit) and VS103 (a NIC rate in bytes)', () => {
    assert.deepEqual(findings(kvm(ovs('segment a vlam 10'))), ['VS102 vlam']);
    assert.deepEqual(findings(kvm(ovs('segment a vlan 10 Gbps'))), ['VS102 10 Gbps']);
    assert.deepEqual(findings(kvm(`${ovs('segment a')}\n${vm('x', 'nic 10 Gbps')}`)), ['VS102 10 Gbps']);
    assert.deepEqual(findings(kvm(`${ovs('segment a')}\n${vm('x', 'nic a 10 GiB')}`)), ['VS103 10 GiB']);
    assert.deepEqual(findings(kvm('    switch { segment a }')), ['VS109 switch']);
  });

  it('a product of another role in a switch line is VS217', () => {
    assert.deepEqual(findings(kvm('    switch docker { }')), ['VS217 docker']);
  });

  it('the model keeps switches and segments: holder, machine, uplink, NICs and demand', () => {
    const text = kvm(`${ovs('uplink 20 Gbps; segment web vlan 10')}\n${vm('a', 'nic web 3 Gbps')}`);
    const { model } = analyze(text);
    const [sw] = model.switches;
    assert.equal(sw.name, 'br0');
    assert.equal(sw.holder.kind, 'hypervisor');
    assert.equal(sw.machine?.name, 'h');
    assert.equal(sw.capacity, 20_000); // Mbps
    assert.equal(sw.demand, 3_000);
    assert.deepEqual(sw.segments.map((s) => [s.name, s.kind, s.id, s.nics.map((n) => n.layer.name)]), [['web', 'vlan', 10, ['a']]]);
  });

  it('a file without switches has an empty switch list and the same findings as before', () => {
    const text = kvm(vm('a', 'app x'));
    assert.deepEqual(analyze(text).model.switches, []);
    assert.deepEqual(findings(text), []);
  });

  it('switch, segment and uplink at the top level are VS108', () => {
    assert.deepEqual(findings('switch ovs { }\nsegment a\n'), ['VS108 switch', 'VS108 segment']);
  });

  it('examples/network.virt: an overlay spanning both hosts, and a firewall joining two segments', () => {
    const { model } = analyze(readFileSync(join(__dirname, '..', '..', 'examples', 'network.virt'), 'utf8'));
    const db = model.switches.flatMap((sw) => sw.segments).filter((s) => s.name === 'db');
    assert.deepEqual(db.map((s) => [s.owner.machine?.name, s.kind, s.id]), [['node1', 'vxlan', 5002], ['node2', 'vxlan', 5002]]);
    const fw = model.layers.find((l) => l.name === 'fw1')!;
    assert.equal(fw.props.function?.name, 'firewall');
    assert.deepEqual(fw.props.nic?.map((n) => n.segment), ['web', 'db']);
  });

  it('examples/network.ko.virt is network.virt with Korean comments: the same switches, segments and NICs', () => {
    const read = (f: string) => readFileSync(join(__dirname, '..', '..', 'examples', f), 'utf8');
    const shape = (f: string) => {
      const { model } = analyze(read(f));
      return [
        ...model.switches.map((sw) => `${sw.machine?.name}:${sw.product}:${sw.capacity}:${sw.segments.map((s) => `${s.name}/${s.kind}/${s.id}/${s.nics.map((n) => `${n.layer.name}@${n.rate}`).join('+')}`).join(',')}`),
        ...model.layers.map((l) => `${l.kind}:${l.name}:${l.props.function?.name ?? ''}`),
      ];
    };
    assert.deepEqual(shape('network.ko.virt'), shape('network.virt'));
    assert.match(read('network.ko.virt'), /# 네트워크 가상화/);
  });

  it('the catalogue places each virtual switch where its vendor runs it and lists what it carries', () => {
    const sw = (id: string): SwitchProduct => {
      const p = findProduct(id);
      assert.equal(p?.role, 'switch', id);
      return p as SwitchProduct;
    };
    // vSphere switches and NSX are ESXi's (VMware vSphere Networking, NSX Administration Guide).
    for (const id of ['vss', 'vds', 'nsx']) assert.deepEqual([sw(id).hypervisors, sw(id).kernels], [['esxi'], []], id);
    // The Hyper-V switch is Hyper-V's, on Windows; the Linux bridge and OVS are Linux's.
    assert.deepEqual([sw('hyperv-switch').hypervisors, sw('hyperv-switch').kernels], [['hyper-v'], ['windows']]);
    for (const id of ['linux-bridge', 'ovs']) assert.deepEqual(sw(id).kernels, ['linux'], id);
    // Overlays: OVS tunnels VXLAN and Geneve; NSX overlays are Geneve; vSphere switches carry VLANs only.
    assert.deepEqual(sw('ovs').carries, ['vlan', 'vxlan', 'geneve']);
    assert.deepEqual(sw('nsx').carries, ['vlan', 'geneve']);
    assert.deepEqual([sw('vss').carries, sw('vds').carries], [['vlan'], ['vlan']]);
    // Aliases users write: dvs, openvswitch, vmswitch.
    assert.deepEqual(['dvs', 'openvswitch', 'vmswitch'].map((a) => findProduct(a)?.id), ['vds', 'ovs', 'hyperv-switch']);
  });

  it('stays linear on one host with n segments and n VMs, each with a known and an unknown NIC (4 times the input: under 12 times the time, as scaling.test.ts asks)', function () {
    this.timeout(120_000);
    // Looking a NIC's segment up among the host's, and a suggestion for each unknown one, are
    // what would be quadratic here: n NICs against n segments. The unknown names (t1, t2, …) are
    // as long as the segments' (s1, s2, …), so that a suggestion really compares them; a search
    // per NIC with a suggestion over every name measured 17 for four times the input.
    const make = (n: number): string => {
      let segments = '';
      let vms = '';
      for (let i = 0; i < n; i++) {
        segments += `      segment s${i} vlan ${(i % 4094) + 1}\n`;
        vms += `    vm v${i} { vcpu 1; memory 1 GiB; nic s${i}; nic t${i} }\n`;
      }
      return `hardware h {\n  cpu 8192 cores; memory 4096 GiB\n  hypervisor kvm {\n    switch ovs {\n${segments}    }\n${vms}  }\n}\n`;
    };
    const small = make(1000);
    const big = make(4000);
    analyze(small);
    let found = 0;
    const pair = timePair(() => analyze(small), () => (found = analyze(big).diagnostics.filter((d) => d.code === 'VS607').length), { clearly: 8, repeatSmall: 4, smallRuns: 3 });
    assert.equal(found, 4000);
    assert.ok(pair.ratio < 12, pairText('1,000', '4,000', pair));
  });
});
