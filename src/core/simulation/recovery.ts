// Disaster recovery: what a host failure takes down and how each workload comes back, as events
// in time order (docs/simulation.md, "Disaster recovery"). Pure, on plain inputs, so that the
// model can be checked by hand: the simulation feeds it through recoveryInput.ts.
import { list, type Message, type MessageArg, msg } from '../l10n/localizer';
import { formatSize } from '../units';
import { FirstFit } from './firstFit';
import { KUBERNETES_EVICTION, VSPHERE_HA } from './recoveryFigures';
import type { EntityKind, FailureOutcome, Outage, Recovery, RecoveryComparisonRow, RecoveryEvent, RecoveryVia, WorkloadRecovery } from './types';

/** One entity as the recovery model needs it. */
export interface RecoveryEntity {
  readonly kind: EntityKind;
  /** The entity it runs in, -1 for a host. */
  readonly parent: number;
  readonly name: string;
  readonly cores: number;
  /**
   * MiB it takes where it is placed, as the placement counts it: a VM its memory, a container its
   * memory request (what the Kubernetes scheduler counts), an app or job its peak working set; a
   * host its installed memory.
   */
  readonly memory: number;
  /** Hosts: MiB kept for the host itself. */
  readonly reserve: number;
  /** Seconds from its machine being up to itself being up (a host: from power-on). */
  readonly boot: number;
  /** A VM whose hypervisor restarts VMs on other hosts (vSphere HA and the like). */
  readonly ha: boolean;
}

/** The hosts a failed host's workloads may restart on, and the host failures the cluster is sized for. */
export interface Cluster {
  readonly hosts: readonly number[];
  readonly tolerate: number;
}

/** A host failure: times in seconds from the start; without `recover` the host stays down. */
export interface RecoveryFailure {
  readonly host: number;
  readonly at: number;
  readonly recover?: number;
}

/** Everything the model reads. */
export interface RecoveryInput {
  readonly entities: readonly RecoveryEntity[];
  readonly failures: readonly RecoveryFailure[];
  /** The cluster of a host; undefined: a host of its own (nothing restarts elsewhere). */
  readonly clusterOf: (host: number) => Cluster | undefined;
  readonly duration: number;
  /** Memory overcommit ratio: a host may commit (installed − reserve) × ratio. */
  readonly memoryRatio: number;
  /** Boot times of the file (`boot vm`, `boot container`), for the comparison of kinds. */
  readonly boot: { readonly vm: number; readonly container: number };
  /** At most this many timeline events are kept (the rest are counted). */
  readonly eventLimit: number;
  /**
   * Whether a host can take a restarted VM (it runs a type-1 hypervisor) or a rescheduled
   * container (it runs a container runtime on its OS); without it, every host can.
   */
  readonly runs?: (host: number, kind: 'vm' | 'container') => boolean;
}

/** An outage while it is being worked out. */
interface Open {
  entity: number;
  failure: number;
  down: number;
  /** The host it ran on when it went down: where it waits to come back. */
  home: number;
  up: number | null;
  on: number | null;
  via: RecoveryVia | null;
  reason?: Message;
  /** Placement elsewhere failed: the cluster's list in which it waits for a host to come back. */
  retry?: Waiting;
}

/** The outages of one cluster that found no room, largest first once sorted; `live` of them still wait. */
interface Waiting {
  list: Open[];
  sorted: boolean;
  live: number;
  /** Everything before it no longer waits. */
  head: number;
}

type Step =
  | { readonly t: number; readonly kind: 'fail'; readonly failure: number }
  | { readonly t: number; readonly kind: 'place'; readonly via: 'ha' | 'reschedule'; readonly outages: Open[]; readonly cluster: Cluster }
  | { readonly t: number; readonly kind: 'back'; readonly host: number; readonly failure: number };

/** Runs the failures of `input` and reports every outage, where and when each workload came back, and the comparison of kinds. */
export function recover(input: RecoveryInput): Recovery {
  const { entities, duration } = input;
  const n = entities.length;
  const children: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) if (entities[i].parent >= 0) children[entities[i].parent].push(i);
  // Top-level workloads: what sits on a host directly (VMs, containers, apps and jobs on its OS).
  // What runs on each host now, by host entity: a failure looks at its own host's only.
  const residents = new Map<number, number[]>();
  const committed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = entities[i].parent;
    if (p >= 0 && entities[p].kind === 'host') {
      const list = residents.get(p);
      if (list) list.push(i);
      else residents.set(p, [i]);
      committed[p] += entities[i].memory;
    }
  }
  const capacity = (h: number) => (entities[h].memory - entities[h].reserve) * input.memoryRatio;
  const down = new Uint8Array(n);
  const failures: FailureOutcome[] = [];
  const top: Open[] = [];
  /** Outages by the host they wait for; and those that found no room elsewhere, to try again when a host comes back. */
  const byHome = new Map<number, Open[]>();
  /** By the cluster's first host. */
  const retrying = new Map<number, Waiting>();
  const timeline: RecoveryEvent[] = [];
  const steps: Step[] = [];
  const schedule = (step: Step) => {
    // Three steps per failure at most, kept sorted by time; one scheduled later goes after those of its time.
    let lo = 0;
    let hi = steps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (steps[mid].t <= step.t) lo = mid + 1;
      else hi = mid;
    }
    steps.splice(lo, 0, step);
  };
  const ordered = input.failures
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.at < duration && f.host >= 0 && f.host < n && entities[f.host].kind === 'host')
    .sort((a, b) => a.f.at - b.f.at || a.i - b.i);
  ordered.forEach(({ f }, k) => schedule({ t: f.at, kind: 'fail', failure: k }));

  const restart = (o: Open, host: number, t: number, via: RecoveryVia) => {
    const list = residents.get(host);
    if (list) list.push(o.entity);
    else residents.set(host, [o.entity]);
    committed[host] += entities[o.entity].memory;
    o.on = host;
    o.via = via;
    o.up = t + entities[o.entity].boot;
    if (o.retry) o.retry.live--;
    o.retry = undefined;
    if (o.up < duration) timeline.push({ t: o.up, kind: 'restarted', entity: o.entity, on: host });
  };
  const waiting = (o: Open) => o.via === null;

  // Only the host that came back has more room than at the last try (a host's committed memory
  // falls only when it fails): first fit onto it, largest first, stopping when not even the
  // smallest fits. The list is compacted when most of it no longer waits.
  const runs = input.runs ?? (() => true);
  const retryOn = (w: Waiting, host: number, t: number) => {
    if (!w.sorted || w.live < w.list.length / 2) {
      w.list = w.list.filter(waiting).sort(bySize);
      w.sorted = true;
      w.head = 0;
    }
    const list = w.list;
    // The largest go first, so the front empties first: skip it once, not at every repair.
    while (w.head < list.length && !waiting(list[w.head])) w.head++;
    if (w.head === list.length) return;
    let free = capacity(host) - committed[host];
    const smallest = entities[list[list.length - 1].entity].memory;
    // The first that could fit: needs fall along the list.
    let lo = w.head;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (entities[list[mid].entity].memory > free) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < list.length && free >= smallest; i++) {
      const o = list[i];
      const need = entities[o.entity].memory;
      if (!waiting(o) || need > free || !runs(host, entities[o.entity].kind === 'container' ? 'container' : 'vm')) continue;
      restart(o, host, t, entities[o.entity].kind === 'container' ? 'reschedule' : 'ha');
      free -= need;
    }
  };
  const bySize = (a: Open, b: Open) => entities[b.entity].memory - entities[a.entity].memory || a.entity - b.entity;
  // First fit decreasing by memory over the cluster's hosts that are up, in the cluster's order.
  const place = (outages: readonly Open[], cluster: Cluster, t: number, via: 'ha' | 'reschedule') => {
    const pending = outages.filter(waiting).sort(bySize);
    // Only hosts that can run it: a VM needs a type-1 hypervisor, a container a runtime.
    const kind = via === 'reschedule' ? 'container' : 'vm';
    const survivors = cluster.hosts.filter((h) => !down[h] && runs(h, kind));
    const room = new FirstFit(survivors.map((h) => capacity(h) - committed[h]));
    let names: MessageArg | undefined;
    for (const o of pending) {
      const need = entities[o.entity].memory;
      const at = room.first(need);
      if (at >= 0) {
        restart(o, survivors[at], t, via);
        room.take(at, need);
        continue;
      }
      // Tried again when a host comes back: its reason stands from its first placement.
      if (o.retry) continue;
      let w = retrying.get(cluster.hosts[0]);
      if (!w) retrying.set(cluster.hosts[0], (w = { list: [], sorted: true, live: 0, head: 0 }));
      w.list.push(o);
      w.sorted = false;
      w.live++;
      o.retry = w;
      timeline.push({ t, kind: 'not-placed', entity: o.entity });
      names ??= list(survivors.map((h) => entities[h].name));
      o.reason = survivors.length === 0 ? msg('recovery.reason.noSurvivor') : msg('recovery.reason.noCapacity', names, formatSize(need), formatSize(Math.max(0, room.most())));
    }
  };

  while (steps.length > 0) {
    const step = steps.shift()!;
    if (step.t >= duration) break;
    if (step.kind === 'place') {
      place(step.outages, step.cluster, step.t, step.via);
      continue;
    }
    if (step.kind === 'back') {
      down[step.host] = 0;
      timeline.push({ t: step.t, kind: 'host-up', entity: step.host });
      // What waited for this host restarts on it; then what found no room elsewhere in its cluster tries again.
      for (const o of byHome.get(step.host) ?? []) if (waiting(o)) restart(o, step.host, step.t, 'host');
      const cluster = input.clusterOf(step.host);
      const w = cluster && retrying.get(cluster.hosts[0]);
      if (w && w.live > 0) retryOn(w, step.host, step.t);
      continue;
    }
    const { f } = ordered[step.failure];
    const h = f.host;
    // A host already down cannot fail again (VS803 reports it); its outages go on as they were.
    if (down[h]) continue;
    const k = failures.length;
    const cluster = input.clusterOf(h) ?? { hosts: [h], tolerate: 0 };
    // The primary watches the others: the cluster's first host still up when this one fails.
    const primary = cluster.hosts.find((x) => !down[x]);
    down[h] = 1;
    timeline.push({ t: f.at, kind: 'host-failed', entity: h });
    const repaired = f.recover !== undefined && f.recover < duration ? f.recover : null;
    const upAt = f.recover !== undefined ? f.recover + entities[h].boot : Infinity;
    const until = Math.min(upAt, duration);
    failures.push({
      host: h, at: f.at, repaired, up: upAt < duration ? upAt : null,
      cores: entities[h].cores, memory: entities[h].memory, coreHours: (entities[h].cores * (until - f.at)) / 3600,
      hostsDown: cluster.hosts.filter((x) => down[x]).length, tolerate: cluster.tolerate, clusterHosts: cluster.hosts.length,
    });
    if (f.recover !== undefined) schedule({ t: upAt, kind: 'back', host: h, failure: k });
    const others = cluster.hosts.some((x) => x !== h);
    const ha: Open[] = [];
    const pods: Open[] = [];
    const struck = (residents.get(h) ?? []).sort((a, b) => a - b);
    residents.set(h, []);
    const waits: Open[] = [];
    byHome.set(h, waits);
    for (const w of struck) {
      const o: Open = { entity: w, failure: k, down: f.at, home: h, up: null, on: null, via: null };
      top.push(o);
      waits.push(o);
      timeline.push({ t: f.at, kind: 'down', entity: w });
      const e = entities[w];
      if (e.kind === 'vm' && e.ha && others) ha.push(o);
      else if (e.kind === 'container' && others) pods.push(o);
      else o.reason = msg(e.kind === 'vm' ? (e.ha ? 'recovery.reason.noSurvivor' : 'recovery.reason.noHa') : e.kind === 'container' ? 'recovery.reason.noSurvivor' : 'recovery.reason.onHost');
    }
    committed[h] = 0;
    if (ha.length > 0) schedule({ t: f.at + (h === primary ? VSPHERE_HA.primaryLost : VSPHERE_HA.detect), kind: 'place', via: 'ha', outages: ha, cluster });
    if (pods.length > 0) schedule({ t: f.at + KUBERNETES_EVICTION, kind: 'place', via: 'reschedule', outages: pods, cluster });
  }

  // Close the outages: past the end of the run a workload is not back; a host never repaired says so.
  for (const o of top) {
    if (o.up !== null && o.up >= duration) o.up = null;
    if (o.up === null && o.via === null && failures[o.failure].up === null && o.reason?.id === 'recovery.reason.onHost') o.reason = msg('recovery.reason.notRepaired');
  }
  const outages: Outage[] = [];
  for (const o of top) {
    outages.push(finish(o));
    // What runs in a workload comes back with it, each after its own boot.
    const walk = (parent: number, up: number | null) => {
      for (const c of children[parent]) {
        const back = up === null ? null : up + entities[c].boot;
        const inRun = back !== null && back < duration ? back : null;
        outages.push({ entity: c, failure: o.failure, down: o.down, up: inRun, on: inRun === null ? null : o.on, via: inRun === null ? null : 'parent', reason: msg('recovery.reason.withParent') });
        walk(c, inRun);
      }
    };
    walk(o.entity, o.up);
  }
  outages.sort((a, b) => a.failure - b.failure || a.entity - b.entity);
  return {
    failures,
    outages,
    workloads: totals(outages, n, duration),
    ...cappedTimeline(timeline, input.eventLimit),
    comparison: compare(top, failures, input),
  };
}

function finish(o: Open): Outage {
  const out: Outage = { entity: o.entity, failure: o.failure, down: o.down, up: o.up, on: o.up === null ? null : o.on, via: o.up === null ? null : o.via };
  return o.reason ? { ...out, reason: o.reason } : out;
}

/** Downtime per entity, summed over its outages and cut at the end of the run. */
function totals(outages: readonly Outage[], n: number, duration: number): WorkloadRecovery[] {
  // In arrays by entity: a fleet's outages number in the hundreds of thousands.
  const downtime = new Float64Array(n);
  const count = new Int32Array(n);
  const last = new Float64Array(n).fill(-1);
  const back = new Uint8Array(n);
  for (const o of outages) {
    const e = o.entity;
    downtime[e] += (o.up ?? duration) - o.down;
    count[e]++;
    if (o.down >= last[e]) {
      last[e] = o.down;
      back[e] = o.up !== null ? 1 : 0;
    }
  }
  const out: WorkloadRecovery[] = [];
  for (let e = 0; e < n; e++) if (count[e] > 0) out.push({ entity: e, downtime: downtime[e], outages: count[e], back: back[e] === 1 });
  return out;
}

function cappedTimeline(events: RecoveryEvent[], limit: number): { timeline: RecoveryEvent[]; timelineDropped: number } {
  const order: Record<RecoveryEvent['kind'], number> = { 'host-failed': 0, down: 1, 'not-placed': 2, 'host-up': 3, restarted: 4 };
  events.sort((a, b) => a.t - b.t || order[a.kind] - order[b.kind] || a.entity - b.entity);
  return { timeline: events.slice(0, limit), timelineDropped: Math.max(0, events.length - limit) };
}

/**
 * The outages of the top-level workloads as written, and as they would be if every one were a VM
 * with HA, a container under Kubernetes, or a server of its own with no virtualization, each
 * time given a surviving host with room (the comparison is of the mechanisms, not of capacity).
 */
function compare(top: readonly Open[], failures: readonly FailureOutcome[], input: RecoveryInput): RecoveryComparisonRow[] {
  const { duration } = input;
  const row = (kind: RecoveryComparisonRow['kind'], ups: readonly (number | null)[]): RecoveryComparisonRow => {
    let sum = 0;
    let max = 0;
    let notBack = 0;
    top.forEach((o, i) => {
      const up = ups[i];
      const back = up !== null && up < duration;
      if (!back) notBack++;
      const d = (back ? up : duration) - o.down;
      sum += d;
      max = Math.max(max, d);
    });
    return { kind, outages: top.length, meanDowntime: top.length === 0 ? 0 : sum / top.length, maxDowntime: max, notBack };
  };
  // Bare metal waits for its server's repair (never, without `recover`); a VM or container boots on its own host if that is up first.
  const repaired = top.map((o) => failures[o.failure].up);
  const sooner = (t: number, i: number) => (repaired[i] === null ? t : Math.min(t, repaired[i]!));
  return [
    row('as-written', top.map((o) => o.up)),
    row('hypervisor', top.map((o, i) => sooner(o.down + VSPHERE_HA.detect, i) + input.boot.vm)),
    row('container', top.map((o, i) => sooner(o.down + KUBERNETES_EVICTION, i) + input.boot.container)),
    row('bare-metal', repaired),
  ];
}
