// Editor services of clusters and storage (issue 14): completion offers the fabric statements
// where the checker accepts them (docs/language.md, "Clusters and storage") and the names they
// refer to; hover shows a pool's capacity as the rules compute it.
import * as assert from 'node:assert/strict';
import { complete } from '../../../src/core/services/completion/completion';
import { hover } from '../../../src/core/services/hover/hover';
import { definition } from '../../../src/core/services/navigation/navigation';
import { documentSymbols } from '../../../src/core/services/outline/outline';
import { ENGLISH, KOREAN } from '../bundles';
import { vsanCluster } from '../storage-cases';
import { cursor } from './cursor';

function labels(marked: string): string[] {
  const { text, offset, analysis } = cursor(marked);
  return complete(analysis, text, offset, { l10n: ENGLISH }).items.map((i) => i.label);
}

function hoverAt(marked: string, l10n = ENGLISH): string | undefined {
  const { text, offset, analysis } = cursor(marked);
  return hover(analysis, text, offset, { l10n })?.markdown;
}

describe('clusters and storage: completion', () => {
  it('offers `cluster` and `storage` at the top level once a letter is typed, or once the file has a pool', () => {
    assert.ok(!labels('|').includes('cluster'), 'an empty line of a file without fabric keeps the first list short');
    assert.ok(labels('c|').includes('cluster') && labels('c|').includes('storage'));
    assert.ok(labels('storage nfs as n { capacity 1 TiB }\n|').includes('cluster'));
  });

  it('in a cluster: hardware, storage and tolerate; in a pool: its settings not yet written', () => {
    assert.deepEqual(labels('cluster p {\n  |\n}\n'), ['hardware', 'storage', 'tolerate']);
    assert.deepEqual(labels('cluster p {\n  tolerate 1\n  |\n}\n'), ['hardware', 'storage']);
    assert.deepEqual(labels('storage ceph as c {\n  replicas 2\n  |\n}\n'), ['erasure', 'thin', 'capacity', 'disks', 'reach']);
  });

  it('offers local products in hardware and the others elsewhere (a local pool stands in its host)', () => {
    assert.deepEqual(labels('hardware h {\n  storage |\n}\n'), ['zfs', 'lvm-thin']);
    assert.deepEqual(labels('storage |'), ['vsan', 'ceph', 's2d', 'iscsi', 'nfs', 'fc']);
    assert.deepEqual(labels('cluster p {\n  storage |\n}\n'), ['vsan', 'ceph', 's2d', 'iscsi', 'nfs', 'fc']);
    assert.deepEqual(labels('storage vsan |'), ['as']);
  });

  it('offers `volume` in a VM of a file with pools, then `from` and the pool names', () => {
    const vm = (line: string) => `storage nfs as files { capacity 1 TiB }\nhardware h { hypervisor kvm { vm a {\n  ${line}\n} } }\n`;
    assert.ok(labels(vm('|')).includes('volume'));
    assert.ok(labels(vm('volume a 1 GiB\n  |')).includes('volume'), 'volumes repeat');
    assert.deepEqual(labels(vm('volume d 10 GiB |')), ['from']);
    assert.deepEqual(labels(vm('volume d 10 GiB from |')), ['files']);
    assert.deepEqual(labels(vm('volume d 10 |')).slice(0, 3), ['GiB', 'MiB', 'TiB']);
  });

  it('offers hosts and clusters not yet listed after `disks` and `reach`', () => {
    assert.deepEqual(labels('hardware h1 { }\nhardware h2 { }\ncluster k { }\nstorage nfs as n { reach h1, | }\n'), ['h2', 'k']);
  });
});

describe('clusters and storage: hover', () => {
  // Three hosts of 4 TiB: 12 TiB raw, 6 TiB usable with vSAN's two copies (FTT=1, RAID-1).
  const text = vsanCluster('volume data 1 TiB from vsan1', 'thin 2.0');

  it('shows a pool\'s raw and usable capacity, its copies, its volumes against its thin limit, and its hosts', () => {
    const md = hoverAt(text.replace('as vsan1', 'as vs|an1'))!;
    assert.match(md, /Storage pool `vsan1`\*\* · VMware vSAN/);
    assert.match(md, /Raw capacity: 12 TiB/);
    assert.match(md, /Usable: 6 TiB \(2 copies of each block\)/);
    assert.match(md, /Volumes: 1, taking 1 TiB of a limit of 12 TiB · thin provisioning 2:1/);
    assert.match(md, /`esx1`, `esx2`, `esx3`/);
  });

  it('shows the pool of a volume, and a cluster\'s hosts and tolerated failures', () => {
    assert.match(hoverAt(text.replace('from vsan1', 'from vs|an1'))!, /Volume `data`: 1 TiB from pool `vsan1`[\s\S]*Usable: 6 TiB/);
    const cluster = hoverAt(text.replace('cluster prod', 'cluster pr|od').replace('  storage vsan', '  tolerate 1\n  storage vsan'))!;
    assert.match(cluster, /3 host\(s\): `esx1`, `esx2`, `esx3`/);
    assert.match(cluster, /restart the VMs of 1 failed host/);
  });

  it('explains a storage product and a fabric keyword, in Korean too', () => {
    assert.match(hoverAt(text.replace('storage vsan', 'storage vs|an'))!, /\*\*VMware vSAN\*\* · storage/);
    assert.match(hoverAt(text.replace('storage vsan', 'storage vs|an'), KOREAN)!, /스토리지/);
    assert.match(hoverAt(text.replace('thin 2.0', 'th|in 2.0'))!, /Thin provisioning/);
  });
});

describe('clusters and storage: outline and navigation', () => {
  const text = vsanCluster('volume logs 1 TiB from san1') + 'storage iscsi as san1 { capacity 10 TiB; reach prod, esx1 }\n';

  it('lists a cluster with its hosts and its pool in the outline, and a pool at the top level, each with what it is', () => {
    const { analysis } = cursor(`${text}|`);
    const symbols = documentSymbols(analysis, ENGLISH);
    assert.deepEqual(symbols.map((s) => [s.name, s.kind, s.detail]), [['prod', 'cluster', 'cluster'], ['san1', 'pool', 'storage pool · iSCSI storage array']]);
    assert.deepEqual(symbols[0].children.map((s) => [s.name, s.kind]), [['esx1', 'hardware'], ['esx2', 'hardware'], ['esx3', 'hardware'], ['vsan1', 'pool']]);
    // The cluster's name is what the outline reveals and highlights.
    assert.equal(text.slice(symbols[0].selectionStart, symbols[0].selectionEnd), 'prod');
  });

  it('says in the outline how many host failures a cluster tolerates, in English and Korean', () => {
    const { analysis } = cursor(`${text.replace('cluster prod {', 'cluster prod {\n  tolerate 1')}|`);
    assert.equal(documentSymbols(analysis, ENGLISH)[0].detail, 'cluster · host failures tolerated: 1');
    assert.equal(documentSymbols(analysis, KOREAN)[0].detail, '클러스터 · 허용하는 호스트 장애: 1대');
  });

  it('goes from a volume to its pool, and from reach to the cluster or host it names', () => {
    const at = (marked: string) => {
      const { offset, analysis, text: t } = cursor(marked);
      const span = definition(analysis, offset);
      return span && `${t.slice(span.start, span.end)}@${span.start}`;
    };
    assert.equal(at(text.replace('from san1', 'from sa|n1')), `san1@${text.indexOf('as san1') + 3}`);
    assert.equal(at(text.replace('reach prod', 'reach pr|od')), `prod@${text.indexOf('cluster prod') + 8}`);
    assert.equal(at(text.replace('prod, esx1', 'prod, es|x1')), `esx1@${text.indexOf('hardware esx1') + 9}`);
  });
});
