import { Block } from './block';
import { allowedMemory, defaultPower, powerAt } from './formulas';
import { DEFAULTS, K, type Plan } from './plan';
import { LoadTable } from './profiles';
import { SeriesRecorder } from './series';
import { Startup } from './startup';
import { Tally } from './tally';
import type { UsedSettings } from './types';

// Everything the step loop reads and writes, as typed arrays with one slot per entity (or per
// host), and the tree's layout it walks.

/** Most steps a host is taken through before the next host: enough to reuse its cached numbers. */
const MAX_BLOCK = 32;
/** Hosts of more entities than this take the general path: their numbers would not stay in cache anyway. */
const STEADY_SLOTS = 4096;

/** Steps between two calls of the progress hook: a hundredth of the run. */
export function progressEvery(steps: number): number {
  return Math.max(1, Math.floor(steps / 100));
}

/**
 * The step loop's working state. A class, so that every run's state has the same hidden class
 * from its first field on and the step loop's compiled code, specialised to it, serves every run.
 */
export class EngineState implements Layout {
  readonly childStart: Int32Array;
  readonly childIds: Int32Array;
  readonly firstWork: Int32Array;
  readonly hostOf: Int32Array;
  readonly machineEnd: Int32Array;
  readonly workStart: Int32Array;
  readonly workEnd: Int32Array;
  readonly slots: Int32Array;
  readonly opens: Uint8Array;
  readonly alone: Int32Array;
  readonly tally: Tally;
  readonly recorder: SeriesRecorder;
  readonly startup: Startup;
  readonly loads: LoadTable;
  /** The current block of steps, with room for one host's numbers through it on the steady path, and where each entity's are kept. */
  readonly block: Block;
  readonly slot: Int32Array;
  /**
   * Per host: when all of its entities are up, the latest of their upFrom (see refreshUpAt),
   * and whether it runs jobs. From a step after that on, a host without jobs is steady: every
   * share of a step it is up is 1, and the step loop skips working them out.
   */
  readonly upAt: Float64Array;
  readonly hasJobs: Uint8Array;
  /** Per host: whether it has a container with a memory limit, the one thing that can stop the steady path mid-block. */
  readonly killable: Uint8Array;
  readonly scratch: Int32Array;
  /** Whether a machine's children asked for more than it had this step (then their grants are fair shares). */
  readonly contended: Uint8Array;
  /** Share of the step each entity is up. */
  readonly up: Float64Array;
  /** What a machine's children want of it, before its cap; then what each asks of its parent. */
  readonly want: Float64Array;
  readonly ask: Float64Array;
  readonly grant: Float64Array;
  /** Sums over a machine's children of what they ask and the memory they hold. */
  readonly inner: Float64Array;
  readonly memIn: Float64Array;
  readonly memOut: Float64Array;
  /** Core-seconds a job still has to do. */
  readonly remaining: Float64Array;
  /** When each entity is next up: its start-up time, or later its restart after an OOM kill. */
  readonly restartAt: Float64Array;
  readonly upFrom: Float64Array;
  readonly jobDone: Float64Array;
  readonly kills: Int32Array;
  readonly started: Uint8Array;
  /** Speed left by each host's memory pressure, and the memory it may commit before that starts. */
  readonly pressure: Float64Array;
  readonly allowed: Float64Array;
  /** Each host's power at 0 %, 10 %, … 100 % (a linear model read at those points) at 11 × host number, for a table look-up per step. */
  readonly watts: Float64Array;

  /** Allocates the state of a run and fills what is known before the first step. */
  constructor(
    readonly plan: Plan,
    readonly s: UsedSettings,
    options: { readonly seriesBudget: number; readonly eventLimit: number },
  ) {
    const n = plan.n;
    const l = layout(plan);
    this.childStart = l.childStart;
    this.childIds = l.childIds;
    this.firstWork = l.firstWork;
    this.hostOf = l.hostOf;
    this.machineEnd = l.machineEnd;
    this.workStart = l.workStart;
    this.workEnd = l.workEnd;
    this.slots = l.slots;
    this.opens = l.opens;
    this.alone = l.alone;
    this.jobDone = new Float64Array(n).fill(Infinity);
    this.startup = new Startup(plan, this.jobDone);
    // A job that others wait on couples the hosts: when it finishes, up times change everywhere
    // from the next step on, so then every host takes one step before any takes the next.
    const stride = this.startup.waitsOnJobs() ? 1 : Math.min(MAX_BLOCK, progressEvery(s.steps));
    this.block = new Block(Math.min(STEADY_SLOTS, l.slots.reduce((a, x) => Math.max(a, x), 0)), stride);
    this.slot = blockSlots(plan, l, stride);
    this.hasJobs = new Uint8Array(plan.hosts.length);
    this.killable = new Uint8Array(plan.hosts.length);
    for (let i = 0; i < n; i++) {
      if (plan.kind[i] === K.job) this.hasJobs[l.hostOf[i]] = 1;
      if (plan.kind[i] === K.container && plan.memLimit[i] < Infinity) this.killable[l.hostOf[i]] = 1;
    }
    this.upAt = new Float64Array(plan.hosts.length);
    this.tally = new Tally(plan, s, options.eventLimit);
    const isHost = new Uint8Array(n);
    for (const h of plan.hosts) isHost[h] = 1;
    this.recorder = new SeriesRecorder(isHost, s.steps, options.seriesBudget);
    this.loads = new LoadTable(plan.profiles, s.seed, DEFAULTS.appLoad, stride);
    this.scratch = new Int32Array(Math.max(1, n));
    this.contended = new Uint8Array(n);
    this.up = new Float64Array(n);
    this.want = new Float64Array(n);
    this.ask = new Float64Array(n);
    this.grant = new Float64Array(n);
    this.inner = new Float64Array(n);
    this.memIn = new Float64Array(n);
    this.memOut = new Float64Array(n);
    this.remaining = Float64Array.from(plan.work);
    this.restartAt = new Float64Array(n);
    this.upFrom = Float64Array.from(this.startup.ready);
    this.kills = new Int32Array(n);
    this.started = new Uint8Array(n);
    this.pressure = new Float64Array(n).fill(1);
    this.allowed = new Float64Array(n);
    this.watts = new Float64Array(11 * plan.hosts.length);
    plan.hosts.forEach((h, k) => {
      const model = plan.power[h] ?? defaultPower(plan.cap[h]);
      for (let p = 0; p <= 10; p++) this.watts[11 * k + p] = powerAt(model, p / 10);
      this.allowed[h] = allowedMemory(plan.memFixed[h], plan.reserve[h], s.overcommit.memory);
    });
    refreshUpAt(this);
  }
}

/** Recomputes each host's upAt from its entities' upFrom; the step loop raises it itself when it kills a container. */
export function refreshUpAt(st: EngineState): void {
  const { upAt, upFrom, hostOf } = st;
  upAt.fill(0);
  for (let i = 0; i < st.plan.n; i++) {
    const at = upAt[hostOf[i]];
    // Not a number stays so: such a host is never taken as steady.
    if (at === at && !(upFrom[i] <= at)) upAt[hostOf[i]] = upFrom[i];
  }
}

// --- Layout: where each entity sits, for the step loop: its children, its host's ranges, and
// its slot on the steady path. The plan lists machines parents first, then workloads, each in
// document order, so a host's machines follow it and its workloads follow one another.

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
