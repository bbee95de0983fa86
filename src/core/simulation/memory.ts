// Memory models of the simulation; docs/simulation.md states and sources each one.

/** KVM's per-VM memory overhead in MiB: 0.2 % of guest memory, 218 MiB, and 8 MiB per vCPU. */
export function vmMemoryOverhead(memoryMiB: number, vcpus: number): number {
  return 0.002 * memoryMiB + 218 + 8 * vcpus;
}

/**
 * Speed left to every guest of a host whose committed memory exceeds what the overcommit ratio
 * allows: (allowed / committed)², so 10 % over costs 17 % and 50 % over costs 56 %. The square
 * stands for paging: each guest both loses resident pages and waits on the others' paging.
 */
export function memoryPressureFactor(committed: number, allowed: number): number {
  if (committed <= allowed || committed <= 0) return 1;
  const r = allowed / committed;
  return r * r;
}

/** Memory the scheduler may hand out on a host: (installed − reserve) × ratio. */
export function allowedMemory(installed: number, reserve: number, ratio: number): number {
  return Math.max(0, installed - reserve) * ratio;
}

/** How long kubelet waits before restarting a container after its n-th kill: 10 s doubling to 5 min. */
export function restartBackoff(kills: number): number {
  return Math.min(300, 10 * 2 ** Math.max(0, kills - 1));
}
