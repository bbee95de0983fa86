// Clusters and storage virtualization (issue 14): how the model reads clusters, pools and
// volumes, and the arithmetic of the checks. Expected capacities come from the formulas of
// docs/language.md, each from the vendor's documentation: usable = raw / copies (vSAN's default
// policy FTT=1 RAID-1 keeps 2 copies; Ceph's osd_pool_default_size is 3), or raw × k/(k+m) for
// erasure coding.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { findings } from './helpers';
import { esx, san, vm, vsanCluster } from './storage-cases';

const TiB = 1024 * 1024;

const pool = (text: string, name: string) => {
  const p = analyze(text).model.pools.find((x) => x.name === name);
  assert.ok(p, `pool ${name}`);
  return p;
};

describe('clusters and storage: the model', () => {
  it('keeps a cluster\'s hardware as hosts of the model with no parent, and lists the cluster with them', () => {
    const { model } = analyze(vsanCluster(''));
    assert.deepEqual(model.hosts.map((h) => h.name), ['esx1', 'esx2', 'esx3']);
    assert.ok(model.hosts.every((h) => h.parent === undefined));
    assert.deepEqual(model.clusters.map((c) => [c.name, c.hosts.map((h) => h.name)]), [['prod', ['esx1', 'esx2', 'esx3']]]);
  });

  it('has no clusters and no pools in a file that writes none', () => {
    const { model } = analyze('hardware h { cpu 4; memory 8 GiB; hypervisor kvm { vm a { vcpu 1; memory 1 GiB } } }');
    assert.deepEqual([model.clusters.length, model.pools.length], [0, 0]);
  });

  it('names a pool after its product unless `as NAME` is given', () => {
    const { model } = analyze(`${vsanCluster('').replace('storage vsan as vsan1', 'storage vsan')}`);
    assert.deepEqual(model.pools.map((p) => [p.name, p.product, p.cluster?.name]), [['vsan', 'vsan', 'prod']]);
  });

  it('reads several volumes of one VM without calling the second a duplicate property (VS105)', () => {
    const text = vsanCluster('volume a 1 TiB from vsan1; volume b 1 TiB from vsan1');
    assert.deepEqual(findings(text), []);
    const web = analyze(text).model.layers.find((l) => l.name === 'web')!;
    assert.deepEqual(web.props.volume?.map((v) => [v.name, v.size, v.pool.name]), [['a', TiB, 'vsan1'], ['b', TiB, 'vsan1']]);
  });

  it('resolves a volume whose pool is written further down the file', () => {
    assert.deepEqual(findings(`hardware h { cpu 4; memory 8 GiB; hypervisor kvm { ${vm('a', 'volume d 1 TiB from late')} } }\nstorage nfs as late { capacity 2 TiB; reach h }\n`), []);
  });
});

describe('clusters and storage: capacity', () => {
  it('vSAN keeps 2 copies by default: 3 hosts × 4 TiB give 12 TiB raw and 6 TiB usable', () => {
    const u = pool(vsanCluster(''), 'vsan1').usage!;
    assert.deepEqual([u.raw, u.usable, u.copies], [12 * TiB, 6 * TiB, 2]);
  });

  it('Ceph keeps 3 copies by default, and `replicas` overrides it', () => {
    const three = `cluster c {\n${esx('n1', '')}\n${esx('n2', '')}\n${esx('n3', '')}\n  storage ceph as rbd1\n}\n`;
    assert.equal(pool(three, 'rbd1').usage!.usable, 4 * TiB);
    assert.equal(pool(three.replace('as rbd1', 'as rbd1 { replicas 2 }'), 'rbd1').usage!.usable, 6 * TiB);
  });

  it('erasure coding data 4 parity 2 leaves 4/6 of the raw capacity usable, and needs 6 hosts', () => {
    const hosts = Array.from({ length: 6 }, (_, i) => esx(`n${i}`, '', 'disk 3 TiB')).join('\n');
    const text = `cluster c {\n${hosts}\n  storage ceph as ec { erasure data 4 parity 2 }\n}\n`;
    assert.equal(pool(text, 'ec').usage!.usable, 12 * TiB); // 18 TiB × 4/6
    assert.deepEqual(findings(text), []);
    const five = `cluster c {\n${hosts.split('\n').slice(0, 5).join('\n')}\n  storage ceph as ec { erasure data 4 parity 2 }\n}\n`;
    assert.deepEqual(findings(five), ['VS504 erasure data 4 parity 2']);
  });

  it('Storage Spaces Direct mirrors two ways on two servers and three ways on three (Microsoft Learn)', () => {
    const two = `cluster c {\n${esx('n1', '')}\n${esx('n2', '')}\n  storage s2d as pool\n}\n`;
    assert.equal(pool(two, 'pool').usage!.copies, 2);
    assert.deepEqual(findings(two), []);
    const three = two.replace('  storage', `${esx('n3', '')}\n  storage`);
    assert.equal(pool(three, 'pool').usage!.copies, 3);
  });

  it('builds a pool from the hosts `disks` names, or from a cluster named there', () => {
    const hosts = `${esx('a', '')}\n${esx('b', '')}`.replace(/^ {2}/gm, '');
    assert.equal(pool(`${hosts}\nstorage ceph as p { replicas 2; disks a, b }\n`, 'p').usage!.raw, 8 * TiB);
    assert.equal(pool(`cluster k {\n${esx('a', '')}\n}\nstorage ceph as p { replicas 1; disks k }\n`, 'p').usage!.raw, 4 * TiB);
  });

  it('takes an array\'s raw capacity from `capacity` and keeps it all usable', () => {
    const u = pool(vsanCluster('') + san(), 'san1').usage!;
    assert.deepEqual([u.raw, u.usable], [10 * TiB, 10 * TiB]);
  });

  it('adds up the volumes of each pool for the hover', () => {
    const u = pool(vsanCluster('volume a 1 TiB from vsan1; volume b 512 GiB from vsan1'), 'vsan1').usage!;
    assert.deepEqual([u.volumes, u.provisioned], [2, 1.5 * TiB]);
  });
});

describe('clusters and storage: reach', () => {
  it('a local pool is reached by its own host only', () => {
    const text = `hardware a { cpu 4; memory 8 GiB; disk 2 TiB; storage zfs as tank; hypervisor kvm { ${vm('x', 'volume d 1 TiB from tank')} } }\n` +
      `hardware b { cpu 4; memory 8 GiB; hypervisor kvm { ${vm('y', 'volume d 1 TiB from tank')} } }\n`;
    assert.deepEqual(findings(text), ['VS503 tank']);
    assert.match(analyze(text).diagnostics[0].message, /VM 'y' runs on 'b', which cannot reach pool 'tank'/);
  });

  it('`reach` may name a cluster for all its hosts', () => {
    assert.deepEqual(findings(vsanCluster('volume logs 1 TiB from san1') + san('prod')), []);
  });

  it('a nested VM reaches what the physical host under it reaches', () => {
    const nested = vm('outer', 'hypervisor kvm { vm inner { vcpu 1; memory 1 GiB; os linux; volume d 1 TiB from vsan1 } }');
    const text = vsanCluster('').replace('hypervisor esxi {  }', `hypervisor esxi { ${nested} }`);
    assert.equal(analyze(text).model.layers.find((l) => l.name === 'inner')?.parent?.kind, 'hypervisor');
    assert.deepEqual(findings(text).filter((f) => f.startsWith('VS5')), []);
    // The same VM on a host outside the cluster cannot reach the pool.
    const outside = `${vsanCluster('')}hardware other { cpu 32 cores; memory 256 GiB; hypervisor esxi { ${nested} } }\n`;
    assert.deepEqual(findings(outside).filter((f) => f.startsWith('VS5')), ['VS503 vsan1']);
  });
});

describe('clusters and storage: admission control', () => {
  // Hosts of 512, 256 and 256 GiB; tolerating one failure loses the largest (a), leaving 512 GiB
  // for 800 GiB of VMs. b and c already hold 400 GiB, so 112 GiB are spare: va1 (100 GiB) is
  // restarted first, as written, and va2 (300 GiB) finds no room.
  const text = `cluster ha {\n  tolerate 1\n${esx('a', `${vm('va1', '', '100 GiB')} ${vm('va2', '', '300 GiB')}`, 'disk 1 TiB', 'memory 512 GiB')}\n` +
    `${esx('b', vm('vb', '', '200 GiB'))}\n${esx('c', vm('vc', '', '200 GiB'))}\n}\n`;

  it('removes the largest hosts and names the VMs that would not restart', () => {
    const d = analyze(text).diagnostics;
    assert.deepEqual(d.map((x) => x.code), ['VS522']);
    assert.match(d[0].message, /loses its 1 largest host\(s\) \('a'\), the others offer 512 GiB of memory but its VMs need 800 GiB: 'va2' would not restart/);
  });

  it('is quiet when the remaining hosts hold every VM, and without `tolerate`', () => {
    assert.deepEqual(findings(text.replace('300 GiB', '12 GiB')), []); // 512 GiB ≥ 512 GiB
    assert.deepEqual(findings(text.replace('  tolerate 1\n', '')), []);
  });

  it('counts a host\'s `reserve` out of what it offers', () => {
    // 12 GiB of VMs less made 512 = 512; a reserve of 1 GiB on b makes it 511 < 512.
    const tight = text.replace('300 GiB', '12 GiB').replace('hardware b { cpu 32 cores; memory 256 GiB;', 'hardware b { cpu 32 cores; memory 256 GiB; reserve 1 GiB;');
    assert.deepEqual(findings(tight), ['VS522 1']);
  });
});

describe('clusters and storage: malformed values', () => {
  const inPool = (line: string) => `cluster c {\n${esx('n1', '')}\n${esx('n2', '')}\n  storage ceph as p { ${line} }\n}\n`;

  it('reports `replicas 0`, `erasure 4` and `thin 0.5` at the value, with the form to write', () => {
    assert.deepEqual(findings(inPool('replicas 0')), ['VS104 0']);
    const erasure = analyze(inPool('replicas 2; erasure 4')).diagnostics;
    assert.deepEqual(erasure.map((d) => d.code), ['VS102']);
    assert.match(erasure[0].message, /erasure data 4 parity 2/);
    assert.deepEqual(findings(inPool('replicas 2; thin 0.5')), ['VS104 0.5']);
  });

  it('reports a volume without `from POOL` or without a size', () => {
    const bad = (line: string) => findings(vsanCluster(line)).filter((f) => f.startsWith('VS102'));
    assert.deepEqual(bad('volume data 1 TiB'), ['VS102 1 TiB']);
    assert.deepEqual(bad('volume data from vsan1'), ['VS102 from']);
  });

  it('reports a missing name or product, a value of the wrong form and a word that is no setting, each at its place', () => {
    assert.deepEqual(findings('storage\n'), ['VS109 storage']);
    assert.deepEqual(findings('storage nfs as\n').filter((f) => !f.startsWith('VS505')), ['VS109 as']);
    assert.deepEqual(findings('cluster { }\n'), ['VS109 cluster']);
    assert.deepEqual(findings('storage nfs as n { capacity 1 TiB; reach 4 }\n'), ['VS102 4']);
    assert.deepEqual(findings('storage nfs as n { capacity 1 TiB; reech h }\n'), ["VS100 reech"]);
    assert.match(analyze('storage nfs as n { capacity 1 TiB; reech h }\n').diagnostics[0].message, /Did you mean 'reach'/);
    assert.deepEqual(findings(vsanCluster('', '', '  tolerate 1 { }')), ['VS114 {']);
  });

  it('reports a volume where it does not apply, and pool settings outside a pool', () => {
    assert.deepEqual(findings('hardware h { cpu 4; memory 8 GiB; volume d 1 TiB from p }'), ['VS101 volume']);
    assert.deepEqual(findings(`${vsanCluster('', '', '  replicas 2')}`), ['VS512 replicas']);
    assert.deepEqual(findings(`hardware h { cpu 4; memory 8 GiB; hypervisor kvm { vm a { vcpu 1; memory 1 GiB; cluster x { } } } }`), ['VS512 cluster']);
  });
});

describe('clusters and storage: the examples', () => {
  const read = (f: string) => readFileSync(join(__dirname, '..', '..', 'examples', f), 'utf8');

  it('storage.ko.virt is storage.virt with Korean comments: the same layers, clusters and pools', () => {
    const shape = (f: string) => {
      const { model } = analyze(read(f));
      return {
        layers: model.layers.map((l) => `${l.kind}:${l.name}:${l.props.volume?.map((v) => `${v.name}=${v.size}@${v.pool.name}`).join(',') ?? ''}`),
        clusters: model.clusters.map((c) => `${c.name}:${c.hosts.length}:${c.tolerate?.value ?? ''}`),
        pools: model.pools.map((p) => `${p.name}:${p.usage?.usable}:${p.usage?.provisioned}`),
      };
    };
    assert.deepEqual(shape('storage.ko.virt'), shape('storage.virt'));
  });

  it('storage.virt shows each way to build a pool: distributed with copies and with erasure coding, external, local', () => {
    const { model } = analyze(read('storage.virt'));
    assert.deepEqual(model.pools.map((p) => [p.name, p.catalogue?.placement]), [['vsan1', 'distributed'], ['objects', 'distributed'], ['nas1', 'external'], ['tank', 'local']]);
    // Ceph erasure coding data 2 parity 1 over 3 × 2 TiB: 6 TiB × 2/3 = 4 TiB usable.
    assert.equal(model.pools[1].usage!.usable, 4 * TiB);
  });
});
