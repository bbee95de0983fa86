import { K, type Plan } from './plan';

// Where each entity sits, for the step loop: its children, its host's ranges, and its slot on
// the steady path. The plan lists machines parents first, then workloads, each in document
// order, so a host's machines follow it and its workloads follow one another.

/** The tree and each host's ranges, as the step loop walks them. */
export interface Layout {
  /**
   * Children of each entity i: childIds[childStart[i] .. childStart[i + 1]), in plan order, so
   * machines first; its workloads start at firstWork[i].
   */
  readonly childStart: Int32Array;
  readonly childIds: Int32Array;
  readonly firstWork: Int32Array;
  /** Host number (in plan.hosts order) of each entity. */
  readonly hostOf: Int32Array;
  /** Per host: its machines are [plan.hosts[h], machineEnd[h]), its workloads [workStart[h], workEnd[h]), slots[h] entities in all. */
  readonly machineEnd: Int32Array;
  readonly workStart: Int32Array;
  readonly workEnd: Int32Array;
  readonly slots: Int32Array;
  /** Whether each entity is the first to add to its parent's sums: its parent's first workload, or without one its last machine. */
  readonly opens: Uint8Array;
  /** For a VM or container whose only child is a workload, that workload (see pair.ts); otherwise -1. */
  readonly alone: Int32Array;
}

/** Lays out the plan's tree for the step loop. */
export function layout(plan: Plan): Layout {
  const { childStart, childIds } = children(plan);
  const firstWork = childStart.slice(0, plan.n);
  for (let i = 0; i < plan.n; i++) while (firstWork[i] < childStart[i + 1] && childIds[firstWork[i]] < plan.machines) firstWork[i]++;
  const hostOf = new Int32Array(plan.n);
  plan.hosts.forEach((h, k) => (hostOf[h] = k));
  for (let i = 0; i < plan.n; i++) hostOf[i] = hostOf[plan.host[i]];
  const opens = new Uint8Array(plan.n);
  const alone = new Int32Array(plan.n).fill(-1);
  for (let i = 0; i < plan.n; i++) {
    if (childStart[i] === childStart[i + 1]) continue;
    opens[childIds[firstWork[i] < childStart[i + 1] ? firstWork[i] : firstWork[i] - 1]] = 1;
    if (plan.kind[i] !== K.host && childStart[i + 1] - childStart[i] === 1 && firstWork[i] === childStart[i]) alone[i] = childIds[childStart[i]];
  }
  const { machineEnd, workStart, workEnd, slots } = hostRanges(plan, hostOf);
  return { childStart, childIds, firstWork, hostOf, machineEnd, workStart, workEnd, slots, opens, alone };
}

/** Where the steady path keeps each entity's steps: its place among its host's entities, machines first, times `stride`. */
export function blockSlots(plan: Plan, l: Layout, stride: number): Int32Array {
  const slot = new Int32Array(plan.n);
  for (let i = 0; i < plan.n; i++) {
    const k = l.hostOf[i];
    const host = plan.hosts[k];
    slot[i] = (i < plan.machines ? i - host : l.machineEnd[k] - host + i - l.workStart[k]) * stride;
  }
  return slot;
}

function children(plan: Plan): { childStart: Int32Array; childIds: Int32Array } {
  const { n, parent } = plan;
  const childStart = new Int32Array(n + 1);
  const childIds = new Int32Array(Math.max(1, n));
  for (let i = 0; i < n; i++) if (parent[i] >= 0) childStart[parent[i] + 1]++;
  for (let i = 0; i < n; i++) childStart[i + 1] += childStart[i];
  const fillAt = childStart.slice(0, n);
  for (let i = 0; i < n; i++) if (parent[i] >= 0) childIds[fillAt[parent[i]]++] = i;
  return { childStart, childIds };
}

/**
 * Each host's ranges. The checker lets workloads sit only in machines; a plan that broke that
 * or the order would make the per-host loop skip entities, hence the check.
 */
function hostRanges(plan: Plan, hostOf: Int32Array): Pick<Layout, 'machineEnd' | 'workStart' | 'workEnd' | 'slots'> {
  const hosts = plan.hosts.length;
  const machineEnd = new Int32Array(hosts);
  const workStart = new Int32Array(hosts);
  const workEnd = new Int32Array(hosts);
  const slots = new Int32Array(hosts);
  for (let i = plan.machines; i < plan.n; i++) workEnd[hostOf[i]]++;
  for (let k = 0, at = plan.machines; k < hosts; k++) {
    machineEnd[k] = k + 1 < hosts ? plan.hosts[k + 1] : plan.machines;
    slots[k] = machineEnd[k] - plan.hosts[k] + workEnd[k];
    workStart[k] = at;
    at = workEnd[k] += at;
  }
  for (let i = 0; i < plan.n; i++) {
    const p = plan.parent[i];
    const k = hostOf[i];
    const inPlace = i < plan.machines ? (p < 0) === (plan.kind[i] === K.host) && p < i && i >= plan.hosts[k] && i < machineEnd[k] : p >= 0 && p < plan.machines && i >= workStart[k] && i < workEnd[k];
    if (!inPlace) throw new Error(`entity ${i} is not where the step loop looks for it`);
  }
  return { machineEnd, workStart, workEnd, slots };
}
