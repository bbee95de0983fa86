import { stepLength } from './formulas';
import { K, type Plan } from './plan';
import { round4 as r4 } from './series';
import type { EntityStats, EventKind, SimEvent, Summary, UsedSettings } from './types';

// Running totals of the step loop at full step resolution, whatever the series keep, and the
// events of the timeline. The summary is computed from these, never from the bucketed series.
// Events are kept within a bound whatever the run (a host that flips in and out of saturation
// every step would otherwise fill the memory): only the first `eventLimit` of the timeline are
// kept, and the others counted.

/** Totals per entity and for the whole run. */
export class Tally {
  /** Events as they come, trimmed now and then to the first `eventLimit` in timeline order. */
  private kept: SimEvent[] = [];
  /** Events beyond the limit, trimmed away. */
  private dropped = 0;
  /** Once the limit is reached, the last event kept: one that would come after it can never be kept. */
  private last: SimEvent | undefined = undefined;
  /** Core-seconds wanted and granted, filled from the series sums at the end of the run. */
  readonly demand: Float64Array;
  readonly granted: Float64Array;
  readonly throttled: Float64Array;
  readonly peakUtil: Float64Array;
  /** Seconds each entity was not up (booting, killed, not yet started or finished). */
  readonly downtime: Float64Array;
  readonly peakMemory: Float64Array;
  readonly energy: Float64Array;
  private readonly oom: Int32Array;
  private readonly saturated: Uint8Array;
  private readonly finished: Float64Array;
  /** Steps in which some host was under memory pressure; hosts are stepped one after another, so not in time order. */
  private readonly pressuredSteps: Uint8Array;

  constructor(
    private readonly plan: Plan,
    private readonly s: UsedSettings,
    private readonly eventLimit: number,
  ) {
    const n = plan.n;
    this.pressuredSteps = new Uint8Array(s.steps);
    this.demand = new Float64Array(n);
    this.granted = new Float64Array(n);
    this.throttled = new Float64Array(n);
    this.peakUtil = new Float64Array(n);
    this.downtime = new Float64Array(n);
    this.peakMemory = new Float64Array(n);
    this.energy = new Float64Array(n);
    this.oom = new Int32Array(n);
    this.saturated = new Uint8Array(n);
    this.finished = new Float64Array(n).fill(Infinity);
  }

  /** Adds an event to the timeline (its time rounded to 0.1 ms). */
  event(t: number, kind: EventKind, entity: number, value?: number): void {
    if (kind === 'oom-kill') this.oom[entity]++;
    const at = r4(t);
    // A limit's worth of events all come before this one (ties: they came first), so it is not kept.
    if (this.eventLimit === 0 || (this.last && timelineOrder(this.last.t, this.last.entity, this.last.kind, at, entity, kind) <= 0)) {
      this.dropped++;
      return;
    }
    this.kept.push(value === undefined ? { t: at, kind, entity } : { t: at, kind, entity, value });
    // Trimming only once the list is twice the limit (or 1,024 over it) keeps it amortised cheap.
    if (this.kept.length >= this.eventLimit + Math.max(this.eventLimit, 1024)) this.trim();
  }

  /** The first `eventLimit` events in timeline order (time, then entity, then kind, then as they came), and how many more there were. */
  timeline(): { events: SimEvent[]; dropped: number } {
    this.trim();
    return { events: this.kept, dropped: this.dropped };
  }

  /** Sorts the events into timeline order and keeps the first `eventLimit`. The sort is stable, so equal events stay in the order they came. */
  private trim(): void {
    this.kept.sort((a, b) => timelineOrder(a.t, a.entity, a.kind, b.t, b.entity, b.kind));
    if (this.kept.length >= this.eventLimit) {
      this.dropped += this.kept.length - this.eventLimit;
      this.kept.length = this.eventLimit;
      this.last = this.kept[this.eventLimit - 1];
    }
  }

  /** Notes a host entering or leaving memory pressure. */
  pressure(h: number, before: number, after: number, t: number): void {
    if (before === 1 && after < 1) this.event(t, 'memory-pressure', h, Math.round(after * 1e4) / 1e4);
    else if (before < 1 && after === 1) this.event(t, 'memory-relieved', h);
  }

  /** Notes a host whose guests start or stop asking for more CPU than it has. */
  saturation(h: number, saturated: boolean, t: number): void {
    if (saturated === (this.saturated[h] === 1)) return;
    this.saturated[h] = saturated ? 1 : 0;
    this.event(t, saturated ? 'cpu-saturated' : 'cpu-relieved', h);
  }

  /** Notes that some host was under memory pressure during a step. */
  pressured(step: number): void {
    this.pressuredSteps[step] = 1;
  }

  /** Seconds under memory pressure: each step some host was under it, counted once, in time order. */
  private pressureSeconds(): number {
    const { step, duration } = this.s;
    let seconds = 0;
    for (let k = 0; k < this.pressuredSteps.length; k++) if (this.pressuredSteps[k] === 1) seconds += stepLength(step, duration, k);
    return seconds;
  }

  /** A job finished at time t. */
  finish(j: number, t: number): void {
    this.finished[j] = t;
    this.event(t, 'job-finished', j);
  }

  /** Adds the events only known at the end: what never started, jobs still running. */
  close(ready: Float64Array, jobDone: Float64Array, remaining: Float64Array, elapsed: number): void {
    const { kind } = this.plan;
    for (let i = 0; i < this.plan.n; i++) {
      if (kind[i] === K.job && remaining[i] > 0 && ready[i] <= elapsed) this.event(elapsed, 'job-unfinished', i, remaining[i]);
      else if (kind[i] !== K.host && ready[i] > elapsed && !(kind[i] === K.job && jobDone[i] <= elapsed)) this.event(elapsed, 'never-started', i);
      else if (kind[i] !== K.job && ready[i] <= elapsed) this.event(ready[i], 'started', i);
    }
  }

  /** Per-entity totals over `elapsed` seconds. */
  stats(ready: Float64Array, elapsed: number): EntityStats[] {
    const out: EntityStats[] = [];
    // One call per entity, so that V8 compiles the body early in the first run and keeps it.
    for (let i = 0; i < this.plan.n; i++) out.push(this.statsOf(i, ready, elapsed));
    return out;
  }

  private statsOf(i: number, ready: Float64Array, elapsed: number): EntityStats {
    return {
      meanDemand: r4(this.demand[i] / elapsed),
      meanGranted: r4(this.granted[i] / elapsed),
      meanUtilization: elapsed > this.downtime[i] + 1e-9 ? r4(this.granted[i] / (this.plan.cap[i] * (elapsed - this.downtime[i]))) : 0,
      peakUtilization: r4(this.peakUtil[i]),
      shortPct: pct(this.demand[i] - this.granted[i], this.demand[i]),
      throttledPct: pct(this.throttled[i], this.demand[i]),
      peakMemory: r4(this.peakMemory[i]),
      oomKills: this.oom[i],
      startedAt: ready[i] <= elapsed ? r4(ready[i]) : null,
      finishedAt: this.finished[i] <= elapsed ? r4(this.finished[i]) : null,
      energyKWh: r4(this.energy[i] / 3.6e6),
    };
  }

  /** The headline numbers over `elapsed` seconds. */
  summary(ready: Float64Array, elapsed: number): Summary {
    const { kind, cap, n } = this.plan;
    const sum = { hostGranted: 0, hostCapacity: 0, peak: 0, energy: 0, vmDemand: 0, vmShort: 0, ctDemand: 0, ctThrottled: 0, appDemand: 0, appShort: 0, oom: 0 };
    let startup = 0;
    let apps = 0;
    let guests = 0;
    let guestStartup = 0;
    for (let i = 0; i < n; i++) {
      const k = kind[i];
      if (k === K.host) {
        sum.hostGranted += this.granted[i];
        sum.hostCapacity += cap[i] * elapsed;
        sum.peak = Math.max(sum.peak, this.peakUtil[i]);
        sum.energy += this.energy[i];
      } else if (k === K.vm) {
        sum.vmDemand += this.demand[i];
        sum.vmShort += this.demand[i] - this.granted[i];
      } else if (k === K.container) {
        sum.ctDemand += this.demand[i];
        sum.ctThrottled += this.throttled[i];
        sum.oom += this.oom[i];
      } else if (k === K.app) {
        sum.appDemand += this.demand[i];
        sum.appShort += this.demand[i] - this.granted[i];
        apps++;
        startup = Math.max(startup, ready[i]);
      }
      if (k === K.vm || k === K.container) {
        guests++;
        guestStartup = Math.max(guestStartup, ready[i]);
      }
    }
    // With no apps, "running" means the guests are up; with no guests, the hosts.
    let up = apps > 0 ? startup : guests > 0 ? guestStartup : 0;
    if (apps === 0 && guests === 0) for (const h of this.plan.hosts) up = Math.max(up, ready[h]);
    const r = r4;
    const mean = sum.hostCapacity > 0 ? sum.hostGranted / sum.hostCapacity : 0;
    return {
      peakUtilization: r(sum.peak),
      meanUtilization: r(mean),
      idleCoreHours: r((sum.hostCapacity - sum.hostGranted) / 3600),
      idlePct: r(100 * (1 - mean)),
      readyPct: pct(sum.vmShort, sum.vmDemand),
      throttledPct: pct(sum.ctThrottled, sum.ctDemand),
      oomKills: sum.oom,
      unmetPct: pct(sum.appShort, sum.appDemand),
      startupSeconds: up <= elapsed ? r(up) : null,
      energyKWh: r(sum.energy / 3.6e6),
      memoryPressureSeconds: r(this.pressureSeconds()),
    };
  }
}

/** The order of the timeline: by time, then entity, then kind (negative: the first comes first). */
function timelineOrder(t1: number, entity1: number, kind1: EventKind, t2: number, entity2: number, kind2: EventKind): number {
  return t1 - t2 || entity1 - entity2 || (kind1 < kind2 ? -1 : kind1 > kind2 ? 1 : 0);
}

/** `part` as a percentage of `whole`, rounded; 0 of nothing. */
function pct(part: number, whole: number): number {
  return whole > 0 ? r4((100 * part) / whole) : 0;
}
