// Storage pools after a host failure (docs/simulation.md, "Storage pools after a failure"). Every
// expected value is worked out from the rules: a host holds the pool's data × copies (or × (k+m)/k)
// × its share of the pool's disks; vSAN rebuilds 60 min after the failure and needs 2 × FTT + 1
// hosts up, Ceph 600 s after and needs a host per copy or fragment, Storage Spaces Direct waits for
// the server; the rebuild sends the host's share once (k times for erasure coding) at half of the
// surviving hosts' uplinks.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analyze';
import { simulate, type SimulationResult } from '../../src/core/simulation';
import { VSAN_REPAIR_TIMER } from '../../src/core/simulation/recoveryFigures';
import { placementWidth, poolData, rebuildPools, tolerance, transferSeconds } from '../../src/core/simulation/storageRebuild';
import { settingFailures } from '../../src/core/simulation/recoverySetting';
import { buildView, english } from '../../src/extension/simulation/view';
import { KOREAN } from './bundles';
import { DAY, failure, MEGABITS_PER_TIB, pool, TiB } from './storage-rebuild-inputs';

describe('storage pools after a host failure', () => {
  it('a vSAN pool of 4 hosts with 2 copies rebuilds the failed host\'s share on the other 3 after the 60-minute repair timer', () => {
    // 4 TiB of data × 2 copies = 8 TiB over 4 equal hosts: 2 TiB on the failed one, sent once,
    // at half of 3 × 25 Gbps = 37.5 Gbps.
    const [p] = rebuildPools([pool('vsan', 4, 2, 4)], [failure(0, 3600)], DAY);
    const seconds = (2 * MEGABITS_PER_TIB) / 37_500;
    assert.equal(p.outcome, 'rebuilt');
    assert.equal(p.degraded, 3600);
    assert.equal(p.held, 2 * TiB);
    assert.equal(p.wait, 3600);
    assert.equal(p.tolerates, 0);
    assert.deepEqual(p.rebuild, { start: 7200, end: 7200 + seconds, traffic: 2 * TiB, rate: 37_500 });
    assert.equal(p.protectedAt, 7200 + seconds);
  });

  it('a vSAN pool of 3 hosts with 2 copies cannot re-protect: FTT=1 needs 2 × 1 + 1 = 3 hosts for its two copies and witness', () => {
    // VMware vSAN Planning and Deployment, "Limitations of a Two-Host or Three-Host Cluster
    // Configuration": "When a host fails, vSAN cannot rebuild data on another host".
    const [p] = rebuildPools([pool('vsan', 3, 2, 3)], [failure(0, 3600, 5 * 3600)], DAY);
    assert.deepEqual([p.outcome, p.why, p.needs, p.survivors, p.protectedAt, p.rebuild], ['degraded', 'hosts', 3, 2, 5 * 3600, undefined]);
    assert.equal(placementWidth({ product: 'vsan', copies: 3 }), 5);
  });

  it('a two-host mirror cannot re-protect and stays degraded until the host is back, or to the end of the run', () => {
    const [ceph] = rebuildPools([pool('ceph', 2, 2, 1)], [failure(1, 600)], DAY);
    assert.deepEqual([ceph.outcome, ceph.why, ceph.needs, ceph.survivors, ceph.protectedAt, ceph.back], ['degraded', 'hosts', 2, 1, null, null]);
    // Half of the 2 TiB footprint was on the failed host.
    assert.equal(ceph.held, TiB);
  });

  it('Ceph starts backfilling 600 s after the failure, when the down OSDs are marked out', () => {
    const [p] = rebuildPools([pool('ceph', 4, 3, 2)], [failure(2, 1000)], DAY);
    assert.equal(p.rebuild?.start, 1600);
    // 2 TiB × 3 copies over 4 hosts: 1.5 TiB on the failed one.
    assert.equal(p.held, 1.5 * TiB);
    assert.equal(p.tolerates, 1);
  });

  it('a host back before the timer runs out triggers no full rebuild: only the changes resync', () => {
    const [vsan] = rebuildPools([pool('vsan', 4, 2, 4)], [failure(0, 3600, 3600 + 1800)], DAY);
    assert.deepEqual([vsan.outcome, vsan.rebuild, vsan.protectedAt], ['resynced', undefined, 5400]);
    const [ceph] = rebuildPools([pool('ceph', 4, 3, 4)], [failure(0, 0, 600)], DAY);
    assert.equal(ceph.outcome, 'resynced', 'back exactly when the OSDs would be marked out');
  });

  it('a pool with one copy loses access to the data on the failed host until it is back; a local pool to all of its data', () => {
    const [one] = rebuildPools([pool('ceph', 3, 1, 3)], [failure(0, 0, 7200)], DAY);
    assert.deepEqual([one.outcome, one.tolerates, one.held, one.protectedAt], ['no-access', -1, TiB, 7200]);
    const local = pool('zfs', 1, 1, 2, { placement: 'local' });
    const [zfs] = rebuildPools([local], [failure(0, 0)], DAY);
    assert.deepEqual([zfs.outcome, zfs.held, zfs.protectedAt], ['no-access', 2 * TiB, null]);
    assert.equal(tolerance(local), 0);
  });

  it('a second host of a two-copy pool failing while the first is down leaves its data with no copy to read', () => {
    const out = rebuildPools([pool('vsan', 5, 2, 1)], [failure(0, 0), failure(1, 600, 1200)], DAY);
    assert.deepEqual(out.map((p) => [p.failure, p.outcome]), [[0, 'rebuilt'], [1, 'no-access']]);
  });

  it('Storage Spaces Direct keeps the server\'s drives and waits for it, then resyncs the changes', () => {
    const [p] = rebuildPools([pool('s2d', 4, 3, 1)], [failure(3, 100, 900)], DAY);
    assert.deepEqual([p.outcome, p.why, p.wait, p.protectedAt, p.rebuild], ['degraded', 'waits', null, 900, undefined]);
  });

  it('erasure coding rebuilds a lost fragment from k others: k times the host\'s share crosses the network', () => {
    // 2 TiB in 2 + 1 fragments is 3 TiB over 4 hosts: 0.75 TiB on the failed one, 1.5 TiB sent.
    const [p] = rebuildPools([pool('ceph', 4, 1, 2, { erasure: { data: 2, parity: 1 } })], [failure(0, 0)], DAY);
    assert.equal(p.held, 0.75 * TiB);
    assert.equal(p.rebuild?.traffic, 1.5 * TiB);
    assert.equal(p.tolerates, 0);
  });

  it('shares follow the hosts\' disks, and a rebuild needs room on the survivors\' disks', () => {
    const uneven = pool('ceph', 3, 2, 3, { hosts: [{ host: 0, disk: 4 * TiB, uplink: 0 }, { host: 1, disk: 2 * TiB, uplink: 0 }, { host: 2, disk: 2 * TiB, uplink: 0 }] });
    // 6 TiB footprint, half of the disks on host 0: 3 TiB there; the others hold 3 TiB of their 4 TiB.
    const [p] = rebuildPools([uneven], [failure(0, 0)], DAY);
    assert.deepEqual([p.held, p.outcome, p.why], [3 * TiB, 'degraded', 'space']);
    // Without `network`, 10 Gbps a host: half of 2 × 10 Gbps.
    const [q] = rebuildPools([{ ...uneven, data: TiB }], [failure(0, 0)], DAY);
    assert.equal(q.rebuild?.rate, 10_000);
  });

  it('spreads the data evenly over hosts whose disks the file does not give, and then checks no room', () => {
    const unknown = pool('ceph', 4, 2, 4, { hosts: [0, 1, 2, 3].map((host) => ({ host, disk: 0, uplink: 0 })) });
    const [p] = rebuildPools([unknown], [failure(1, 0)], DAY);
    assert.deepEqual([p.held, p.outcome], [2 * TiB, 'rebuilt']);
  });

  it('a rebuild that would start after the run, or end after it, says so', () => {
    const [late] = rebuildPools([pool('vsan', 4, 2, 4)], [failure(0, DAY - 600)], DAY);
    assert.deepEqual([late.outcome, late.why, late.protectedAt], ['degraded', 'after-run', null]);
    const [long] = rebuildPools([pool('vsan', 4, 2, 4)], [failure(0, 0)], 3700);
    assert.deepEqual([long.outcome, long.rebuild?.end, long.protectedAt], ['rebuilding', null, null]);
    // Back during the rebuild: protected when it is back.
    const [back] = rebuildPools([pool('vsan', 4, 2, 4)], [failure(0, 0, 3610)], DAY);
    assert.deepEqual([back.outcome, back.protectedAt], ['rebuilt', 3610]);
  });

  it('counts a pool\'s volumes full, at most its usable capacity, and moves data at the network\'s rate', () => {
    assert.equal(poolData(5, 3), 3);
    assert.equal(poolData(5, undefined), 5);
    assert.equal(transferSeconds(TiB, MEGABITS_PER_TIB), 1);
    assert.equal(transferSeconds(1, 0), Infinity);
  });
});

/** Four ESXi hosts of 8 TiB and 25 Gbps with a VM of a 1 TiB volume each, on a vSAN pool of 2 copies. */
function vsanFile(hosts: number, fail: string): string {
  const hw = Array.from({ length: hosts }, (_, i) => `  hardware esx${i + 1} {\n    cpu 16 cores; memory 128 GiB; disk 8 TiB; network 25 Gbps\n    hypervisor esxi { vm v${i + 1} { vcpu 2; memory 4 GiB; os linux "Ubuntu 24.04"; volume data 1 TiB from vsan1 } }\n  }`);
  return `simulate {\n  duration 24 h\n${fail}}\ncluster prod {\n${hw.join('\n')}\n  storage vsan as vsan1 { replicas 2 }\n}\n`;
}

function runFile(text: string, failures?: string[]): SimulationResult {
  const a = analyze(text);
  assert.deepEqual(a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), []);
  const o = simulate(a, failures && { failures });
  assert.equal(o.status, 'done', o.status === 'refused' ? o.refusal.message : o.status);
  return (o as { result: SimulationResult }).result;
}

describe('storage pools in a simulated file', () => {
  it('reports the vSAN pool of a failed host in result.recovery.pools, rebuilt from 60 min after the failure', () => {
    const r = runFile(vsanFile(4, '  fail esx1 at 1 h\n'));
    const [p] = r.recovery!.pools!;
    assert.deepEqual([p.pool, p.product, r.entities[p.host].name, p.degraded, p.held, p.rebuild?.start], ['vsan1', 'vsan', 'esx1', 3600, 2 * TiB, 3600 + VSAN_REPAIR_TIMER]);
    assert.equal(p.rebuild?.rate, 37_500);
  });

  it('adds no pools to a run with failures and no pools, so that its result keeps its bytes', () => {
    const r = runFile('hardware h { cpu 4 cores; memory 8 GiB; os linux "Debian 12" { app a { load constant 10% } } }\nsimulate { duration 2 h; fail h at 1 h }\n');
    assert.ok(r.recovery);
    assert.equal('pools' in r.recovery, false);
  });

  it('shows each pool row in the results panel, in English and in Korean', () => {
    const r = runFile(vsanFile(4, '  fail esx1 at 1 h recover at 3 h\n  fail esx2 at 10 h recover at 630 m\n'));
    const en = buildView(r, 'f.virt', 1, english).recovery!.pools!;
    assert.equal(en.table.rows.length, 2);
    assert.match(en.table.rows[0][4], /^rebuilt on the other hosts from 02:00:00 to 02:07:49, after vSAN's object repair timer of 1 h: 2 TiB over the network at 37\.5 Gbps/);
    assert.match(en.table.rows[1][4], /^the host was back at 10:31:00, before vSAN's object repair timer/);
    const ko = buildView(r, 'f.virt', 1, (id, ...args) => KOREAN.t(id, ...args)).recovery!.pools!;
    assert.equal(ko.title, KOREAN.t('simulation.view.recoveryPoolsTitle'));
    assert.notEqual(ko.title, en.title);
  });
});

describe('failures from the settings', () => {
  const text = vsanFile(4, '');

  it('adds the setting\'s failures to the file\'s, read as `fail` lines, with or without the keyword', () => {
    const r = runFile(vsanFile(4, '  fail esx1 at 1 h recover at 2 h\n'), ['esx2 at 3h recover at 4h', 'fail esx3 at 5 h']);
    assert.deepEqual(r.recovery!.failures.map((f) => [r.entities[f.host].name, f.at, f.repaired]), [['esx1', 3600, 7200], ['esx2', 10_800, 14_400], ['esx3', 18_000, null]]);
  });

  it('gives a run recovery results from the setting alone, and none for an empty list', () => {
    assert.ok(runFile(text, ['esx1 at 1 h']).recovery);
    assert.equal(runFile(text, []).recovery, undefined);
  });

  const refusal = (failures: unknown): string => {
    const o = simulate(analyze(text), { failures: failures as string[] });
    assert.equal(o.status, 'refused');
    return (o as { refusal: { message: string; reason: string } }).refusal.message;
  };

  it('refuses an unknown host with the file\'s own finding (VS800), naming the entry', () => {
    assert.equal(refusal(['esx9 at 1 h']), `The setting virtstack.simulation.failures, entry "esx9 at 1 h": VS800 ${analyze(`${text}simulate { fail esx9 at 1 h }\n`).diagnostics.find((d) => d.code === 'VS800')!.message}`);
  });

  it('refuses an entry that is not one `fail` line, a repair before the failure, an overlap, and a value that is not a list of strings', () => {
    assert.match(refusal(['esx1 at']), /has an entry that cannot be read, "esx1 at"\. .*A failure is written `fail HOST at TIME`/);
    assert.match(refusal(['esx1 at 1 h; duration 1 h']), /cannot be read, "esx1 at 1 h; duration 1 h"/);
    assert.match(refusal(['']), /cannot be read, ""/);
    assert.match(refusal(['esx1 at 2 h recover at 1 h']), /entry "esx1 at 2 h recover at 1 h": VS802 /);
    assert.match(refusal(['esx1 at 1 h', 'esx1 at 2 h']), /entry "esx1 at 2 h": 'esx1' is still down then from another failure/);
    assert.match(refusal('esx1 at 1 h'), /must be a list of failures .* not "esx1 at 1 h"\./);
    assert.match(refusal([1]), /not \[1\]\./);
  });

  it('names a value that is not a list in its message, cut short when long', () => {
    const none = settingFailures(undefined, analyze(text).model, DAY);
    assert.ok('problem' in none && / not undefined\.$/.test(none.problem.message));
    const long = refusal({ hosts: 'x'.repeat(200) });
    assert.match(long, /not \{"hosts":"x+…\./);
    assert.ok(long.length < 300);
  });

  it('overlaps a failure of the file as it would another line, and ignores one after the end of the run', () => {
    const o = simulate(analyze(vsanFile(4, '  fail esx1 at 1 h\n')), { failures: ['esx1 at 5 h'] });
    assert.equal(o.status, 'refused');
    // The setting's failure first, never repaired: the file's later line fails a host already down.
    const before = simulate(analyze(vsanFile(4, '  fail esx1 at 5 h\n')), { failures: ['esx1 at 1 h'] });
    assert.equal(before.status, 'refused');
    const after = simulate(analyze(vsanFile(4, '  fail esx1 at 5 h\n')), { failures: ['esx1 at 1 h recover at 2 h'] });
    assert.equal(after.status, 'done');
    const r = runFile(text, ['esx1 at 25 h']);
    assert.deepEqual(r.recovery!.failures, []);
  });
});

describe('storage pools in examples/storage.virt', () => {
  it('reports the vSAN, Ceph and ZFS pools of failed hosts, and not the NAS, which is not built from the hosts\' disks', () => {
    const r = runFile(readFileSync('examples/storage.virt', 'utf8'), ['esx1 at 1 h', 'node1 at 1 h', 'pve1 at 1 h']);
    const pools = r.recovery!.pools!;
    assert.deepEqual(pools.map((p) => [p.pool, r.entities[p.host].name, p.outcome]), [['vsan1', 'esx1', 'degraded'], ['objects', 'node1', 'degraded'], ['tank', 'pve1', 'no-access']]);
    // tank's volumes: 1 TiB + 2 TiB, all on its one host.
    assert.equal(pools[2].held, 3 * TiB);
  });
});

describe('storage pools in examples/recovery.virt', () => {
  it('runs its two-host vSAN pool degraded from esx-01\'s failure until esx-01 is back, since re-protecting needs three hosts', () => {
    const r = runFile(readFileSync('examples/recovery.virt', 'utf8'));
    // 500 GiB × 2 copies over two hosts of equal disks: 500 GiB on esx-01. It fails at 02:00 and
    // is repaired at 03:30, up after its 60 s boot at 03:31.
    const rows = buildView(r, 'recovery.virt', 1, english).recovery!.pools!.table.rows;
    assert.deepEqual(rows, [['vsan1', 'esx-01', '02:00:00', '500 GiB', 'cannot re-protect: it needs 3 hosts up to place every copy again and has 1, so it stays degraded until the host is back', '03:31:00']]);
  });
});
