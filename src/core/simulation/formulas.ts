import type { PowerModel } from '../model/types';

// The simulation's models as arithmetic: each formula docs/simulation.md states is here once, as
// a small function that the general path (hoststep.ts) and the fast paths (steady.ts, pair.ts)
// all call, so that they cannot drift apart. Functions this small are inlined by V8 where they
// are called, so the fast paths keep their speed. The fast paths pass an up share of 1 (all is
// up), which changes no bit: x × 1 is x. Only +, −, ×, ÷ and comparisons are used, which IEEE 754
// rounds the same way on every machine, so a run's numbers are the same everywhere.

/** The point `share` of the way from `low` to `high`: the one interpolation every model uses. */
function between(low: number, high: number, share: number): number {
  return low + (high - low) * share;
}

// --- Time -------------------------------------------------------------------------------------

/** Length of step k: the step, or what is left of the duration for a last, shorter one. */
export function stepLength(step: number, duration: number, k: number): number {
  return Math.min(step, duration - k * step);
}

/**
 * Share of the step [t0, t1), of length dt, that something up from time `from` is up, and
 * never more than its parent, up for `parentUp` of the step (1 for a host).
 */
export function upShare(from: number, t0: number, t1: number, dt: number, parentUp: number): number {
  const u = from <= t0 ? 1 : from >= t1 ? 0 : (t1 - from) / dt;
  return parentUp < u ? parentUp : u;
}

// --- Demand -----------------------------------------------------------------------------------

/** The load level of an app on a daily or spikes curve that is at `share` of its way from low to high. */
export function curveLevel(low: number, high: number, share: number): number {
  return between(low, high, share);
}

/** CPU an app wants, in cores: its load level times its cores, for the share `up` of the step it is up. */
export function appDemand(level: number, cores: number, up: number): number {
  return level * cores * up;
}

/** CPU a job wants while it runs: all of its parallelism, so that its finishing time comes out exact. */
export function jobDemand(cores: number, up: number): number {
  return cores * up;
}

/** CPU a VM or container wants of its parent: what runs in it wants, over its efficiency. */
export function machineDemand(inner: number, efficiency: number): number {
  return inner / efficiency;
}

/** What a VM or container asks of its parent: what it wants, at most its vCPUs or limit for the share `up` of the step it is up. */
export function cappedDemand(wanted: number, cap: number, up: number): number {
  const limit = cap * up;
  return wanted < limit ? wanted : limit;
}

// --- Memory -----------------------------------------------------------------------------------

/** KVM's per-VM memory overhead in MiB: 0.2 % of guest memory, 218 MiB, and 8 MiB per vCPU. */
export function vmMemoryOverhead(memoryMiB: number, vcpus: number): number {
  return 0.002 * memoryMiB + 218 + 8 * vcpus;
}

/** Memory an app holds: its working set, from low at 0 % load to high at 100 %, for the share `up` of the step it is up. */
export function workingSet(low: number, high: number, level: number, up: number): number {
  return up > 0 ? between(low, high, level) * up : 0;
}

/** Memory a job holds while it runs: the top of its `memory` range. */
export function jobMemory(high: number, up: number): number {
  return high * up;
}

/** Memory a VM holds (assigned plus overhead) from the moment it starts booting, for the share of the step it is booting or up. */
export function vmMemory(fixed: number, share: number): number {
  return fixed * share;
}

/** Memory a container holds: what its apps hold, or its memory request when they declare none. */
export function containerMemory(held: number, request: number, up: number): number {
  return held > 0 ? held : request * up;
}

/** Whether a container holding `held` MiB is killed: over its limit for the share `up` of the step it is up. */
export function overMemoryLimit(held: number, limit: number, up: number): boolean {
  return up > 0 && held > limit * up + 1e-9;
}

/** How long kubelet waits before restarting a container after its n-th kill: 10 s doubling to 5 min. */
export function restartBackoff(kills: number): number {
  return Math.min(300, 10 * 2 ** Math.max(0, kills - 1));
}

/** Memory the scheduler may hand out on a host: (installed − reserve) × ratio. */
export function allowedMemory(installed: number, reserve: number, ratio: number): number {
  return Math.max(0, installed - reserve) * ratio;
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

// --- CPU --------------------------------------------------------------------------------------

/** CPU a host can hand out: its cores, for the share `up` of the step it is up. */
export function hostCapacity(cores: number, up: number): number {
  return cores * up;
}

/** CPU a host grants its guests: all they ask, or all it has. */
export function hostGrant(asked: number, capacity: number): number {
  return asked < capacity ? asked : capacity;
}

/** Whether a host's guests ask for more CPU than it has, beyond rounding (an event on the timeline). */
export function saturated(asked: number, capacity: number): boolean {
  return asked > capacity + 1e-9;
}

/** What a VM or container can give what runs in it: the cores it was granted times its efficiency. */
export function usableCpu(granted: number, efficiency: number): number {
  return granted * efficiency;
}

/** Whether the children of a machine ask for more than it can give them, so that each gets a fair share. */
export function isShort(asked: number, usable: number): boolean {
  return !(asked <= usable);
}

/** Useful CPU an app or job gets: what it received of its machine (all it asked, or its fair share when the machine is short), slowed by its host's memory pressure. */
export function usefulCpu(received: number, slowed: number): number {
  return received * slowed;
}

/** Core-seconds a container's limit withheld over a step of dt seconds: what it wanted beyond what it asked (CFS throttling). */
export function throttledTime(wanted: number, asked: number, dt: number): number {
  return (wanted - asked) * dt;
}

/** The peak utilization of an entity after a step in which it was granted `granted` of its `cores`, up for a share `up` of it. */
export function peakUtilization(peak: number, granted: number, cores: number, up: number): number {
  return granted > peak * cores * up ? granted / (cores * up) : peak;
}

/**
 * When a job that had `before` core-seconds to do at the start of step [t0, t0 + dt) and got
 * `got` cores finishes: it ran only for the last `up` share of the step, at got / up.
 */
export function jobFinishTime(t0: number, dt: number, up: number, before: number, got: number): number {
  return t0 + (1 - up) * dt + (before * up) / got;
}

/**
 * Weighted max-min fairness, which is where Linux CFS converges for runnable threads of given
 * weights (a VM's vCPU threads, a container's cpu.weight from its request): grants each of
 * ids[from .. from + count) at most its `ask`, in proportion to `weight` when `available` is
 * short; CPU one does not need is shared among the rest. `scratch` must hold count numbers.
 */
export function shareFairly(ids: Int32Array, from: number, count: number, available: number, ask: Float64Array, weight: Float64Array, grant: Float64Array, scratch: Int32Array): void {
  let active = 0;
  for (let k = from; k < from + count; k++) {
    const i = ids[k];
    if (ask[i] > 0) scratch[active++] = i;
    else grant[i] = 0;
  }
  let remaining = available;
  while (active > 0) {
    let totalWeight = 0;
    for (let k = 0; k < active; k++) totalWeight += weight[scratch[k]];
    const perWeight = remaining / totalWeight;
    let kept = 0;
    let satisfied = false;
    for (let k = 0; k < active; k++) {
      const i = scratch[k];
      if (ask[i] <= weight[i] * perWeight) {
        grant[i] = ask[i];
        remaining -= ask[i];
        satisfied = true;
      } else {
        scratch[kept++] = i;
      }
    }
    if (!satisfied) {
      for (let k = 0; k < kept; k++) grant[scratch[k]] = weight[scratch[k]] * perWeight;
      return;
    }
    active = kept;
  }
}

// --- Energy -----------------------------------------------------------------------------------
// Power draw by CPU utilization: a straight line from idle to peak, or a measured table of 11
// points (0 %, 10 %, … 100 %, as SPECpower reports) read with straight lines between them. A
// server that is switched off draws nothing.

/** The assumed power of a host without a `power` line: peak 150 W + 5 W per core, idle half of it. */
export function defaultPower(cores: number): PowerModel {
  const peak = 150 + 5 * cores;
  return { model: 'linear', idle: peak / 2, peak, span: { start: 0, end: 0 } };
}

/** Watts drawn at a utilization between 0 and 1 (clamped). */
export function powerAt(model: PowerModel, utilization: number): number {
  const u = utilization < 0 ? 0 : utilization > 1 ? 1 : utilization;
  if (model.model === 'linear') return between(model.idle, model.peak, u);
  return onTable(model.watts, 0, u * 10);
}

/** Joules a host draws over a step of dt seconds in which it granted `granted` of its `cores`, from its power at 0 %, 10 %, … 100 % in watts[at .. at + 10]. */
export function stepEnergy(watts: Float64Array, at: number, granted: number, cores: number, dt: number): number {
  return onTable(watts, at, (10 * granted) / cores) * dt;
}

/** Kilowatt-hours from a power held for some seconds. */
export function kWh(watts: number, seconds: number): number {
  return (watts * seconds) / 3.6e6;
}

/** A table of 11 points table[at .. at + 10], for x = 0 … 10, read at x with straight lines between the points. */
function onTable(table: ArrayLike<number>, at: number, x: number): number {
  const point = x >= 10 ? 9 : Math.floor(x);
  return between(table[at + point], table[at + point + 1], x - point);
}
