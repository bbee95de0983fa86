import * as assert from 'node:assert/strict';
import { analyze, importInventory, type ImportResult } from '../../src/core/languageService';

const ok = (r: ImportResult) => (r.ok ? r : assert.fail(r.error));
const xml = (...texts: string[]) => ok(importInventory(texts.map((text, i) => ({ name: `d${i}.xml`, text }))));
const codes = (text: string) => analyze(text).diagnostics.map((d) => d.code);
const dom = (type: string, name: string, inner = '') => `<domain type='${type}'><name>${name}</name><memory unit='MiB'>1024</memory><vcpu>2</vcpu>${inner}</domain>`;

describe('importing libvirt XML', () => {
  it('maps kvm to a type-1 hypervisor on the hardware, with memory in its unit and the running vCPUs', () => {
    const r = xml(`<?xml version="1.0"?>
<domain type="kvm">
  <name>web</name>
  <memory unit="GiB">8</memory>
  <currentMemory unit="GiB">4</currentMemory>
  <vcpu placement="static" current="2">4</vcpu>
  <os><type arch="x86_64" machine="q35">hvm</type></os>
  <metadata><libosinfo:libosinfo xmlns:libosinfo="http://libosinfo.org/xmlns/libvirt/domain/1.0"><libosinfo:os id="http://microsoft.com/win/2k22"/></libosinfo:libosinfo></metadata>
  <devices>
    <disk type="volume" device="disk"><source pool="default" volume="web.qcow2"/><target dev="vda"/></disk>
    <disk type="network" device="disk"><source protocol="rbd" name="pool/img"/></disk>
    <interface type="bridge"><source bridge="br0"/></interface>
    <interface type="user"/>
  </devices>
</domain>`);
    assert.match(r.text, /hardware libvirt-host \{\n {2}cpu 8 cores\n {2}memory 32 GiB\n {2}hypervisor kvm \{\n/);
    assert.match(r.text, / {4}# architecture x86_64, OS type hvm\n {4}# disk vda from web\.qcow2\n {4}# disk - from pool\/img\n {4}# interface \(bridge\) on br0\n {4}# interface \(user\) on -\n {4}vm web \{\n {6}vcpu 2\n {6}memory 4 GiB\n {6}os windows "win 2k22"\n/);
    assert.deepEqual(codes(r.text), []);
  });

  it('puts qemu guests under QEMU on a Linux host OS, lxc domains in LXC, and xen paravirtual guests on Xen', () => {
    const mixed = xml(dom('qemu', 'tcg'), dom('lxc', 'ct'), dom('kvm', 'late'));
    assert.match(mixed.text, /os linux\n {2}hypervisor qemu \{/);
    assert.match(mixed.text, /runtime lxc \{\n[^}]*container ct \{\n {6}cpu 2\n {6}memory 1 GiB/);
    assert.match(mixed.text, /# a kvm domain, run here by qemu\n/);
    assert.deepEqual(mixed.counts, { hosts: 1, vms: 2, containers: 1 });
    assert.deepEqual(codes(mixed.text), []);
    const xen = xml(dom('xen', 'pv', '<os><type>linux</type></os>'));
    assert.match(xen.text, /hypervisor xen \{[^]*vm pv \{[^}]*os linux\n/);
    assert.deepEqual(codes(xen.text), []);
  });

  it('joins hosted domains to a type-1 hypervisor that owns the hardware, and leaves out containers that cannot stand there', () => {
    const r = xml(dom('kvm', 'a'), dom('qemu', 'b'), dom('lxc', 'c'), dom('bochs', 'd'));
    assert.match(r.text, /# a qemu domain, run here by kvm\n {4}# guest OS not stated in the XML\n {4}vm b/);
    assert.deepEqual(r.unmapped, [
      'domain c (lxc) needs a host OS, which cannot stand beside the type-1 hypervisor kvm on one machine: left out',
      'domain d has type bochs, which VirtStack does not know: written as a QEMU guest',
    ]);
    assert.equal(r.counts.vms, 3);
    assert.deepEqual(codes(r.text), []);
  });

  it('reads several domains from one document and hosted products on their own kernels', () => {
    const r = xml(`<domains>${dom('bhyve', 'b1')}${dom('bhyve', 'b2')}</domains>`);
    assert.match(r.text, /os bsd\n {2}hypervisor bhyve \{/);
    assert.equal(r.counts.vms, 2);
    assert.deepEqual(codes(r.text), []);
    for (const [type, product] of [['hyperv', 'hyper-v'], ['vmware', 'esxi'], ['vbox', 'virtualbox'], ['hvf', 'qemu']]) {
      const one = xml(dom(type, 'g'));
      assert.match(one.text, new RegExp(`hypervisor ${product} \\{`), type);
      assert.deepEqual(codes(one.text), [], type);
    }
  });

  it('reads libosinfo ids and paravirtualized kernels as guest families', () => {
    const family = (id: string) => /os (\w+)/.exec(xml(dom('kvm', 'g', `<metadata><libosinfo:libosinfo><libosinfo:os id="${id}"/></libosinfo:libosinfo></metadata>`)).text.split('vm g')[1])?.[1];
    assert.equal(family('http://ubuntu.com/ubuntu/24.04'), 'linux');
    assert.equal(family('http://freebsd.org/freebsd/14.0'), 'bsd');
    assert.equal(family('http://oracle.com/solaris/11'), 'solaris');
    assert.equal(family('http://apple.com/macosx/10.15'), 'macos');
    assert.equal(family('http://example.com/plan9/4'), undefined);
  });

  it('takes the host from capabilities (cells, threads, or the CPU topology) unless flags are given', () => {
    const caps = (inner: string) => `<capabilities><host>${inner}</host></capabilities>`;
    const cells = caps(`<cpu><topology sockets='2' cores='8' threads='2'/></cpu><topology><cells num='2'><cell id='0'><memory unit='KiB'>16777216</memory><cpus num='16'/></cell><cell id='1'><memory unit='KiB'>16777216</memory><cpus num='16'/></cell></cells></topology>`);
    assert.match(xml(dom('kvm', 'a'), cells).text, /cpu 16 cores\n {2}memory 32 GiB\n/);
    const topologyOnly = caps(`<cpu><topology sockets='2' dies='1' cores='6' threads='2'/></cpu>`);
    const r = xml(dom('kvm', 'a'), topologyOnly);
    assert.match(r.text, /# Host libvirt-host: 12 cores, 32 GiB of memory, from d1\.xml\.\n/);
    assert.match(r.text, /# d1\.xml does not state the host's CPU count or memory: the rest is assumed\nhardware libvirt-host \{\n {2}cpu 12 cores\n/);
    const given = ok(importInventory([{ name: 'a.xml', text: dom('kvm', 'a') }, { name: 'c.xml', text: cells }], { host: { cores: 2, memory: '512 MiB' } }));
    assert.match(given.text, /# Host libvirt-host: 2 cores, 512 MiB of memory, as given\./);
    // A 1 GiB guest on a host of 512 MiB: larger than its host (VS400), more than it holds (VS402).
    assert.deepEqual(codes(given.text).sort(), ['VS400', 'VS402']);
    const e = importInventory([{ name: 'a.xml', text: cells }, { name: 'b.xml', text: cells }]);
    assert.ok(!e.ok && e.error === 'More than one capabilities document (a.xml, b.xml): import the domains of one host at a time.');
  });

  it('refuses malformed XML with its line, and XML without domains', () => {
    const bad = importInventory([{ name: 'x.xml', text: '<domain>\n<name>a</nam>\n</domain>' }]);
    assert.ok(!bad.ok && /^x\.xml cannot be read, line 2: /.test(bad.error), bad.ok ? '' : bad.error);
    const none = importInventory([{ name: 'x.xml', text: '<network><name>default</name></network>' }]);
    assert.ok(!none.ok && /No <domain> or <capabilities>/.test(none.error));
    const text = importInventory([{ name: 'x.xml', text: '<domains><domain>text</domain></domains>' }]);
    assert.ok(!text.ok && /domain\[0\] must be a mapping/.test(text.error), text.ok ? '' : text.error);
  });

  it('fills what the XML leaves out with documented defaults', () => {
    const r = xml(`<domains><domain><vcpu current="3">4</vcpu><os><type arch="riscv64"/></os><devices><disk><source dev="/dev/sdb"/></disk><interface/></devices></domain></domains>`,
      `<capabilities><host><cpu><topology sockets='1' cores='4'/></cpu><topology><cells num='1'><cell id='0'><memory>8388608</memory><cpus num='x'/></cell></cells></topology></host></capabilities>`);
    // No type: kvm; no name: "domain"; vCPUs: current; memory of the cell in KiB; cpus not a number: the topology.
    assert.match(r.text, /hardware libvirt-host \{\n {2}cpu 4 cores\n {2}memory 8 GiB\n {2}hypervisor kvm \{\n {4}# architecture riscv64, OS type\n {4}# disk - from \/dev\/sdb\n {4}# interface \(-\) on -\n {4}# guest OS not stated in the XML\n {4}vm domain \{\n {6}vcpu 3\n {4}\}/);
    const empty = importInventory([{ name: 'c.xml', text: '<capabilities><host/></capabilities>' }]);
    assert.ok(empty.ok && /# c\.xml does not state the host's CPU count or memory: the rest is assumed/.test(empty.text));
    const noUnit = importInventory([{ name: 'd.xml', text: '<domain type="kvm"><name>a</name><memory unit="KiB"/></domain>' }]);
    assert.ok(!noUnit.ok && /domain\[0\]\.memory must be a size/.test(noUnit.error));
    const unclosed = importInventory([{ name: 'd.xml', text: '<domain type="kvm"><name' }]);
    assert.ok(!unclosed.ok && /d\.xml cannot be read/.test(unclosed.error));
  });

  it('refuses more domains than the import writes', function () {
    this.timeout(20_000);
    const r = importInventory([{ name: 'many.xml', text: `<domains>${'<domain/>'.repeat(100_001)}</domains>` }]);
    assert.ok(!r.ok && /more than 100000 containers and VMs/.test(r.error));
  });
});
