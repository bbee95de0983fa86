// The results page's recovery section, built from a result's `recovery` (docs/simulation.md,
// "Disaster recovery"): apart from view.ts, which builds the rest of the page, because it is a
// section of its own with its own tables, timeline and texts. Free of `vscode`, as view.ts is.
import { type ClockStyle, formatClock, formatCount, formatDuration, formatNumber, formatSize, KUBERNETES_EVICTION, type Message, type Outage, type Recovery, type RecoveryComparisonRow, type RecoveryEvent, type SimulationResult, timeTicks, VSPHERE_HA } from '../../core/languageService';
import type { SimDownSpan, SimRecovery, SimTable, SimTimelineRow } from '../../shared/simulationProtocol';
import { label, type Translate, VIEW_LIMITS } from './view';

/**
 * The recovery section (docs/simulation.md, "Disaster recovery"): downtime per workload and how it
 * came back, what did not and why, the failures with the capacity they took, a timeline, and the
 * comparison of kinds. Names from the file are the user's own text; everything else goes through
 * the bundle and the formatters.
 */
export function recoverySection(r: SimulationResult, style: ClockStyle, t: Translate): SimRecovery {
  const rec = r.recovery!;
  const clock = (seconds: number): string => formatClock(seconds, style, t);
  const duration = (seconds: number): string => formatDuration(seconds, t);
  const name = (i: number): string => r.entities[i].name;
  const who = (i: number): string => label(r.entities[i], t);
  const outagesOf = new Map<number, Outage[]>();
  for (const o of rec.outages) {
    const list = outagesOf.get(o.entity);
    if (list) list.push(o);
    else outagesOf.set(o.entity, [o]);
  }
  const notBack = rec.outages.filter((o) => o.up === null);

  // Longest downtime first; ties in the file's order.
  const byDowntime = [...rec.workloads].sort((a, b) => b.downtime - a.downtime || a.entity - b.entity);
  const shownWorkloads = byDowntime.slice(0, VIEW_LIMITS.recoveryRows);
  const workloads: SimTable = {
    head: [t('simulation.view.recoveryWorkload'), t('simulation.view.recoveryDowntime'), t('simulation.view.recoveryOutages'), t('simulation.view.recoveryHowBack')],
    rows: shownWorkloads.map((w) => [who(w.entity), duration(w.downtime), String(w.outages), (outagesOf.get(w.entity) ?? []).map((o) => outcome(r, o, style, t)).join('; ')]),
  };

  const failures: SimTable = {
    head: [t('simulation.view.recoveryHost'), t('simulation.view.recoveryFailed'), t('simulation.view.recoveryUpAgain'), t('simulation.view.recoveryHostsDown'), t('simulation.view.recoveryCapacityLost')],
    rows: rec.failures.map((f) => [
      name(f.host), clock(f.at), f.up === null ? t('simulation.view.notWithinTheRun') : clock(f.up),
      f.clusterHosts <= 1 ? t('simulation.view.recoveryNoCluster') : t(f.hostsDown > f.tolerate ? 'simulation.view.recoveryHostsDownOver' : 'simulation.view.recoveryHostsDownOf', f.hostsDown, f.tolerate),
      t('simulation.view.recoveryCapacity', t('simulation.view.coreH', formatCount(f.coreHours)), formatCount(f.cores), formatSize(f.memory)),
    ]),
  };
  const coreHours = rec.failures.reduce((sum, f) => sum + f.coreHours, 0);

  const comparisonKind: Record<RecoveryComparisonRow['kind'], [string, string]> = {
    'as-written': [t('simulation.view.recoveryAsWritten'), t('simulation.view.recoveryAsWrittenAssumes')],
    hypervisor: [t('simulation.view.recoveryVmsWithHa'), t('simulation.view.recoveryVmsAssume', duration(VSPHERE_HA.detect), duration(r.settings.boot.vm))],
    container: [t('simulation.view.recoveryContainersKubernetes'), t('simulation.view.recoveryContainersAssume', duration(KUBERNETES_EVICTION), duration(r.settings.boot.container))],
    'bare-metal': [t('simulation.view.oneServerEachNoVirtualization'), t('simulation.view.recoveryBareMetalAssumes')],
  };
  const comparison: SimTable = {
    head: [t('simulation.view.kind'), t('simulation.view.recoveryMeanDowntime'), t('simulation.view.recoveryLongest'), t('simulation.view.recoveryNotBackCount'), t('simulation.view.recoveryAssumes')],
    rows: rec.comparison.map((c) => [comparisonKind[c.kind][0], duration(c.meanDowntime), duration(c.maxDowntime), t('simulation.view.recoveryOfOutages', c.notBack, c.outages), comparisonKind[c.kind][1]]),
  };
  const struck = rec.comparison[0]?.outages ?? 0;

  return {
    summary: t('simulation.view.recoverySummary', rec.failures.length, rec.workloads.length, rec.workloads.filter((w) => w.back).length, rec.workloads.filter((w) => !w.back).length),
    workloads: {
      title: t('simulation.view.recoveryDowntimeTitle'),
      table: workloads,
      note: byDowntime.length > shownWorkloads.length ? t('simulation.view.recoveryMoreWorkloads', shownWorkloads.length, byDowntime.length) : undefined,
    },
    ...(notBack.length > 0 ? {
      notBack: {
        title: t('simulation.view.recoveryNotBackTitle'),
        table: {
          head: [t('simulation.view.recoveryWorkload'), t('simulation.view.recoveryDownSince'), t('simulation.view.recoveryWhy')],
          rows: notBack.slice(0, VIEW_LIMITS.recoveryRows).map((o) => [who(o.entity), clock(o.down), o.reason ? say(o.reason, t) : '—']),
        },
        note: notBack.length > VIEW_LIMITS.recoveryRows ? t('simulation.view.recoveryMoreWorkloads', VIEW_LIMITS.recoveryRows, notBack.length) : undefined,
      },
    } : {}),
    failures: { title: t('simulation.view.recoveryFailuresTitle'), table: failures, note: t('simulation.view.recoveryCapacityTotal', t('simulation.view.coreH', formatCount(coreHours))) },
    ...(rec.pools && rec.pools.length > 0 ? { pools: poolsPart(r, rec.pools, style, t) } : {}),
    timeline: timeline(r, style, t),
    comparison: { title: t('simulation.view.recoveryComparisonTitle'), table: comparison, note: t('simulation.view.recoveryComparisonNote', struck) },
  };
}

/** How one outage ended: how and where it came back and when, or that it did not and why. */
function outcome(r: SimulationResult, o: Outage, style: ClockStyle, t: Translate): string {
  if (o.up === null || o.on === null) return t('simulation.view.recoveryNotBackReason', o.reason ? say(o.reason, t) : '—');
  const on = r.entities[o.on].name;
  const at = formatClock(o.up, style, t);
  const how = o.via === 'ha' ? t('simulation.view.recoveryViaHa', on, at)
    : o.via === 'reschedule' ? t('simulation.view.recoveryViaReschedule', on, at)
      : o.via === 'parent' ? t('simulation.view.recoveryViaParent', on, at, label(r.entities[r.entities[o.entity].parent], t))
        : t('simulation.view.recoveryViaHost', on, at);
  // A reason beside a return says why it came back later than its kind would: no room at first,
  // no HA. Those that only restate the way it came back (with its parent, on its host) are left out.
  const why = o.reason && o.reason.id !== 'recovery.reason.withParent' && o.reason.id !== 'recovery.reason.onHost' ? o.reason : undefined;
  return why ? t('simulation.view.recoveryWaited', how, say(why, t)) : how;
}

/** The timeline: a row per failed host, then per workload, in the order they first went down, and the events as its table. */
function timeline(r: SimulationResult, style: ClockStyle, t: Translate): SimRecovery['timeline'] {
  const rec = r.recovery!;
  const end = r.settings.duration;
  const clock = (seconds: number): string => formatClock(seconds, style, t);
  const span = (who: string, from: number, to: number | null): SimDownSpan => (to === null
    ? { from, to: end, back: false, text: t('simulation.view.recoverySpanNotBack', who, clock(from)) }
    : { from, to, back: true, text: t('simulation.view.recoverySpanBack', who, clock(from), clock(to), formatDuration(to - from, t)) });
  const rows = new Map<number, { first: number; row: SimTimelineRow & { spans: SimDownSpan[] } }>();
  const add = (entity: number, kind: SimTimelineRow['kind'], s: SimDownSpan): void => {
    let entry = rows.get(entity);
    if (!entry) rows.set(entity, (entry = { first: s.from, row: { kind, label: label(r.entities[entity], t), spans: [] } }));
    entry.row.spans.push(s);
  };
  for (const f of rec.failures) add(f.host, 'host', span(label(r.entities[f.host], t), f.at, f.up));
  for (const o of rec.outages) add(o.entity, 'workload', span(label(r.entities[o.entity], t), o.down, o.up));
  // Hosts before what they took down at the same time; then in the file's order.
  const ordered = [...rows.entries()].sort(([a, x], [b, y]) => x.first - y.first || Number(y.row.kind === 'host') - Number(x.row.kind === 'host') || a - b).map(([, e]) => e.row);
  const shown = ordered.slice(0, VIEW_LIMITS.timelineRows);
  const events = rec.timeline.slice(0, VIEW_LIMITS.events);
  const left = rec.timeline.length - events.length + rec.timelineDropped;
  const notes = [
    shown.length < ordered.length ? t('simulation.view.recoveryMoreRows', shown.length, ordered.length) : '',
    left > 0 ? t('simulation.view.moreEventsAreIn', left) : '',
  ].filter((n) => n !== '');
  return {
    title: t('simulation.view.recoveryTimelineTitle'),
    end,
    ticks: timeTicks(end, style, t),
    rows: shown,
    legend: { host: t('simulation.view.recoveryLegendHost'), down: t('simulation.view.recoveryLegendDown'), notBack: t('simulation.view.recoveryLegendNotBack') },
    table: { head: [t('simulation.view.time'), t('simulation.view.recoveryEvent')], rows: events.map((e) => [clock(e.t), recoveryEventText(r, e, t)]) },
    note: notes.length > 0 ? notes.join(' ') : undefined,
  };
}

function recoveryEventText(r: SimulationResult, e: RecoveryEvent, t: Translate): string {
  const who = label(r.entities[e.entity], t);
  switch (e.kind) {
    case 'host-failed': return t('simulation.view.recoveryHostFailed', who);
    case 'host-up': return t('simulation.view.recoveryHostUp', who);
    case 'down': return t('simulation.view.recoveryDown', who);
    case 'restarted': return t('simulation.view.recoveryRestarted', who, e.on === undefined ? '—' : r.entities[e.on].name);
    case 'not-placed': return t('simulation.view.recoveryNotPlaced', who);
    default: return who;
  }
}

/** A message of the core (a recovery's reason) in the user's words: the localizer puts its values, lists and messages within into words. */
function say(m: Message, t: Translate): string {
  return t(m.id, ...(m.args ?? []));
}

/** One pool's outcome of one failure. */
type PoolRecovery = NonNullable<Recovery['pools']>[number];

/** The pools the failures degraded: when, how much of their data was on the host, and how each got its copies back (or did not). */
function poolsPart(r: SimulationResult, pools: readonly PoolRecovery[], style: ClockStyle, t: Translate): SimRecovery['pools'] {
  const clock = (seconds: number): string => formatClock(seconds, style, t);
  const wait = (p: PoolRecovery): string => {
    const d = formatDuration(p.wait ?? 0, t);
    return p.product === 'vsan' ? t('simulation.view.recoveryTimerVsan', d) : p.product === 'ceph' ? t('simulation.view.recoveryTimerCeph', d) : t('simulation.view.recoveryTimerOther', d);
  };
  const rate = (mbps: number): string => t('simulation.view.rateGbps', formatNumber(mbps / 1000, 1));
  const what = (p: PoolRecovery): string => {
    const b = p.rebuild;
    switch (p.outcome) {
      case 'rebuilt': return t('simulation.view.recoveryPoolRebuilt', clock(b!.start), clock(b!.end!), wait(p), formatSize(b!.traffic), rate(b!.rate));
      case 'rebuilding': return t('simulation.view.recoveryPoolRebuilding', clock(b!.start), wait(p), formatSize(b!.traffic), rate(b!.rate));
      case 'resynced': return t('simulation.view.recoveryPoolResynced', clock(p.back!), wait(p));
      case 'no-access': return t('simulation.view.recoveryPoolNoAccess');
      default:
        return p.why === 'hosts' ? t('simulation.view.recoveryPoolHosts', p.needs ?? 0, p.survivors ?? 0)
          : p.why === 'space' ? t('simulation.view.recoveryPoolSpace')
            : p.why === 'after-run' ? t('simulation.view.recoveryPoolAfterRun', clock(p.degraded + (p.wait ?? 0)), wait(p))
              : t('simulation.view.recoveryPoolWaits');
    }
  };
  const shown = pools.slice(0, VIEW_LIMITS.recoveryRows);
  return {
    title: t('simulation.view.recoveryPoolsTitle'),
    table: {
      head: [t('simulation.view.recoveryPool'), t('simulation.view.recoveryHost'), t('simulation.view.recoveryDegradedFrom'), t('simulation.view.recoveryPoolHeld'), t('simulation.view.recoveryPoolOutcome'), t('simulation.view.recoveryPoolProtected')],
      rows: shown.map((p) => [p.pool, r.entities[p.host].name, clock(p.degraded), formatSize(p.held), what(p), p.protectedAt === null ? t('simulation.view.notWithinTheRun') : clock(p.protectedAt)]),
    },
    note: [t('simulation.view.recoveryPoolsNote'), shown.length < pools.length ? t('simulation.view.recoveryMoreRows', shown.length, pools.length) : ''].filter((n) => n !== '').join(' '),
  };
}
