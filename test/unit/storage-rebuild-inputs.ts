// The inputs of the storage-rebuild tests (simulation-storage-rebuild.test.ts and its rule tests):
// a host failure as the recovery model reports it, and a pool of equal hosts.
import type { FailureOutcome } from '../../src/core/simulation';
import type { RebuildPool } from '../../src/core/simulation/storageRebuild';

/** A TiB in MiB, the unit of pool sizes. */
export const TiB = 1024 * 1024;
/** A day in seconds, the length of the runs. */
export const DAY = 86_400;
/** Megabits in a TiB: 2^40 bytes × 8 bits / 10^6. */
export const MEGABITS_PER_TIB = (2 ** 40 * 8) / 1e6;

/** Host `host` failing at `at`, up again at `up` (never, with null). */
export const failure = (host: number, at: number, up: number | null = null): FailureOutcome => ({
  host, at, repaired: up, up, cores: 16, memory: 65536, coreHours: 0, hostsDown: 1, tolerate: 1, clusterHosts: 4,
});
/** A pool over hosts 0 … n−1 of 8 TiB disks and 25 Gbps uplinks holding `dataTiB` of data. */
export const pool = (product: string, n: number, copies: number, dataTiB: number, more: Partial<RebuildPool> = {}): RebuildPool => ({
  name: 'p', product, placement: 'distributed', copies, data: dataTiB * TiB,
  hosts: Array.from({ length: n }, (_, host) => ({ host, disk: 8 * TiB, uplink: 25_000 })), ...more,
});
