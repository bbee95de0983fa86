import type { PowerModel } from '../model/types';
import { defaultPower, kWh, powerAt } from './formulas';
import { packDecreasing, type Packing, schedulableCapacity } from './packing';
import { EFFICIENCY, K, type Plan } from './plan';
import type {
  Consolidation, ConsolidationKind, ConsolidationRow, EntityInfo, EntitySeries, EntityStats, IsolationClass, IsolationEntry, PackingStats, UsedSettings,
  WorkloadSize,
} from './types';

// How the kinds of virtualization the file uses compare. Server consolidation: the file's
// workloads (every VM, container, app or job that sits directly on a host) placed on copies of
// one reference server three ways: one server each without virtualization, as VMs on a type-1
// hypervisor, and as containers; each placement is then replayed against the CPU demand the
// simulation measured, for utilization and energy. Isolation: the kinds ranked by how strongly
// they keep guests apart.

/** Memory assumed for a workload that declares none, MiB. */
export const DEFAULT_WORKLOAD_MEMORY = 1024;
/** Smallest CPU request a container is given, cores. */
export const MIN_CPU_REQUEST = 0.01;

interface Server {
  readonly name: string;
  readonly cores: number;
  readonly memory: number;
  readonly reserve: number;
  readonly power: PowerModel;
}

/** Builds the consolidation table from a finished run; null when the file has no workloads. */
export function consolidate(plan: Plan, s: UsedSettings, series: EntitySeries[], stats: EntityStats[], elapsed: number): Consolidation | null {
  const ids: number[] = [];
  for (let i = 0; i < plan.n; i++) if (plan.kind[i] !== K.host && plan.kind[plan.parent[i]] === K.host) ids.push(i);
  if (ids.length === 0 || elapsed <= 0) return null;
  const server = referenceServer(plan);
  // Useful CPU each workload wanted over time: guests' own series are in granted-core units.
  const demand = ids.map((i) => series[i].demand.map((d) => d * (plan.kind[i] === K.app || plan.kind[i] === K.job ? 1 : plan.eff[i])));
  const every = series[ids[0]].every;
  const workloads = ids.map((i, w) => sizeOf(plan, i, stats[i], demand[w]));
  const usable = Math.max(0, server.memory - server.reserve);
  const capacity = schedulableCapacity(server, s.overcommit);

  const single = (w: WorkloadSize): boolean => w.vcpus <= server.cores && w.vmMemory <= usable;
  const bare: Packing = { bins: [], unplaced: [] };
  workloads.forEach((w, k) => (single(w) ? bare.bins.push([k]) : bare.unplaced.push(k)));
  const vmSizes = workloads.map((w) => [w.vcpus, w.vmMemory]);
  const ctSizes = workloads.map((w) => [w.cpuRequest, w.memoryRequest]);
  // A VM cannot have more vCPUs than the server has cores, whatever the ratio.
  const vmCapacity = (p: Packing): Packing => {
    const tooWide = workloads.map((w, k) => (w.vcpus > server.cores ? k : -1)).filter((k) => k >= 0);
    if (tooWide.length === 0) return p;
    const wide = new Set(tooWide);
    return { bins: p.bins.map((b) => b.filter((k) => !wide.has(k))).filter((b) => b.length > 0), unplaced: [...new Set([...p.unplaced, ...tooWide])].sort((a, b) => a - b) };
  };
  const replay = (p: Packing, efficiency: number): PackingStats => replayPacking(p, demand, efficiency, server, every, elapsed);
  const row = (kind: ConsolidationKind, ffd: Packing, bfd: Packing, efficiency: number): ConsolidationRow => {
    const first = replay(ffd, efficiency);
    // One server per workload is both packings: replayed once.
    return { kind, ffd: first, bfd: bfd === ffd ? { ...first } : replay(bfd, efficiency), unplaced: ffd.unplaced };
  };
  const rows = [
    row('bare-metal', bare, bare, EFFICIENCY.native),
    row('hypervisor', vmCapacity(packDecreasing(vmSizes, capacity, 'first')), vmCapacity(packDecreasing(vmSizes, capacity, 'best')), EFFICIENCY.type1),
    row('container', packDecreasing(ctSizes, capacity, 'first'), packDecreasing(ctSizes, capacity, 'best'), EFFICIENCY.native),
  ];
  return { server: { name: server.name, cores: server.cores, memory: server.memory, reserve: server.reserve }, workloads, rows };
}

/** The server shape the file uses most (ties: the most cores, then memory, then the first). */
function referenceServer(plan: Plan): Server {
  const groups = new Map<string, { count: number; host: number }>();
  for (const h of plan.hosts) {
    const key = `${plan.cap[h]}/${plan.memFixed[h]}/${plan.reserve[h]}/${JSON.stringify(plan.power[h] ? { ...plan.power[h], span: 0 } : null)}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { count: 1, host: h });
  }
  const best = [...groups.values()].sort((a, b) => b.count - a.count || plan.cap[b.host] - plan.cap[a.host] || plan.memFixed[b.host] - plan.memFixed[a.host] || a.host - b.host)[0];
  const h = best.host;
  return { name: plan.info[h].name, cores: plan.cap[h], memory: plan.memFixed[h], reserve: plan.reserve[h], power: plan.power[h] ?? defaultPower(plan.cap[h]) };
}

/** A workload's size as a VM (whole vCPUs, assigned memory) and as a container (requests). */
function sizeOf(plan: Plan, i: number, st: EntityStats, demand: readonly number[]): WorkloadSize {
  const k = plan.kind[i];
  const peak = demand.reduce((a, b) => Math.max(a, b), 0);
  const mean = demand.length > 0 ? demand.reduce((a, b) => a + b, 0) / demand.length : 0;
  const workingSet = plan.memHigh[i] > 0 ? plan.memHigh[i] : DEFAULT_WORKLOAD_MEMORY;
  if (k === K.vm) {
    // As a container it requests what its software used, not what the VM was given.
    const used = st.peakMemory > 0 ? st.peakMemory : plan.info[i].memory;
    return { entity: i, vcpus: plan.cap[i], vmMemory: plan.info[i].memory, cpuRequest: Math.max(MIN_CPU_REQUEST, mean), memoryRequest: used };
  }
  if (k === K.container) {
    const limit = plan.memLimit[i] < Infinity ? plan.memLimit[i] : Math.max(st.peakMemory, DEFAULT_WORKLOAD_MEMORY);
    return {
      entity: i, vcpus: Math.max(1, Math.ceil(plan.cap[i] - 1e-9)), vmMemory: limit,
      cpuRequest: plan.cpuRequest[i] > 0 ? plan.cpuRequest[i] : Math.max(MIN_CPU_REQUEST, mean),
      memoryRequest: plan.memRequest[i] > 0 ? plan.memRequest[i] : st.peakMemory > 0 ? st.peakMemory : DEFAULT_WORKLOAD_MEMORY,
    };
  }
  // A job needs its parallelism while it runs; an app what it peaked at.
  const cores = k === K.job ? plan.cap[i] : Math.max(peak, MIN_CPU_REQUEST);
  return { entity: i, vcpus: Math.max(1, Math.ceil(cores - 1e-9)), vmMemory: workingSet, cpuRequest: k === K.job ? cores : Math.max(MIN_CPU_REQUEST, mean), memoryRequest: workingSet };
}

/** Adds one bin's busy core-seconds and energy over the run to sums[0] and sums[1]. */
function replayBin(bin: readonly number[], demand: readonly (readonly number[])[], efficiency: number, server: Server, every: number, elapsed: number, points: number, sums: Float64Array): void {
  for (let t = 0; t < points; t++) {
    const secs = Math.min(every, elapsed - t * every);
    if (secs <= 0) break;
    let cores = 0;
    for (let k = 0; k < bin.length; k++) cores += demand[bin[k]][t] / efficiency;
    const u = Math.min(1, cores / server.cores);
    sums[0] += u * server.cores * secs;
    sums[1] += kWh(powerAt(server.power, u), secs);
  }
}

/** Replays a packing against the measured demand: utilization, idle core-hours and energy. */
function replayPacking(p: Packing, demand: readonly (readonly number[])[], efficiency: number, server: Server, every: number, elapsed: number): PackingStats {
  // Busy core-seconds and energy, summed bin by bin and point by point. This runs a few times a
  // simulation: one call per bin lets V8 compile the work early in the first run and keep it.
  const sums = new Float64Array(2);
  const points = demand[0]?.length ?? 0;
  for (let b = 0; b < p.bins.length; b++) replayBin(p.bins[b], demand, efficiency, server, every, elapsed, points, sums);
  const [busy, energy] = sums;
  const total = p.bins.length * server.cores * elapsed;
  const r = (x: number): number => Math.round(x * 1e4) / 1e4 + 0;
  return {
    servers: p.bins.length,
    meanUtilization: total > 0 ? r(busy / total) : 0,
    idleCoreHours: r((total - busy) / 3600),
    energyKWh: r(energy),
    energyKWhPerDay: r((energy * 86400) / elapsed),
  };
}

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
