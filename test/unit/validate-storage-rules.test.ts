// The checks of clusters, pools and volumes (validate/storage.ts), of which layers bring volumes
// (validate/validator.ts) and of `fail` lines (validate/recovery.ts), each pinned by a plain
// expected value where Stryker's survivors showed no test looked (issue 17). Texts come from the
// English bundle (l10n/bundle.l10n.json), codes from docs/language.md's tables, capacities from
// its "Clusters and storage" formulas (usable = raw / copies).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { findings, withCode } from './helpers';
import { esx, vm } from './storage-cases';

const TiB = 1024 * 1024;

describe('validate/storage: admission control names the VMs that would not restart (VS522)', () => {
  // Hosts of 512, 256 and 256 GiB; tolerating one failure loses a (the largest), leaving 512 GiB.
  // b and c hold 200 GiB each, so 112 GiB are spare for a's VMs, restarted in the order written.
  const cluster = (aVms: string, otherVms = '200 GiB') =>
    `cluster ha {\n  tolerate 1\n${esx('a', aVms, 'disk 1 TiB', 'memory 512 GiB')}\n${esx('b', vm('vb', '', otherVms))}\n${esx('c', vm('vc', '', otherVms))}\n}\n`;

  it('takes a restarted VM\'s memory out of what is spare: of two 100 GiB VMs in 112 GiB, only the second is named', () => {
    const text = cluster(`${vm('va1', '', '100 GiB')} ${vm('va2', '', '100 GiB')}`);
    const d = withCode(text, 'VS522');
    assert.equal(d.length, 1);
    assert.equal(d[0].message, "If cluster 'ha' loses its 1 largest host(s) ('a'), the others offer 512 GiB of memory but its VMs need 600 GiB: 'va2' would not restart.");
  });

  it('names five VMs and counts the rest as "2 more" when seven would not restart', () => {
    // b and c hold 250 GiB each: 12 GiB spare, and each of a's seven 20 GiB VMs needs more.
    const sevenVms = Array.from({ length: 7 }, (_, i) => vm(`va${i + 1}`, '', '20 GiB')).join(' ');
    const text = cluster(sevenVms, '250 GiB');
    const d = withCode(text, 'VS522');
    assert.equal(d.length, 1);
    assert.equal(d[0].message, "If cluster 'ha' loses its 1 largest host(s) ('a'), the others offer 512 GiB of memory but its VMs need 640 GiB: 'va1', 'va2', 'va3', 'va4', 'va5', 2 more would not restart.");
  });
});

describe('validate/storage: a pool\'s product (VS217, VS507)', () => {
  const pool = (product: string) => `storage ${product} as p { capacity 1 TiB; reach h }\nhardware h { cpu 4; memory 8 GiB }\n`;

  it('a known product of another role is VS217 "is a hypervisor, not a storage product", not VS507', () => {
    const text = pool('esxi');
    assert.deepEqual(findings(text), ['VS217 esxi']);
    assert.match(analyze(text).diagnostics[0].message, /^VMware ESXi is a hypervisor, not a storage product\.$/);
  });

  it('a word close to no product is VS507 listing the storage products of docs/language.md, separated by ", "', () => {
    const text = pool('qqqqqqqqq');
    assert.deepEqual(findings(text), ['VS507 qqqqqqqqq']);
    const listed = /Known products: (.*)\.$/.exec(analyze(text).diagnostics[0].message)?.[1];
    // docs/language.md, "Clusters and storage": distributed vsan, ceph, s2d; local zfs, lvm-thin; external iscsi, nfs, fc.
    assert.deepEqual(listed?.split(', ').sort(), ['ceph', 'fc', 'iscsi', 'lvm-thin', 'nfs', 's2d', 'vsan', 'zfs']);
  });
});

describe('validate/storage: Storage Spaces Direct\'s default copies', () => {
  // "Storage Spaces Direct 3 but at most the number of servers": with `capacity` and no server
  // giving it disks, no count of servers lowers the default, so 12 TiB raw leave 4 TiB usable.
  const text = 'storage s2d as pool { capacity 12 TiB; reach h }\n' +
    `hardware h { cpu 32 cores; memory 256 GiB; hypervisor kvm { ${vm('a', 'volume data 5 TiB from pool')} } }\n`;

  it('keeps 3 copies when no host builds the pool: 12 TiB raw, 4 TiB usable', () => {
    const u = analyze(text).model.pools[0].usage!;
    assert.deepEqual([u.raw, u.copies, u.usable], [12 * TiB, 3, 4 * TiB]);
  });

  it('so a 5 TiB volume is larger than the pool (VS500) and overfills it (VS501)', () => {
    assert.deepEqual(findings(text).sort(), ['VS500 5 TiB', 'VS501 pool']);
  });
});

describe('validate/validator: the layers whose volumes are checked', () => {
  it('a container\'s volume from a pool that does not exist is VS506, as a VM\'s is', () => {
    const runtime = (guest: string) => `hardware h { cpu 4; memory 8 GiB; os linux { runtime docker { ${guest} } } }\n`;
    assert.deepEqual(findings(runtime('container c { cpu 1; memory 1 GiB; volume d 1 TiB from nopool }')), ['VS506 nopool']);
  });
});

describe('validate/recovery: fail lines', () => {
  const HOST = 'hardware esx1 { cpu 4; memory 8 GiB }\n';

  it('VS801 without `duration` names the default end of the run, 24 h', () => {
    const text = `simulate { fail esx1 at 30 h }\n${HOST}`;
    const d = withCode(text, 'VS801');
    assert.equal(d.length, 1);
    assert.equal(d[0].message, 'A failure at 30 h comes at or after the end of the run (24 h), so it changes nothing. Fail the host earlier or make `duration` longer.');
  });

  it('VS803 for two failures of one host at the same time: reported at the later line, the earlier line related', () => {
    const text = `simulate {\n  fail esx1 at 2 h\n  fail esx1 at 2 h\n}\n${HOST}`;
    const first = text.indexOf('fail esx1');
    const second = text.indexOf('fail esx1', first + 1);
    const d = withCode(text, 'VS803');
    assert.equal(d.length, 1);
    assert.deepEqual([d[0].start, d[0].end], [second + 'fail esx1 at '.length, second + 'fail esx1 at 2 h'.length]);
    assert.equal(d[0].message, "'esx1' fails again at 2 h while it is still down from the failure on line 2. Give that failure a `recover at` time before this one, or fail the host later.");
    assert.deepEqual(d[0].related?.map((r) => [r.start, r.message]), [[first, { id: 'recovery.related.earlier', args: ['esx1'] }]]);
  });
});
