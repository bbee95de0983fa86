// Storage pools after a host failure (docs/simulation.md, "Storage pools after a failure"), at the
// edges of its rules. Every expected value is worked out by hand from them: a host holds the
// pool's data × copies × its share of the pool's disks (equal shares unless every disk is
// written), a local pool all its data; a pool tolerates copies − 1 failed hosts, a local one none;
// a host is down over [at, up); vSAN starts rebuilding 3,600 s after the failure and needs
// 2 × FTT + 1 hosts up and room for what the host held on the survivors' disks; the rebuild sends
// the host's share once at half of the survivors' uplinks; the run covers [0, duration).
import * as assert from 'node:assert/strict';
import { rebuildPools, tolerance, transferSeconds } from '../../src/core/simulation/storageRebuild';
import { DAY, failure, MEGABITS_PER_TIB, pool, TiB } from './storage-rebuild-inputs';

describe('storage pools after a host failure: the edges of the rules', () => {
  it('a local pool with two copies (a ZFS mirror, `replicas 2`) tolerates no host failure, has no access until its host is back, and its host held its data once: 2 TiB', () => {
    const local = pool('zfs', 1, 2, 2, { placement: 'local' });
    assert.equal(tolerance(local), 0);
    const [p] = rebuildPools([local], [failure(0, 0, 3600)], DAY);
    assert.deepEqual([p.outcome, p.tolerates, p.held, p.protectedAt], ['no-access', -1, 2 * TiB, 3600]);
  });

  it('spreads the data evenly when one host\'s disk is not written: 3 TiB × 2 copies over 4 hosts is 1.5 TiB on each', () => {
    const hosts = [8 * TiB, 8 * TiB, 8 * TiB, 0].map((disk, host) => ({ host, disk, uplink: 25_000 }));
    const [p] = rebuildPools([pool('ceph', 4, 2, 3, { hosts })], [failure(0, 0)], DAY);
    assert.equal(p.held, 1.5 * TiB);
  });

  it('counts a host back exactly when another fails as up: down over [at, up), so a two-copy pool still has a copy to read', () => {
    // Host 1 fails at 0 and is up at 600; host 0 fails at 600. Only host 0 is down then:
    // 2 copies tolerate 1 failure, 0 left. vSAN rebuilds from 600 + 3,600 s on hosts 1 to 4.
    const out = rebuildPools([pool('vsan', 5, 2, 1)], [failure(1, 0, 600), failure(0, 600)], DAY);
    assert.deepEqual([out[1].failure, out[1].tolerates, out[1].outcome, out[1].rebuild?.start], [1, 0, 'rebuilt', 4200]);
  });

  it('a rebuild whose timer runs out exactly at the end of the run starts after the run', () => {
    const [p] = rebuildPools([pool('vsan', 4, 2, 4)], [failure(0, DAY - 3600)], DAY);
    assert.deepEqual([p.outcome, p.why, p.protectedAt, p.rebuild], ['degraded', 'after-run', null, undefined]);
  });

  it('rebuilds when the survivors\' free disk is exactly what the host held: 12 TiB × 2 copies over four 8 TiB disks', () => {
    // 24 TiB footprint, 6 TiB a host: the three survivors have 3 × (8 − 6) = 6 TiB free, the 6 TiB lost.
    const [p] = rebuildPools([pool('vsan', 4, 2, 12)], [failure(0, 0)], DAY);
    const seconds = (6 * MEGABITS_PER_TIB) / 37_500;
    assert.deepEqual([p.held, p.outcome, p.rebuild?.end], [6 * TiB, 'rebuilt', 3600 + seconds]);
  });

  it('a rebuild that ends exactly at the end of the run is still rebuilding then', () => {
    // 2 TiB sent at half of 3 × 25 Gbps from 3,600 s; the run ends when it would be done.
    const seconds = (2 * MEGABITS_PER_TIB) / 37_500;
    const [p] = rebuildPools([pool('vsan', 4, 2, 4)], [failure(0, 0)], 3600 + seconds);
    assert.deepEqual([p.outcome, p.rebuild?.start, p.rebuild?.end, p.protectedAt], ['rebuilding', 3600, null, null]);
  });

  it('a host back after the rebuild is done leaves the pool protected when the rebuild ended, the first of the two', () => {
    const seconds = (2 * MEGABITS_PER_TIB) / 37_500;
    const [p] = rebuildPools([pool('vsan', 4, 2, 4)], [failure(0, 0, 20_000)], DAY);
    assert.deepEqual([p.outcome, p.protectedAt], ['rebuilt', 3600 + seconds]);
  });

  it('moves nothing at a rate of 0 or below: never done, and never a negative or undefined time', () => {
    assert.equal(transferSeconds(TiB, -1000), Infinity);
    assert.ok(!Number.isNaN(transferSeconds(0, 0)));
  });
});
