import type { EntityInfo, IsolationClass, IsolationEntry } from './types';

/**
 * Isolation classes, strongest first: a VM on a bare-metal hypervisor has its own kernel and
 * only a small hypervisor beneath it; a hosted VM also has its own kernel, but a whole host OS
 * joins what it must trust; Kata and gVisor give containers a kernel of their own (in a
 * microVM, or in user space); plain containers share the host's kernel; apps straight on one
 * OS share everything but their process boundaries.
 */
export const ISOLATION_ORDER: readonly IsolationClass[] = ['hypervisor', 'host-os', 'sandboxed-container', 'container', 'bare-metal'];

/** The isolation classes the file uses, ranked 1 = strongest, with how many guests use each. */
export function rankIsolation(entities: readonly EntityInfo[]): IsolationEntry[] {
  const counts = new Map<IsolationClass, number>();
  for (const e of entities) if (e.isolation) counts.set(e.isolation, (counts.get(e.isolation) ?? 0) + 1);
  return ISOLATION_ORDER.filter((c) => counts.has(c)).map((isolation, k) => ({ rank: k + 1, isolation, guests: counts.get(isolation)! }));
}
