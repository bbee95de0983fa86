// Turns a simulation result into what the results page shows: formatted, localized, and cut to
// what charts can show (the busiest lines; the export keeps everything), and gives the page its
// own words. Every number goes through the core's formatter of its kind (core/format.ts), time
// axes included: the page only picks which of the labelled tick sets fits its width. Free of
// `vscode` so unit tests and the page test build the same view the extension sends.
import { type ClockStyle, clockStyle, type EntityInfo, type EventKind, formatClock, formatCount, formatDuration, formatEnergy, formatNumber, formatPercent, formatSize, localizerFor, type MessageArg, type MessageId, type SimEvent, type SimulationResult, timeTicks } from '../../core/languageService';
import { recoverySection } from './recoveryView';
import type { SimCard, SimChart, SimEventRow, SimHeatmap, SimTable, SimulationStrings, SimulationView } from '../../shared/simulationProtocol';

/** Puts a message id with its `{0}`-style values into words: the user's localizer's `t` in the extension. */
export type Translate = (id: MessageId, ...args: MessageArg[]) => string;

/** English, for tests and the page test. */
export const english: Translate = (id, ...args) => ENGLISH_WORDS.t(id, ...args);

const ENGLISH_WORDS = localizerFor('en');

/** The results page's own words, in the user's language. */
export function simulationStrings(t: Translate): SimulationStrings {
  return {
    rerun: t('simulation.view.runAgain'),
    cancel: t('simulation.view.cancel'),
    summary: t('simulation.view.summary'),
    charts: t('simulation.view.overTime'),
    consolidation: t('simulation.view.consolidationServersNeededPerKind'),
    jobs: t('simulation.view.batchJobs'),
    isolation: t('simulation.view.isolationOfTheKindsUsed'),
    recovery: t('simulation.view.recovery'),
    events: t('simulation.view.events'),
    notes: t('simulation.view.assumptions'),
    noEvents: t('simulation.view.nothingHappenedWorthListing'),
    noResults: t('simulation.view.noResultsYet'),
    goToSource: t('simulation.view.goToTheSourceLine'),
    goToError: t('simulation.goToError'),
    servers: t('simulation.view.servers'),
    ffd: t('simulation.view.firstFitDecreasing'),
    bfd: t('simulation.view.bestFitDecreasing'),
    time: t('simulation.view.time'),
    allAsHeatmap: t('simulation.view.allAsHeatmap'),
    showAsTable: t('simulation.view.showAsTable'),
    mean: t('simulation.view.mean'),
    peak: t('simulation.view.peak'),
    meanMinMax: t('simulation.view.meanMinMax', '{0}', '{1}', '{2}'),
    // The templates themselves (each placeholder filled with itself), for the page to give
    // core/format.ts `formatPercent` the words it would get here.
    percent: t('format.percent', '{0}'),
    percentBelow: t('format.percentBelow', '{0}'),
    copySummary: t('simulation.page.copySummary'),
    copyConsolidation: t('simulation.page.copyConsolidation'),
    exportChartSvg: t('simulation.page.exportChartSvg'),
    exportChartPng: t('simulation.page.exportChartPng'),
  };
}

/**
 * Most lines in one chart: the size of the page's colour-blind-safe palette (7, Okabe–Ito less
 * the one colour each background hides; webview/simulation/theme.ts), so that no two lines
 * share a colour. The busiest few drawn as lines beside a heatmap; most columns of a heatmap (a
 * 2,000 px page reduces them no further, finer ones it reduces to its width); most events listed;
 * most rows of a recovery table and of the recovery timeline (a bar a line of text tall, so that
 * the timeline stays about a screen high).
 */
export const VIEW_LIMITS = { lines: 7, heatmapLines: 5, heatmapColumns: 720, events: 500, recoveryRows: 200, timelineRows: 40 } as const;

/** The page's view of a result; `fileName` names the file in the subtitle. */
export function buildView(r: SimulationResult, fileName: string, version: number, t: Translate): SimulationView {
  const s = r.settings;
  const subtitle = t('simulation.view.subtitle', fileName, formatDuration(s.duration, t), formatDuration(s.step, t), s.seed, s.overcommit.cpu, s.overcommit.memory);
  const style = clockStyle(s.duration, s.step);
  return {
    version,
    title: r.title || fileName,
    subtitle,
    cards: cards(r, t),
    charts: charts(r, style, t),
    consolidation: consolidation(r, t),
    jobs: jobs(r, style, t),
    isolation: isolation(r, t),
    ...(r.recovery ? { recovery: recoverySection(r, style, t) } : {}),
    events: r.events.slice(0, VIEW_LIMITS.events).map((e) => eventRow(r, e, style, t)),
    eventsNote: r.events.length > VIEW_LIMITS.events || r.eventsDropped > 0 ? t('simulation.view.moreEventsAreIn', r.events.length - Math.min(r.events.length, VIEW_LIMITS.events) + r.eventsDropped) : undefined,
    notes: r.notes.map((n) => note(n.id, r.entities[n.entity], t)),
  };
}

function cards(r: SimulationResult, t: Translate): SimCard[] {
  const m = r.summary;
  const neverStarted = r.events.filter((e) => e.kind === 'never-started' && r.entities[e.entity].kind === 'app').length;
  const perDay = r.settings.duration === 86400 ? '' : ` · ${t('simulation.view.energyADayValue', formatEnergy((m.energyKWh * 86400) / r.settings.duration, t))}`;
  const duration = (seconds: number): string => formatDuration(seconds, t);
  const pct = (percent: number): string => formatPercent(percent, t);
  return [
    { label: t('simulation.view.startUp'), value: m.startupSeconds === null ? t('simulation.view.appsNeverStart', neverStarted) : duration(m.startupSeconds), hint: t('simulation.view.fromPowerOnUntilEvery'), alert: m.startupSeconds === null },
    { label: t('simulation.view.peakUtilization'), value: pct(100 * m.peakUtilization), hint: t('simulation.view.theBusiestHostAtIts') },
    { label: t('simulation.view.meanUtilization'), value: pct(100 * m.meanUtilization), hint: t('simulation.view.cpuUsedOfAllThe') },
    { label: t('simulation.view.idleCapacity'), value: `${pct(m.idlePct)} · ${t('simulation.view.coreH', formatCount(m.idleCoreHours))}`, hint: t('simulation.view.cpuInstalledButNotUsed') },
    { label: t('simulation.view.readySteal'), value: pct(m.readyPct), hint: t('simulation.view.cpuTheVmsWantedBut'), alert: m.readyPct >= 5 },
    { label: t('simulation.view.throttled'), value: pct(m.throttledPct), hint: t('simulation.view.cpuTheContainersWantedBeyond'), alert: m.throttledPct >= 5 },
    { label: t('simulation.view.oomKills'), value: String(m.oomKills), hint: t('simulation.view.containersKilledForGoingOver'), alert: m.oomKills > 0 },
    { label: t('simulation.view.unmetDemand'), value: pct(m.unmetPct), hint: t('simulation.view.cpuTheAppsWantedAnd'), alert: m.unmetPct >= 1 },
    { label: t('simulation.view.memoryPressure'), value: duration(m.memoryPressureSeconds), hint: t('simulation.view.timeAHostHeldMore'), alert: m.memoryPressureSeconds > 0 },
    { label: t('simulation.view.energy'), value: `${formatEnergy(m.energyKWh, t)}${perDay}`, hint: t('simulation.view.whatTheHostsDrewOver') },
  ];
}

function charts(r: SimulationResult, style: ClockStyle, t: Translate): SimChart[] {
  const ids = (kinds: string[]): number[] => r.entities.filter((e) => kinds.includes(e.kind)).map((e) => e.id);
  const hosts = ids(['host']);
  const guests = ids(['vm', 'container']);
  const util = (i: number): number[] => r.series[i].granted.map((g) => round1((100 * g) / r.entities[i].cores));
  const short = (i: number): number[] => r.series[i].demand.map((d, p) => (d > 0 ? round1((100 * (d - r.series[i].granted[p])) / d) : 0));
  const memory = (i: number): number[] => r.series[i].memory.map((m) => round1((100 * m) / r.entities[i].memory));
  const out: SimChart[] = [];
  const ticks = timeTicks(r.settings.duration, style, t);
  // The charts share their points' labels (thousands of them) whenever they share a spacing.
  const labelled = new Map<number, string[]>();
  const pointLabels = (every: number, times: number[]): string[] => {
    let labels = labelled.get(every);
    if (!labels || labels.length < times.length) labelled.set(every, (labels = times.map((s) => formatClock(s, style, t, every))));
    return labels.length === times.length ? labels : labels.slice(0, times.length);
  };
  // Scores rank the lines; a line scoring 0 is drawn only to fill a chart of few lines, never in the contention chart.
  const chart = (id: string, title: string, unit: string, pool: number[], score: (i: number) => number, values: (i: number) => number[], what: string, max?: number, heat?: (i: number) => number[]): void => {
    const keepZero = id !== 'contention' && pool.length <= VIEW_LIMITS.lines;
    const ranked = pool.filter((i) => score(i) > 0 || keepZero).sort((a, b) => score(b) - score(a) || a - b);
    const limit = heat ? VIEW_LIMITS.heatmapLines : VIEW_LIMITS.lines;
    const shown = ranked.slice(0, limit).sort((a, b) => a - b);
    if (shown.length === 0) return;
    const every = r.series[shown[0]].every;
    const left = pool.length - shown.length;
    const times = r.series[shown[0]].demand.map((_, p) => p * every);
    out.push({
      id, title, unit, max,
      times,
      timeLabels: pointLabels(every, times),
      end: r.settings.duration,
      ticks,
      lines: shown.map((i) => ({ label: label(r.entities[i], t), values: values(i) })),
      note: left > 0 ? t('simulation.view.theBusiestOfThe', shown.length, pool.length, what, left) : undefined,
      heatmap: heat ? heatmap(pool, heat, score, every, shown.length, what) : undefined,
    });
  };
  // Every entity of the pool, busiest first, each row its values' means over columns of equal
  // length (the last may be shorter), so that the page may average neighbouring columns again.
  const heatmap = (pool: number[], values: (i: number) => number[], score: (i: number) => number, every: number, lines: number, what: string): SimHeatmap => {
    const points = values(pool[0]).length;
    const span = Math.max(1, Math.ceil(points / VIEW_LIMITS.heatmapColumns));
    const times: number[] = [];
    for (let p = 0; p < points; p += span) times.push(p * every);
    const rows = pool.map((i) => {
      const all = values(i);
      const columns = times.map((_, c) => mean(all, c * span, Math.min(points, (c + 1) * span)));
      let peak = 0;
      for (const v of all) peak = Math.max(peak, v);
      return { i, label: label(r.entities[i], t), values: columns.map(round1), mean: round1(mean(all, 0, points)), peak };
    });
    rows.sort((a, b) => score(b.i) - score(a.i) || a.i - b.i);
    return {
      times,
      timeLabels: times.map((s) => formatClock(s, style, t, span * every)),
      rowsLabel: what,
      rows: rows.map(({ label: l, values: v, mean: m, peak }) => ({ label: l, values: v, mean: m, peak })),
      note: t('simulation.view.heatmapNote', pool.length, what, formatDuration(span * every, t)),
      linesLabel: t('simulation.view.busiestAsLines', lines),
    };
  };
  chart('hosts', t('simulation.view.cpuUtilizationPerHost'), '%', hosts, (i) => r.stats[i].meanUtilization, util, t('simulation.view.hosts'), 100);
  // Ranked by the mean of what the heatmap shows, so that its top rows are the lines on request.
  const meanUtil = memo((i: number) => { const u = util(i); return mean(u, 0, u.length); });
  chart('guests', t('simulation.view.cpuUtilizationPerVmAnd'), '%', guests, meanUtil, util, t('simulation.view.vmsAndContainers'), 100, util);
  chart('contention', t('simulation.view.cpuWantedButNotGranted'), '%', guests, (i) => r.stats[i].shortPct, short, t('simulation.view.vmsAndContainers'), 100);
  chart('memory', t('simulation.view.memoryInUsePerHost'), '%', hosts, (i) => r.stats[i].peakMemory, memory, t('simulation.view.hosts'));
  return out;
}

function consolidation(r: SimulationResult, t: Translate): SimulationView['consolidation'] {
  const c = r.consolidation;
  if (!c) return undefined;
  const kind = (k: string): string => (k === 'bare-metal' ? t('simulation.view.oneServerEachNoVirtualization') : k === 'hypervisor' ? t('simulation.view.vmsOnAType') : t('simulation.view.containers'));
  const name = (w: number): string => r.entities[c.workloads[w].entity].name;
  const table: SimTable = {
    head: [t('simulation.view.kind'), t('simulation.view.serversFfd'), t('simulation.view.serversBfd'), t('simulation.view.meanUtilization'), t('simulation.view.idleCoreH'), t('simulation.view.energyADay'), t('simulation.view.fitsNowhere')],
    rows: c.rows.map((row) => [
      kind(row.kind), String(row.ffd.servers), String(row.bfd.servers), formatPercent(100 * row.ffd.meanUtilization, t), formatCount(row.ffd.idleCoreHours), formatEnergy(row.ffd.energyKWhPerDay, t),
      row.unplaced.length === 0 ? '—' : row.unplaced.map(name).join(', '),
    ]),
  };
  return {
    caption: t('simulation.view.workloadsOnCopiesOf', c.workloads.length, c.server.name, c.server.cores, formatSize(c.server.memory), r.settings.overcommit.cpu, r.settings.overcommit.memory),
    table,
    kinds: c.rows.map((row) => kind(row.kind)),
    ffd: c.rows.map((row) => row.ffd.servers),
    bfd: c.rows.map((row) => row.bfd.servers),
    note: t('simulation.view.firstFitAndBestFit'),
  };
}

function jobs(r: SimulationResult, style: ClockStyle, t: Translate): SimTable | undefined {
  const clock = (seconds: number): string => formatClock(seconds, style, t);
  const list = r.entities.filter((e) => e.kind === 'job');
  if (list.length === 0) return undefined;
  return {
    head: [t('simulation.view.job'), t('simulation.view.started'), t('simulation.view.finished'), t('simulation.view.took')],
    rows: list.map((e) => {
      const st = r.stats[e.id];
      return [e.name, st.startedAt === null ? t('simulation.view.never') : clock(st.startedAt), st.finishedAt === null ? t('simulation.view.notWithinTheRun') : clock(st.finishedAt), st.finishedAt !== null && st.startedAt !== null ? formatDuration(st.finishedAt - st.startedAt, t) : '—'];
    }),
  };
}

function isolation(r: SimulationResult, t: Translate): SimTable | undefined {
  if (r.isolation.length === 0) return undefined;
  const why: Record<string, string> = {
    hypervisor: t('simulation.view.vmsOnABareMetal'),
    'host-os': t('simulation.view.vmsOnAHostedHypervisor'),
    'sandboxed-container': t('simulation.view.sandboxedContainersKataGvisorA'),
    container: t('simulation.view.containersOneSharedKernelSeparated'),
    'bare-metal': t('simulation.view.appsStraightOnOneOs'),
  };
  return { head: [t('simulation.view.rank'), t('simulation.view.isolation'), t('simulation.view.guests')], rows: r.isolation.map((e) => [String(e.rank), why[e.isolation], String(e.guests)]) };
}

function eventRow(r: SimulationResult, e: SimEvent, style: ClockStyle, t: Translate): SimEventRow {
  const who = r.entities[e.entity];
  return { time: formatClock(e.t, style, t), text: eventText(e.kind, label(who, t), e.value, who, t), alert: ALERTS.has(e.kind), start: who.span.start, end: who.span.end };
}

const ALERTS: ReadonlySet<EventKind> = new Set(['oom-kill', 'memory-pressure', 'cpu-saturated', 'never-started', 'job-unfinished']);

function eventText(kind: EventKind, who: string, value: number | undefined, e: EntityInfo, t: Translate): string {
  switch (kind) {
    case 'started': return t('simulation.view.isUp', who);
    case 'job-started': return t('simulation.view.starts', who);
    case 'job-finished': return t('simulation.view.hasFinishedItsWork', who);
    case 'oom-kill': return t('simulation.view.isOomKilledIn', who, formatSize(value ?? 0), formatSize(e.memory));
    case 'restart': return t('simulation.view.restartsAfterTheKill', who);
    case 'memory-pressure': return t('simulation.view.holdsMoreMemoryThan', who, formatPercent(100 * (value ?? 1), t));
    case 'memory-relieved': return t('simulation.view.isBackWithinIts', who);
    case 'cpu-saturated': return t('simulation.view.itsGuestsWantMore', who);
    case 'cpu-relieved': return t('simulation.view.hasCpuToSpare', who);
    case 'never-started': return t('simulation.view.neverStartsSomethingIt', who);
    case 'job-unfinished': return t('simulation.view.isStillRunningAt', who, formatNumber((value ?? 0) / 3600, 1));
  }
}

function note(id: string, e: EntityInfo, t: Translate): string {
  const who = label(e, t);
  switch (id) {
    case 'vm-default-vcpu': return t('simulation.view.hasNoVcpuIt', who);
    case 'vm-default-memory': return t('simulation.view.hasNoMemoryIt', who);
    case 'app-default-load': return t('simulation.view.hasNoLoadProfile', who);
    default: return who;
  }
}

/** How an entity is named: "VM web", "container api". */
export function label(e: EntityInfo, t: Translate): string {
  const kind = { host: t('simulation.view.hardware'), vm: t('simulation.view.vm'), container: t('simulation.view.container'), app: t('simulation.view.app'), job: t('simulation.view.jobNoun') }[e.kind];
  return `${kind} ${e.name}`;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** `f` computed once per argument. */
function memo(f: (i: number) => number): (i: number) => number {
  const known = new Map<number, number>();
  return (i) => {
    let v = known.get(i);
    if (v === undefined) known.set(i, (v = f(i)));
    return v;
  };
}

/** The mean of `values` from `start` up to `end`. */
function mean(values: readonly number[], start: number, end: number): number {
  let sum = 0;
  for (let p = start; p < end; p++) sum += values[p];
  return end > start ? sum / (end - start) : 0;
}
