// Disaster recovery of storage: what a host failure does to the pools its disks build, when each
// pool starts rebuilding the lost copies elsewhere, and how long that takes over the network
// (docs/simulation.md, "Storage pools after a failure"). Pure, on plain inputs, so that the rules
// can be checked by hand; recoveryInput.ts makes the inputs from the file's pools, and the host
// failures are those the recovery model ran (recovery.ts), so that both agree on what was down.
import { REBUILD, STORAGE_REPAIR } from './recoveryFigures';
import type { FailureOutcome, PoolRecovery } from './types';

/** A pool as the rebuild model needs it. */
export interface RebuildPool {
  readonly name: string;
  /** The catalogue id of its product (`vsan`, `ceph`, `s2d`, `zfs` …). */
  readonly product: string;
  /** Where its capacity comes from: local pools live and die with their one host. */
  readonly placement: 'distributed' | 'local';
  /** Host entities whose disks build it, each with its raw disk in MiB (0 when unknown) and its uplink in Mbps (0 when unknown). */
  readonly hosts: readonly { readonly host: number; readonly disk: number; readonly uplink: number }[];
  /** Full copies of each block (1 for erasure coding). */
  readonly copies: number;
  readonly erasure?: { readonly data: number; readonly parity: number };
  /** Logical MiB of data it holds (see poolData). */
  readonly data: number;
}

/**
 * The data a pool holds, by the rule of docs/simulation.md: what its volumes are given
 * (`volume NAME SIZE from POOL`), counted full since the file says how large a volume is, not
 * how much of it is written; a thin pool cannot hold more than its usable capacity, so that caps it.
 */
export function poolData(provisioned: number, usable: number | undefined): number {
  return usable === undefined ? provisioned : Math.min(provisioned, usable);
}

/** Hosts a pool needs up to place every copy or fragment (and vSAN's witnesses) of a block anew. */
export function placementWidth(pool: Pick<RebuildPool, 'product' | 'copies' | 'erasure'>): number {
  if (pool.erasure) return pool.erasure.data + pool.erasure.parity;
  // vSAN keeps FTT + 1 copies and FTT witnesses, each on its own host: 2 × FTT + 1 hosts.
  return pool.product === 'vsan' ? 2 * pool.copies - 1 : pool.copies;
}

/** Host failures a pool's data survives: copies − 1, or the parity fragments. */
export function tolerance(pool: Pick<RebuildPool, 'placement' | 'copies' | 'erasure'>): number {
  if (pool.placement === 'local') return 0;
  return pool.erasure ? pool.erasure.parity : pool.copies - 1;
}

/** MiB from megabits: a MiB is 8 × 1.048576 megabits. */
const MEGABITS_PER_MIB = 8 * 1.048576;

/**
 * Seconds to move `traffic` MiB at `rate` Mbps: the estimate of docs/simulation.md, which takes
 * the network as the bound and leaves the disks out.
 */
export function transferSeconds(traffic: number, rate: number): number {
  return rate > 0 ? (traffic * MEGABITS_PER_MIB) / rate : Infinity;
}

/** What a pool does when a host that holds some of its data fails, for every failure of the run. */
export function rebuildPools(pools: readonly RebuildPool[], failures: readonly FailureOutcome[], duration: number): PoolRecovery[] {
  const out: PoolRecovery[] = [];
  // Down over [at, up): a host never up again within the run stays down past its end.
  const downAt = (host: number, t: number) => failures.some((f) => f.host === host && f.at <= t && t < (f.up ?? Infinity));
  failures.forEach((f, k) => {
    for (const pool of pools) {
      const at = pool.hosts.findIndex((h) => h.host === f.host);
      if (at >= 0) out.push(onePool(pool, at, f, k, duration, downAt));
    }
  });
  return out;
}

function onePool(pool: RebuildPool, at: number, f: FailureOutcome, failure: number, duration: number, downAt: (host: number, t: number) => boolean): PoolRecovery {
  const hosts = pool.hosts;
  // The host's share of the pool's raw footprint: blocks are spread over the hosts in proportion
  // to their disks (vSAN and CRUSH weigh by capacity), evenly when the disks are not written.
  const known = hosts.every((h) => h.disk > 0);
  const totalDisk = hosts.reduce((s, h) => s + h.disk, 0);
  const share = (i: number) => (known ? hosts[i].disk / totalDisk : 1 / hosts.length);
  const width = pool.erasure ? (pool.erasure.data + pool.erasure.parity) / pool.erasure.data : pool.copies;
  const footprint = pool.data * width;
  const held = pool.placement === 'local' ? pool.data : footprint * share(at);
  const base = { pool: pool.name, product: pool.product, failure, host: f.host, degraded: f.at, held, back: f.up };
  // Hosts of the pool down at the failure, itself included: beyond what the pool tolerates, the
  // data on this host has no copy left to read until the host is back.
  const down = hosts.filter((h) => downAt(h.host, f.at)).length;
  const tolerates = tolerance(pool) - down;
  if (tolerates < 0) return { ...base, outcome: 'no-access', tolerates, wait: null, protectedAt: f.up };
  const wait = STORAGE_REPAIR[pool.product];
  // Storage Spaces Direct keeps the missing drives and waits for the server (and so does a product without a timer).
  if (wait === undefined) return { ...base, outcome: 'degraded', why: 'waits', tolerates, wait: null, protectedAt: f.up };
  const start = f.at + wait;
  // Back before the timer: only what changed meanwhile is written to it (resync), no full rebuild.
  if (f.up !== null && f.up <= start) return { ...base, outcome: 'resynced', tolerates, wait, protectedAt: f.up };
  if (start >= duration) return { ...base, outcome: 'degraded', why: 'after-run', tolerates, wait, protectedAt: null };
  const survivors = hosts.map((h, i) => ({ ...h, i })).filter((h) => !downAt(h.host, start));
  const needs = placementWidth(pool);
  if (survivors.length < needs) return { ...base, outcome: 'degraded', why: 'hosts', needs, survivors: survivors.length, tolerates, wait, protectedAt: f.up };
  // Room on the survivors' disks for what the host held, when the disks are known.
  if (known) {
    const free = survivors.reduce((s, h) => s + h.disk - footprint * share(h.i), 0);
    if (free < held) return { ...base, outcome: 'degraded', why: 'space', tolerates, wait, protectedAt: f.up };
  }
  // A lost copy is read from a surviving one and written once; a lost fragment is computed from k others.
  const traffic = held * (pool.erasure ? pool.erasure.data : 1);
  const rate = REBUILD.share * survivors.reduce((s, h) => s + (h.uplink > 0 ? h.uplink : REBUILD.uplink), 0);
  const end = start + transferSeconds(traffic, rate);
  const done = end < duration ? end : null;
  // Back during the rebuild, the host's own copies are resynced: protected at whichever comes first.
  const protectedAt = f.up !== null && (done === null || f.up < done) ? f.up : done;
  return { ...base, outcome: done === null ? 'rebuilding' : 'rebuilt', tolerates, wait, rebuild: { start, end: done, traffic, rate }, protectedAt };
}
