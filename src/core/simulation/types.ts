// The result of a simulation: a plain object of numbers, strings and arrays, so that it crosses
// a worker boundary, a webview message and JSON.stringify unchanged.
import type { Message } from '../l10n/localizer';

/** What a simulated entity is. Hypervisors, OSes, runtimes and middleware carry no load of their own. */
export type EntityKind = 'host' | 'vm' | 'container' | 'app' | 'job';

/** The kinds compared in the consolidation table and ranked for isolation. */
export type ConsolidationKind = 'bare-metal' | 'hypervisor' | 'container';

/** Isolation classes, strongest first. */
export type IsolationClass = 'hypervisor' | 'host-os' | 'sandboxed-container' | 'container' | 'bare-metal';

/** A place in the source text, by offsets. */
export interface SourceSpan {
  readonly start: number;
  readonly end: number;
}

/** Settings the run actually used, after the file's `simulate` block and the user's overrides. */
export interface UsedSettings {
  readonly duration: number;
  readonly step: number;
  readonly steps: number;
  readonly seed: number;
  readonly overcommit: { readonly cpu: number; readonly memory: number };
  readonly boot: { readonly vm: number; readonly container: number; readonly microvm: number; readonly host: number };
}

/** One host, VM, container, app or job, with what stays fixed during the run. */
export interface EntityInfo {
  readonly id: number;
  readonly kind: EntityKind;
  readonly name: string;
  /** Index of the entity it runs in, -1 for a host. */
  readonly parent: number;
  /** Index of the host it runs on (itself for a host). */
  readonly host: number;
  readonly virtualization?: string;
  /** How strongly it is kept apart from its neighbours: VMs, containers and apps straight on a host OS. */
  readonly isolation?: IsolationClass;
  /** Cores: physical (host), vCPUs (VM), limit (container; the machine's capacity without one), demand at 100 % load (app), parallelism (job). */
  readonly cores: number;
  /** MiB: installed (host), assigned (VM), limit (container, 0 without one), working-set peak (app, job). */
  readonly memory: number;
  /** Fraction of a granted core that becomes useful work for what runs inside (hypervisor overhead). */
  readonly efficiency: number;
  readonly span: SourceSpan;
}

/** Time series of one entity, averaged over buckets of `every` seconds. */
export interface EntitySeries {
  readonly every: number;
  /** CPU wanted, in cores (a VM: vCPU time wanted; a container: before its limit; an app: useful cores). */
  readonly demand: number[];
  /** CPU granted, in cores. */
  readonly granted: number[];
  /** Memory in use (a host: reserve plus everything committed on it), MiB. */
  readonly memory: number[];
}

/** Totals of one entity over the whole run, at full step resolution. */
export interface EntityStats {
  readonly meanDemand: number;
  readonly meanGranted: number;
  /** Granted / capacity, mean and peak over the steps it was up (hosts: over the whole run). */
  readonly meanUtilization: number;
  readonly peakUtilization: number;
  /** Share of the CPU wanted that was not granted (VM: ready/steal; container: throttled plus contention; app: unmet). */
  readonly shortPct: number;
  /** Containers: share of the CPU wanted that its limit withheld (CFS throttling). */
  readonly throttledPct: number;
  readonly peakMemory: number;
  readonly oomKills: number;
  /** Seconds from power-on until it was up; null if never within the run. */
  readonly startedAt: number | null;
  /** Jobs: seconds when the work was done, null if not within the run. */
  readonly finishedAt: number | null;
  /** Hosts: energy over the run, kWh. */
  readonly energyKWh: number;
}

/** Things that happen during a run, for the timeline. */
export type EventKind =
  | 'started' | 'job-started' | 'job-finished' | 'oom-kill' | 'restart'
  | 'memory-pressure' | 'memory-relieved' | 'cpu-saturated' | 'cpu-relieved' | 'never-started' | 'job-unfinished';

/** One event on the timeline; `value` depends on the kind (e.g. the slowdown factor of memory pressure). */
export interface SimEvent {
  readonly t: number;
  readonly kind: EventKind;
  readonly entity: number;
  readonly value?: number;
}

/** Servers, utilization and energy of one way of packing. */
export interface PackingStats {
  readonly servers: number;
  /** Mean CPU utilization of the servers in use over the run. */
  readonly meanUtilization: number;
  /** Core-hours left idle on those servers. */
  readonly idleCoreHours: number;
  readonly energyKWh: number;
  readonly energyKWhPerDay: number;
}

/** One row of the consolidation table. */
export interface ConsolidationRow {
  readonly kind: ConsolidationKind;
  readonly ffd: PackingStats;
  readonly bfd: PackingStats;
  /** Workloads (indices into `workloads`) that fit on no server of this kind. */
  readonly unplaced: number[];
}

/** A workload as the consolidation sees it, with its size as a VM and as a container. */
export interface WorkloadSize {
  readonly entity: number;
  readonly vcpus: number;
  readonly vmMemory: number;
  readonly cpuRequest: number;
  readonly memoryRequest: number;
}

/** The consolidation comparison: the reference server and the three rows. */
export interface Consolidation {
  readonly server: { readonly name: string; readonly cores: number; readonly memory: number; readonly reserve: number };
  readonly workloads: WorkloadSize[];
  readonly rows: ConsolidationRow[];
}

/** A kind of isolation used in the file, ranked (1 = strongest). */
export interface IsolationEntry {
  readonly rank: number;
  readonly isolation: IsolationClass;
  readonly guests: number;
}

/** The headline numbers of a run. */
export interface Summary {
  readonly peakUtilization: number;
  readonly meanUtilization: number;
  /** Core-hours the hosts had but nothing used, and that as a share of all their core-hours. */
  readonly idleCoreHours: number;
  readonly idlePct: number;
  readonly readyPct: number;
  readonly throttledPct: number;
  readonly oomKills: number;
  readonly unmetPct: number;
  /** Seconds until every app was running; null if some never did. */
  readonly startupSeconds: number | null;
  readonly energyKWh: number;
  /** Seconds that at least one host spent over its memory overcommit ratio. */
  readonly memoryPressureSeconds: number;
}

/** Everything a run produces. */
export interface SimulationResult {
  readonly version: 1;
  readonly title: string;
  readonly settings: UsedSettings;
  readonly entities: EntityInfo[];
  readonly series: EntitySeries[];
  readonly stats: EntityStats[];
  readonly events: SimEvent[];
  /** Events left out because the list is capped. */
  readonly eventsDropped: number;
  readonly summary: Summary;
  readonly consolidation: Consolidation | null;
  readonly isolation: IsolationEntry[];
  /** Assumptions the run had to make (a VM without vcpu, …), for the user to see. */
  readonly notes: Note[];
  // Disaster recovery: only when the file has `fail` lines, so that every other result keeps its bytes.
  /** What the file's host failures take down, and what comes back where and when. */
  readonly recovery?: Recovery;
}

// Disaster recovery (docs/simulation.md, "Disaster recovery"). Times are seconds from the start.

/** How a workload came back: vSphere HA on another host, Kubernetes on another node, its own host repaired, or with what it runs in. */
export type RecoveryVia = 'ha' | 'reschedule' | 'host' | 'parent';

/** One host failure of the run. */
export interface FailureOutcome {
  readonly host: number;
  readonly at: number;
  /** When the host is repaired (`recover at`), null if never within the run. */
  readonly repaired: number | null;
  /** When it is up again (repaired plus its boot), null if not within the run. */
  readonly up: number | null;
  /** Capacity lost while it is down, within the run. */
  readonly cores: number;
  readonly memory: number;
  readonly coreHours: number;
  /** Hosts of its cluster down at once, against the failures the cluster is sized to tolerate. */
  readonly hostsDown: number;
  readonly tolerate: number;
  /** Hosts of its cluster, itself included: 1 for a host in no cluster, whose workloads can only wait for it. */
  readonly clusterHosts: number;
}

/** One outage of one VM, container, app or job. */
export interface Outage {
  readonly entity: number;
  /** Index into `failures`. */
  readonly failure: number;
  readonly down: number;
  /** When it runs again, null if not within the run. */
  readonly up: number | null;
  /** The host it runs on again, null if not back. */
  readonly on: number | null;
  readonly via: RecoveryVia | null;
  /** Why it did not come back sooner (or at all), as data for the host to put into words. */
  readonly reason?: Message;
}

/** Totals of one workload over its outages. */
export interface WorkloadRecovery {
  readonly entity: number;
  readonly downtime: number;
  readonly outages: number;
  /** Whether it runs again at the end of the run. */
  readonly back: boolean;
}

/** Things that happen in a recovery, for its timeline; `on` is the host a workload restarts on. */
export interface RecoveryEvent {
  readonly t: number;
  readonly kind: 'host-failed' | 'host-up' | 'down' | 'restarted' | 'not-placed';
  readonly entity: number;
  readonly on?: number;
}

/** The workloads the failures struck, as written and as each kind of virtualization would recover them. */
export interface RecoveryComparisonRow {
  readonly kind: 'as-written' | ConsolidationKind;
  readonly outages: number;
  readonly meanDowntime: number;
  readonly maxDowntime: number;
  /** Outages not over by the end of the run. */
  readonly notBack: number;
}

/** Everything the recovery model reports. */
export interface Recovery {
  readonly failures: FailureOutcome[];
  /** Every outage, top-level workloads and what runs in them, by failure then entity. */
  readonly outages: Outage[];
  readonly workloads: WorkloadRecovery[];
  readonly timeline: RecoveryEvent[];
  readonly timelineDropped: number;
  readonly comparison: RecoveryComparisonRow[];
  // Storage: only when the file has pools, so that a run without them keeps its bytes.
  /** What each failure did to the pools built from the failed host's disks, in failure order. */
  readonly pools?: PoolRecovery[];
}

/**
 * What one host failure did to one pool built from its disks (docs/simulation.md, "Storage pools
 * after a failure"): `rebuilt` (re-protected on the other hosts within the run), `rebuilding`
 * (still at the end of the run), `resynced` (the host was back before the rebuild would start,
 * so only the changes were written to it), `degraded` (it could not or did not rebuild: `why`),
 * `no-access` (the data on the host had no other copy: one copy, or too many hosts down).
 */
export interface PoolRecovery {
  readonly pool: string;
  /** The catalogue id of its product. */
  readonly product: string;
  /** Index into `failures`. */
  readonly failure: number;
  readonly host: number;
  /** When it became degraded: the host's failure. */
  readonly degraded: number;
  /** MiB of the pool's copies or fragments on the host: what lost a copy, and what a rebuild writes again. */
  readonly held: number;
  /** Further host failures its data survives while the host is down; negative: the host's share cannot be read. */
  readonly tolerates: number;
  /** The product's wait before it rebuilds elsewhere, seconds; null when it never does (it waits for the host). */
  readonly wait: number | null;
  readonly outcome: 'rebuilt' | 'rebuilding' | 'resynced' | 'degraded' | 'no-access';
  /** Why a degraded pool did not rebuild: it waits for the host, too few hosts are left, too little room, or the timer runs out after the run. */
  readonly why?: 'waits' | 'hosts' | 'space' | 'after-run';
  /** With `hosts`: the hosts it needs up to place every copy, and those left. */
  readonly needs?: number;
  readonly survivors?: number;
  /** The rebuild: its start, its end (null past the run), what it sends over the network (MiB) and at what rate (Mbps, an estimate). */
  readonly rebuild?: { readonly start: number; readonly end: number | null; readonly traffic: number; readonly rate: number };
  /** When the host was up again (its copies resync), null if not within the run. */
  readonly back: number | null;
  /** When every block had all its copies again, null if not within the run. */
  readonly protectedAt: number | null;
}

/** An assumption made for one entity, by id so the host can localize it. */
export interface Note {
  readonly id: 'vm-default-vcpu' | 'vm-default-memory' | 'app-default-load' | 'job-unstartable';
  readonly entity: number;
}

/**
 * Why a run was refused, pointing at the text to fix. 'out-of-memory' is given by a host that
 * runs the engine in a worker of bounded memory when the worker runs out of it.
 */
export interface Refusal {
  readonly reason: 'errors' | 'too-many-steps' | 'too-many-entities' | 'too-much-work' | 'no-capacity' | 'no-hosts' | 'bad-setting' | 'out-of-memory';
  /** What to tell the user, as data for the host to put into words in the user's language. */
  readonly text: Message;
  /** The same in English, for logs and for hosts that show English only. */
  readonly message: string;
  readonly span?: SourceSpan;
}
