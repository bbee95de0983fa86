import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { layoutStack, stackDiagrams, stackSource } from '../../src/core/diagram/generate';
import { blockKeyAt, fabricDeclaration, layerAt, layerKey } from '../../src/core/diagram/locate';
import { DEFAULT_DIAGRAM_OPTIONS, diagramStrings } from '../../src/core/diagram/strings';
import type { HostGrid } from '../../src/core/diagram/types';
import { KOREAN } from './bundles';

// Clusters and storage pools drawn as bands under their hosts (issue 14, the diagram wave).
// Capacities follow docs/language.md "Capacity": raw is the sum of the disks of the hosts that
// build a pool (or `capacity`), usable is raw / copies, or raw × K/(K+M) with erasure coding.

const example = (name: string) => readFileSync(join(__dirname, '..', '..', 'examples', name), 'utf8');

/** The cells of a grid row, left to right, as `style:first line` (`…` first when only the title is written). */
function row(grid: HostGrid, r: number): string[] {
  return grid.cells.filter((c) => c.row === r).sort((a, b) => a.column - b.column).map((c) => `${c.style}:${c.repeated || c.continued ? '…' : ''}${c.lines[0]}`);
}

const CLUSTER = `cluster prod {
  tolerate 1
  hardware esx1 { cpu 32 cores; memory 512 GiB; disk 8 TiB; hypervisor esxi { vm web { vcpu 4; memory 16 GiB; os linux; volume data 200 GiB from vsan1 } vm db { vcpu 8; memory 64 GiB; os linux; volume logs 1 TiB from vsan1; volume dumps 2 TiB from nas1 } } }
  hardware esx2 { cpu 32 cores; memory 512 GiB; disk 8 TiB; hypervisor esxi { vm app { vcpu 4; memory 16 GiB; os linux } } }
  storage vsan as vsan1 { replicas 2 }
}
storage nfs as nas1 { capacity 40 TiB; reach prod }
hardware pve { cpu 16 cores; memory 128 GiB; disk 4 TiB
  storage zfs as tank
  hypervisor proxmox { vm ci { vcpu 8; memory 32 GiB; os linux; volume cache 1 TiB from tank } }
}
hardware lone { cpu 8 cores; memory 32 GiB; os linux { app tool } }
`;

describe('diagram fabric: clusters and storage pools', () => {
  const analysis = analyze(CLUSTER);
  const grids = layoutStack(analysis.model);
  const byName = (name: string) => grids.find((g) => g.name === name)!;

  it('reads the test stack without errors, so the bands below draw a valid file', () => {
    assert.deepEqual(analysis.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), []);
  });

  it('draws the pools under each host they serve and the hardware on top of them, and no cluster band in the preview', () => {
    // Bottom to top: its vSAN, then the NAS that reaches prod, then the hardware. The cluster is a frame (below).
    assert.deepEqual(row(byName('esx1'), 0), ['pool:vsan1 (VMware vSAN)']);
    assert.deepEqual(row(byName('esx1'), 1), ['pool:nas1 (NFS file server)']);
    assert.deepEqual(row(byName('esx1'), 2), ['hardware:Hardware esx1']);
    // The second host repeats the bands by title only: the first host says it all.
    assert.deepEqual([0, 1, 2].map((r) => row(byName('esx2'), r)), [['pool:…vsan1 (VMware vSAN)'], ['pool:…nas1 (NFS file server)'], ['hardware:Hardware esx2']]);
    assert.equal(grids.some((g) => g.cells.some((c) => c.style === 'cluster')), false);
  });

  it('draws the cluster as a band under its hosts, below their pools, in the combined source\'s grids', () => {
    const banded = layoutStack(analysis.model, DEFAULT_DIAGRAM_OPTIONS, true);
    const esx = (name: string) => banded.find((g) => g.name === name)!;
    assert.deepEqual([0, 1, 2, 3].map((r) => row(esx('esx1'), r)), [['cluster:Cluster prod'], ['pool:vsan1 (VMware vSAN)'], ['pool:nas1 (NFS file server)'], ['hardware:Hardware esx1']]);
    assert.deepEqual(row(esx('esx2'), 0), ['cluster:…Cluster prod']);
    assert.deepEqual(row(esx('lone'), 0), ['hardware:Hardware lone']);
  });

  it('frames the hosts of each cluster, captioned with its name and admission policy, and no host of another', () => {
    assert.deepEqual(stackDiagrams(analysis.model).frames.map((f) => [f.key, f.lines, f.hosts]), [
      ['cluster:prod', ['Cluster prod', 'tolerates 1 host failure'], ['esx1', 'esx2']],
    ]);
    const ko = stackDiagrams(analysis.model, { ...DEFAULT_DIAGRAM_OPTIONS, strings: diagramStrings(KOREAN) }).frames[0];
    assert.deepEqual(ko.lines, ['클러스터 prod', '호스트 1대 장애 허용']);
    const span = stackDiagrams(analysis.model).frames[0].source;
    assert.equal(CLUSTER.slice(span.start, span.end), 'cluster prod');
  });

  it('gives a file without clusters no frames, and a cluster without hosts none either', () => {
    assert.deepEqual(stackDiagrams(analyze(example('host-os.virt')).model).frames, []);
    assert.deepEqual(stackDiagrams(analyze('cluster empty { tolerate 1 }\nhardware h { cpu 4 cores }\n').model).frames, []);
  });

  it('spans every band across all the columns of its host', () => {
    const g = layoutStack(analysis.model, DEFAULT_DIAGRAM_OPTIONS, true)[0];
    assert.equal(g.cells.filter((c) => c.style === 'cluster' || c.style === 'pool').length, 3);
    for (const c of g.cells.filter((c) => c.style === 'cluster' || c.style === 'pool')) assert.deepEqual([c.column, c.span], [0, g.columns], c.key);
    assert.equal(g.columns, 2, 'two VMs');
  });

  it('names the cluster and its admission policy on its band', () => {
    const cluster = layoutStack(analysis.model, DEFAULT_DIAGRAM_OPTIONS, true)[0].cells.find((c) => c.style === 'cluster')!;
    assert.deepEqual(cluster.lines, ['Cluster prod', 'tolerates 1 host failure']);
  });

  it('labels a distributed pool with its kind, copies and usable of raw capacity: 2 × 8 TiB raw, 2 copies, 8 TiB usable', () => {
    const pool = byName('esx1').cells.find((c) => c.key === 'pool:vsan1')!;
    assert.deepEqual(pool.lines, ['vsan1 (VMware vSAN)', 'Storage virtualization', '2 copies', '8 TiB usable of 16 TiB']);
  });

  it('labels an external array with its capacity and no copies (the array protects its data itself)', () => {
    const pool = byName('esx1').cells.find((c) => c.key === 'pool:nas1')!;
    assert.deepEqual(pool.lines, ['nas1 (NFS file server)', 'Storage virtualization', '40 TiB usable']);
  });

  it('draws a local pool under its own host only, with one copy of its 4 TiB', () => {
    assert.deepEqual(row(byName('pve'), 0), ['pool:tank (OpenZFS)']);
    assert.deepEqual(row(byName('pve'), 1), ['hardware:Hardware pve']);
    assert.deepEqual(byName('pve').cells.find((c) => c.style === 'pool')!.lines, ['tank (OpenZFS)', 'Storage virtualization', '1 copy', '4 TiB usable']);
    assert.equal(byName('esx1').cells.filter((c) => c.key === 'pool:tank').length, 0);
  });

  it('leaves a host outside every cluster and pool with its hardware on row 0', () => {
    assert.deepEqual(row(byName('lone'), 0), ['hardware:Hardware lone']);
    assert.equal(byName('lone').cells.some((c) => c.style === 'cluster' || c.style === 'pool'), false);
  });

  it('writes erasure coding on the band: 3 × 2 TiB raw with 2+1 fragments keeps 2/3, 4 TiB usable', () => {
    const k8s = analyze(`cluster k8s {
  hardware n1 { cpu 16 cores; memory 64 GiB; disk 2 TiB; os linux { runtime containerd { container api { cpu 1; memory 1 GiB; volume state 50 GiB from objects } } } }
  hardware n2 { cpu 16 cores; memory 64 GiB; disk 2 TiB; os linux { runtime containerd { } } }
  hardware n3 { cpu 16 cores; memory 64 GiB; disk 2 TiB; os linux { runtime containerd { } } }
  storage ceph as objects { erasure data 2 parity 1 }
}
`).model;
    const [g] = layoutStack(k8s);
    assert.deepEqual(g.cells.find((c) => c.style === 'pool')!.lines, ['objects (Ceph)', 'Storage virtualization', 'erasure 2+1', '4 TiB usable of 6 TiB']);
    assert.deepEqual(stackDiagrams(k8s).frames[0].lines, ['Cluster k8s'], 'no tolerate: no policy line');
    // A container's volume is on its label too.
    assert.ok(g.cells.find((c) => c.style === 'container')!.lines.includes('state 50 GiB from objects'));
  });

  it('writes plural failures and thin provisioning', () => {
    const big = analyze(`cluster big {
  tolerate 2
  hardware a { cpu 8 cores; memory 64 GiB; disk 1 TiB }
  hardware b { cpu 8 cores; memory 64 GiB; disk 1 TiB }
  hardware c { cpu 8 cores; memory 64 GiB; disk 1 TiB }
  storage vsan { replicas 3; thin 1.5 }
}
`).model;
    const cells = layoutStack(big)[0].cells;
    assert.deepEqual(stackDiagrams(big).frames[0].lines, ['Cluster big', 'tolerates 2 host failures']);
    // 3 TiB raw over 3 copies: 1 TiB usable; the pool is named after its product.
    assert.deepEqual(cells.find((c) => c.style === 'pool')!.lines, ['VMware vSAN', 'Storage virtualization', '3 copies · thin 1.5×', '1 TiB usable of 3 TiB']);
  });

  it('names each volume on its VM\'s label, after the resources: name, size and pool', () => {
    const db = byName('esx1').cells.find((c) => c.key.endsWith('/vm:db'))!;
    assert.deepEqual(db.lines, ['VM db', '8 vCPU / 64 GiB', 'logs 1 TiB from vsan1', 'dumps 2 TiB from nas1']);
  });

  it('writes a repeated band as its title after an ellipsis in the mermaid source, and the whole band under the first host', () => {
    const d = stackDiagrams(analysis.model);
    const source = (name: string) => d.hosts.find((h) => h.name === name)!.source;
    assert.match(source('esx1'), /\["<b>vsan1 \(VMware vSAN\)<\/b><br>Storage virtualization<br>2 copies<br>8 TiB usable of 16 TiB"\]:2/);
    assert.match(source('esx2'), /\["<b>… vsan1 \(VMware vSAN\)<\/b>"\]/);
    assert.doesNotMatch(source('esx2'), /usable/);
    // The tooltip of a repeated band still has its whole label.
    assert.deepEqual(d.hosts.find((h) => h.name === 'esx2')!.blocks.find((b) => b.key === 'pool:vsan1')!.lines.slice(0, 2), ['vsan1 (VMware vSAN)', 'Storage virtualization']);
    assert.match(source('esx1'), /class \w+(,\w+)* pool/);
    assert.doesNotMatch(source('esx1'), /Cluster prod/, 'the page frames the cluster');
  });

  it('lists the cluster and the pool under the hardware in the legend, naming storage virtualization, in English and Korean', () => {
    assert.deepEqual(stackDiagrams(analysis.model).legend.slice(0, 3).map((e) => [e.style, e.label]), [
      ['cluster', 'Cluster (hosts managed together)'], ['pool', 'Pool · storage virtualization'], ['hardware', 'Hardware'],
    ]);
    const ko = stackDiagrams(analysis.model, { ...DEFAULT_DIAGRAM_OPTIONS, strings: diagramStrings(KOREAN) });
    assert.deepEqual(ko.legend.slice(0, 2).map((e) => e.label), ['클러스터 (함께 관리되는 호스트)', '풀 · 스토리지 가상화']);
    const koPool = layoutStack(analysis.model, { ...DEFAULT_DIAGRAM_OPTIONS, strings: diagramStrings(KOREAN) })[0].cells.find((c) => c.key === 'pool:vsan1')!;
    assert.deepEqual(koPool.lines.slice(1), ['스토리지 가상화', '사본 2개', '16 TiB 중 8 TiB 사용 가능']);
  });

  it('keeps the legend of a file without clusters or pools as it was', () => {
    assert.deepEqual(stackDiagrams(analyze(example('host-os.virt')).model).legend.some((e) => e.style === 'cluster' || e.style === 'pool'), false);
  });

  it('writes the combined source with the cluster\'s bands and the bands of every host on the same rows', () => {
    const source = stackSource(analysis.model);
    // Rows from the bottom: row 0 of the combined diagram holds both cluster pieces and the ZFS pool.
    const bottom = source.split('\n').find((l) => l.includes('Hardware lone'))!;
    assert.match(bottom, /Cluster prod.*… Cluster prod.*tank \(OpenZFS\).*Hardware lone/);
  });

  it('wraps a clustered host into bands with its cluster and pools repeated under each band, as the hardware is', () => {
    const [g] = layoutStack(analysis.model, { ...DEFAULT_DIAGRAM_OPTIONS, maxColumns: 1 }, true);
    const pieces = g.cells.filter((c) => c.key === 'cluster:prod');
    assert.equal(pieces.length, 2, 'one piece per VM column');
    assert.deepEqual(pieces.map((p) => p.continued), [false, true]);
    // Every piece of the hardware stands right on a piece of the NAS band, which stands on vSAN, then the cluster.
    for (const hw of g.cells.filter((c) => c.style === 'hardware')) {
      const under = (r: number) => g.cells.find((c) => c.row === r && c.column === hw.column)?.key;
      assert.deepEqual([under(hw.row - 1), under(hw.row - 2), under(hw.row - 3)], ['pool:nas1', 'pool:vsan1', 'cluster:prod']);
    }
  });
});

describe('diagram fabric: from the text to the bands and back', () => {
  const { model } = analyze(CLUSTER);
  const at = (needle: string, after = 0) => CLUSTER.indexOf(needle, CLUSTER.indexOf(needle) >= 0 ? after : 0) + 1;

  it('finds a pool\'s band for an offset in its storage statement', () => {
    assert.equal(blockKeyAt(model, at('storage vsan')), 'pool:vsan1');
    assert.equal(blockKeyAt(model, at('replicas 2')), 'pool:vsan1');
    assert.equal(blockKeyAt(model, at('reach prod')), 'pool:nas1');
  });

  it('prefers a local pool\'s band over the hardware whose block holds it', () => {
    assert.equal(blockKeyAt(model, at('storage zfs')), 'pool:tank');
    assert.equal(layerAt(model, at('storage zfs'))?.name, 'pve', 'the layer under it is the hardware');
  });

  it('finds the cluster\'s band on its own lines, and the layer inside its hosts', () => {
    assert.equal(blockKeyAt(model, at('cluster prod')), 'cluster:prod');
    assert.equal(blockKeyAt(model, at('tolerate 1')), 'cluster:prod');
    const vm = layerAt(model, at('vm web'))!;
    assert.equal(blockKeyAt(model, at('vm web')), layerKey(vm));
  });

  it('finds nothing outside every statement', () => {
    assert.equal(blockKeyAt(model, CLUSTER.length + 5), undefined);
  });

  it('gives the same key as layerKey(layerAt(…)) at every offset of a file without clusters or pools', () => {
    const text = example('host-os.virt');
    const m = analyze(text).model;
    for (let i = 0; i <= text.length; i++) {
      const layer = layerAt(m, i);
      assert.equal(blockKeyAt(m, i), layer ? layerKey(layer) : undefined, `offset ${i}`);
    }
  });

  it('reveals the declaration line of the cluster or pool a band stands for, and nothing for a layer\'s key', () => {
    const text = (key: string) => {
      const span = fabricDeclaration(model, key)!;
      return CLUSTER.slice(span.start, span.end);
    };
    assert.equal(text('cluster:prod'), 'cluster prod');
    assert.equal(text('pool:vsan1'), 'storage vsan as vsan1');
    assert.equal(text('pool:tank'), 'storage zfs as tank');
    assert.equal(fabricDeclaration(model, 'pool:nowhere'), undefined);
    assert.equal(fabricDeclaration(model, 'hardware:esx1'), undefined);
  });

  it('maps every band of the storage example back to a statement of its kind', () => {
    const text = example('storage.virt');
    const m = analyze(text).model;
    let bands = 0;
    for (const host of stackDiagrams(m).hosts) {
      for (const b of host.blocks.filter((b) => b.style === 'cluster' || b.style === 'pool')) {
        const span = fabricDeclaration(m, b.key)!;
        assert.deepEqual(span, b.source, b.key);
        assert.ok(text.slice(span.start).startsWith(b.style === 'pool' ? 'storage ' : 'cluster '), b.key);
        bands++;
      }
    }
    // prod: 3 hosts × (vsan1, nas1); k8s: 3 × objects; pve1: tank. The clusters are frames, each revealing its statement.
    assert.equal(bands, 6 + 3 + 1);
    for (const f of stackDiagrams(m).frames) assert.deepEqual(f.source, fabricDeclaration(m, f.key), f.key);
    assert.deepEqual(stackDiagrams(m).frames.map((f) => f.hosts.length), [3, 3]);
  });
});

describe('diagram fabric: escaping', () => {
  it('writes the names of clusters, pools and volumes through the escaper (C4\'s detector, block keywords)', () => {
    const text = `cluster C4Container {
  hardware end { cpu 8 cores; memory 64 GiB; disk 2 TiB; hypervisor esxi { vm space { vcpu 2; memory 4 GiB; os linux; volume C4Context 10 GiB from classDef } } }
  hardware columns { cpu 8 cores; memory 64 GiB; disk 2 TiB }
  storage vsan as classDef
}
`;
    const { model } = analyze(text);
    const sources = [...stackDiagrams(model).hosts.map((h) => h.source), stackSource(model)];
    assert.match(sources[2], /Cluster C#52;Container/, 'the cluster\'s band in the combined source');
    for (const source of sources) {
      assert.doesNotMatch(source, /C4Container|C4Context/, 'C4 names are written as entities');
      // Every block keyword stays inside a quoted label.
      for (const line of source.split('\n').filter((l) => /\["/.test(l))) assert.doesNotMatch(line.replace(/\["[^"]*"\]/g, ''), /\b(classDef|end|columns)\b/);
    }
    // The volume is on the VM of the first host, and in the combined source.
    for (const source of [sources[0], sources[2]]) assert.match(source, /C#52;Context 10 GiB from classDef/);
  });
});

// Network virtualization and network functions (issue 14). VLAN ids are 802.1Q's, VNIs VXLAN's
// (RFC 7348); a firewall forwards between the segments of its NICs (docs/language.md, network).
const NETWORK = `hardware n1 {
  cpu 32 cores; memory 256 GiB; network 25 Gbps
  hypervisor kvm {
    switch ovs as br0 {
      segment web vlan 10
      segment db vxlan 5002
      segment mgmt
    }
    vm fw { vcpu 2; memory 4 GiB; os linux; function firewall; nic web 1 Gbps; nic db 1 Gbps }
    vm web { vcpu 2; memory 4 GiB; os linux; nic web }
    vm quiet { vcpu 2; memory 4 GiB; os linux }
  }
}
hardware n2 {
  cpu 32 cores; memory 256 GiB; network 25 Gbps
  hypervisor kvm {
    switch ovs as br0 { segment db vxlan 5002 }
    vm db { vcpu 2; memory 4 GiB; os linux; nic db }
  }
}
`;

describe('diagram fabric: virtual switches and network functions', () => {
  const analysis = analyze(NETWORK);
  const grids = layoutStack(analysis.model);
  const [n1, n2] = grids;

  it('reads the test stack without errors', () => {
    assert.deepEqual(analysis.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), []);
  });

  it('draws each host\'s switch as a band between its hypervisor and the VMs, naming its segments with their VLAN id or VNI', () => {
    // Bottom to top: hardware, the hypervisor that runs the switch, the switch, the VMs on it.
    assert.deepEqual(row(n1, 0), ['hardware:Hardware n1']);
    assert.deepEqual(row(n1, 1), ['hypervisor:KVM']);
    assert.deepEqual(row(n1, 2), ['switch:br0 (Open vSwitch)']);
    assert.deepEqual(row(n1, 3), ['function:VM fw', 'vm:VM web', 'vm:VM quiet']);
    const band = n1.cells.find((c) => c.style === 'switch')!;
    assert.deepEqual(band.lines, ['br0 (Open vSwitch)', 'Network virtualization', 'web · VLAN 10', 'db · VXLAN 5002', 'mgmt', 'web ⇄ fw ⇄ db']);
    assert.deepEqual([band.column, band.span], [0, n1.columns]);
    // Each host's switch is its own statement: the second host's band is whole, not repeated.
    const other = n2.cells.find((c) => c.style === 'switch')!;
    assert.deepEqual([other.lines, other.repeated ?? false, other.key], [['br0 (Open vSwitch)', 'Network virtualization', 'db · VXLAN 5002'], false, 'switch:br0#1']);
    assert.deepEqual(row(n2, 2), ['switch:br0 (Open vSwitch)']);
  });

  it('draws a network function in its own style with the function and the path through it, and names other NICs\' segments', () => {
    const vm = (name: string) => n1.cells.find((c) => c.lines[0] === `VM ${name}`)!;
    assert.equal(vm('fw').style, 'function');
    assert.deepEqual(vm('fw').lines.slice(2), ['Network function: firewall', 'web ⇄ db']);
    assert.equal(vm('web').style, 'vm');
    assert.deepEqual(vm('web').lines.slice(2), ['NIC web']);
    assert.deepEqual(vm('quiet').lines, ['VM quiet', '2 vCPU / 4 GiB'], 'no NIC, no line');
  });

  it('keeps a network function standing on the switch its hypervisor runs', () => {
    const fw = n1.cells.find((c) => c.lines[0] === 'VM fw')!;
    const under = (cell: { row: number; column: number }) => n1.cells.find((c) => c.row === cell.row - 1 && c.column <= cell.column && cell.column < c.column + c.span)!;
    assert.equal(under(fw).style, 'switch');
    assert.equal(under(under(fw)).style, 'hypervisor');
  });

  it('names network virtualization and network-function virtualization in the legend, in English and Korean', () => {
    const legend = (l10n = DEFAULT_DIAGRAM_OPTIONS) => stackDiagrams(analysis.model, l10n).legend.map((e) => [e.style, e.label]);
    assert.deepEqual(legend().filter(([s]) => s === 'switch' || s === 'function'), [['switch', 'Switch · network virtualization'], ['function', 'Network-function virtualization']]);
    const ko = legend({ ...DEFAULT_DIAGRAM_OPTIONS, strings: diagramStrings(KOREAN) });
    assert.deepEqual(ko.filter(([s]) => s === 'switch' || s === 'function'), [['switch', '스위치 · 네트워크 가상화'], ['function', '네트워크 기능 가상화']]);
  });

  it('lists at most 4 segments on a switch\'s band and says how many more there are', () => {
    const text = `hardware h { cpu 8 cores; memory 32 GiB; network 10 Gbps; os linux { switch linux-bridge { ${Array.from({ length: 6 }, (_, i) => `segment s${i} vlan ${i + 1}`).join('; ')} } } }\n`;
    const [g] = layoutStack(analyze(text).model);
    assert.deepEqual(g.cells.find((c) => c.style === 'switch')!.lines.slice(2), ['s0 · VLAN 1', 's1 · VLAN 2', 's2 · VLAN 3', 's3 · VLAN 4', '2 more']);
  });

  it('finds a switch\'s band on its lines, inside its hypervisor\'s block, and its declaration', () => {
    const at = (needle: string) => NETWORK.indexOf(needle) + 1;
    assert.equal(blockKeyAt(analysis.model, at('switch ovs as br0')), 'switch:br0');
    assert.equal(blockKeyAt(analysis.model, at('segment db vxlan')), 'switch:br0');
    assert.equal(blockKeyAt(analysis.model, at('segment db vxlan 5002 }')), 'switch:br0#1');
    assert.equal(blockKeyAt(analysis.model, at('vm fw')), layerKey(layerAt(analysis.model, at('vm fw'))!));
    assert.equal(blockKeyAt(analysis.model, at('hypervisor kvm')), layerKey(layerAt(analysis.model, at('hypervisor kvm'))!));
    const span = fabricDeclaration(analysis.model, 'switch:br0#1')!;
    assert.equal(NETWORK.slice(span.start, span.end), 'switch ovs');
    assert.ok(span.start > NETWORK.indexOf('hardware n2'), 'the second host\'s switch');
  });
});

// The switch between the layer that runs it and that layer's children (issue 14), and the traffic
// path through each network function on it: segment ⇄ function ⇄ segment.
describe('diagram fabric: switch bands between the holder and its children, and paths through functions', () => {
  const OS_SWITCH = `hardware h {
  cpu 16 cores; memory 64 GiB; network 10 Gbps
  os linux {
    switch linux-bridge as br0 {
      segment a vlan 1
      segment b vlan 2
      segment c vlan 3
    }
    runtime containerd {
      container lb { cpu 1; memory 1 GiB; function lb; nic a }
      container fw { cpu 1; memory 1 GiB; function firewall; nic a; nic b; nic c; nic a }
      container app { cpu 1; memory 1 GiB; nic b }
    }
    app tool
  }
}
`;
  const analysis = analyze(OS_SWITCH);
  const [g] = layoutStack(analysis.model);

  it('reads the test stack without errors', () => {
    assert.deepEqual(analysis.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), []);
  });

  it('puts a host OS\'s switch right above the OS, across the OS\'s columns, under its runtime and apps', () => {
    assert.deepEqual(row(g, 1), ['os:Linux']);
    assert.deepEqual(row(g, 2), ['switch:br0 (Linux bridge)']);
    assert.deepEqual(row(g, 3), ['runtime:containerd', 'app:App tool']);
    const os = g.cells.find((c) => c.style === 'os')!;
    const band = g.cells.find((c) => c.style === 'switch')!;
    assert.deepEqual([band.column, band.span], [os.column, os.span]);
    assert.equal(band.span, 4, 'three containers and an app');
  });

  it('spans only its holder\'s columns when the host runs other branches beside it', () => {
    const text = `hardware h { cpu 16 cores; memory 64 GiB; network 10 Gbps
  hypervisor kvm { switch ovs { segment s } vm a { vcpu 1; memory 1 GiB } vm b { vcpu 1; memory 1 GiB } }
  hypervisor esxi { vm c { vcpu 1; memory 1 GiB } }
}
`;
    const [h] = layoutStack(analyze(text).model);
    const band = h.cells.find((c) => c.style === 'switch')!;
    assert.deepEqual([band.row, band.column, band.span], [2, 0, 2]);
    // The other hypervisor's VM stands right on it, one row lower than the VMs over the switch.
    assert.equal(h.cells.find((c) => c.lines[0] === 'VM c')!.row, 2);
    assert.equal(h.cells.find((c) => c.lines[0] === 'VM a')!.row, 3);
  });

  it('writes the path through each function in the order of its NICs: two segments around it, more after a comma, one-armed after its segment', () => {
    const band = g.cells.find((c) => c.style === 'switch')!;
    assert.deepEqual(band.lines.slice(2), ['a · VLAN 1', 'b · VLAN 2', 'c · VLAN 3', 'a ⇄ lb', 'a ⇄ fw ⇄ b, c']);
    // The functions keep their own labels.
    assert.deepEqual(g.cells.find((c) => c.lines[0] === 'Container fw')!.lines.slice(-2), ['Network function: firewall', 'a ⇄ b ⇄ c']);
  });

  it('names an unnamed function by its function in the path, in the order of its NICs, not of the segments', () => {
    const text = `hardware h { cpu 16 cores; memory 64 GiB; network 10 Gbps; hypervisor kvm { switch ovs { segment x; segment y } vm { vcpu 1; memory 1 GiB; function router; nic y; nic x } } }\n`;
    const [h] = layoutStack(analyze(text).model);
    assert.deepEqual(h.cells.find((c) => c.style === 'switch')!.lines.slice(4), ['y ⇄ router ⇄ x']);
  });

  it('lists at most 3 paths and says how many more there are', () => {
    const fns = Array.from({ length: 5 }, (_, i) => `vm f${i} { vcpu 1; memory 1 GiB; function router; nic x; nic y }`).join('\n');
    const text = `hardware h { cpu 16 cores; memory 64 GiB; network 10 Gbps; hypervisor kvm { switch ovs { segment x; segment y }\n${fns}\n} }\n`;
    const [h] = layoutStack(analyze(text).model);
    assert.deepEqual(h.cells.find((c) => c.style === 'switch')!.lines.slice(4), ['x ⇄ f0 ⇄ y', 'x ⇄ f1 ⇄ y', 'x ⇄ f2 ⇄ y', '2 more']);
  });

  it('writes the names in a path through the escaper', () => {
    const text = `hardware h { cpu 16 cores; memory 64 GiB; network 10 Gbps; hypervisor kvm { switch ovs { segment C4Context; segment end } vm C4fw { vcpu 1; memory 1 GiB; function firewall; nic C4Context; nic end } } }\n`;
    const { model } = analyze(text);
    const source = stackDiagrams(model).hosts[0].source;
    assert.match(source, /C#52;Context ⇄ C#52;fw ⇄ end/);
    assert.doesNotMatch(source, /C4Context|C4fw/);
  });

  it('wraps a switch\'s band with its holder, the pieces under each band\'s VMs', () => {
    const [w] = layoutStack(analysis.model, { ...DEFAULT_DIAGRAM_OPTIONS, maxColumns: 2 });
    const pieces = w.cells.filter((c) => c.key === 'switch:br0');
    assert.deepEqual(pieces.map((p) => [p.span, p.continued]), [[2, false], [2, true]]);
    for (const p of pieces) {
      const os = w.cells.find((c) => c.style === 'os' && c.column === p.column && c.row === p.row - 1);
      assert.ok(os, 'each piece stands on a piece of the OS');
    }
  });

  it('selects the switch\'s band for the cursor on its lines, and the layers around it for theirs', () => {
    const at = (needle: string) => OS_SWITCH.indexOf(needle) + 1;
    assert.equal(blockKeyAt(analysis.model, at('segment b')), 'switch:br0');
    const key = blockKeyAt(analysis.model, at('runtime containerd'))!;
    assert.equal(key, 'hardware:h/os:linux/runtime:containerd');
    const shown = stackDiagrams(analysis.model).hosts[0].blocks;
    assert.equal(shown.find((b) => b.key === 'switch:br0')!.style, 'switch');
  });
});
