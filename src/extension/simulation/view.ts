// Turns a simulation result into what the results page shows: formatted, localized, and cut to
// what charts can show (the busiest lines; the export keeps everything), and gives the page its
// own words. Free of `vscode` so unit tests and the page test build the same view the extension
// sends.
import type { EntityInfo, EventKind, SimEvent, SimulationResult } from '../../core/simulation';
import { formatSize } from '../../core/units';
import type { SimCard, SimChart, SimEventRow, SimTable, SimulationStrings, SimulationView } from '../../shared/simulationProtocol';

/** Translates a message with `{0}`-style arguments (vscode.l10n.t in the extension). */
export type Translate = (message: string, ...args: (string | number)[]) => string;

/** English, for tests and the page test. */
export const english: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));

/** The results page's own words, in the user's language. */
export function simulationStrings(t: Translate): SimulationStrings {
  return {
    rerun: t('Run again'),
    cancel: t('Cancel'),
    summary: t('Summary'),
    charts: t('Over time'),
    consolidation: t('Consolidation: servers needed per kind of virtualization'),
    jobs: t('Batch jobs'),
    isolation: t('Isolation of the kinds used, strongest first'),
    events: t('Events'),
    notes: t('Assumptions'),
    noEvents: t('Nothing happened worth listing.'),
    noResults: t('No results yet.'),
    goToSource: t('Go to the source line'),
    servers: t('Servers'),
    ffd: t('First-fit decreasing'),
    bfd: t('Best-fit decreasing'),
    time: t('Time'),
  };
}

/** Most lines in one chart, and most events listed. */
export const VIEW_LIMITS = { lines: 10, events: 500 } as const;

/** The page's view of a result; `fileName` names the file in the subtitle. */
export function buildView(r: SimulationResult, fileName: string, version: number, t: Translate): SimulationView {
  const s = r.settings;
  const subtitle = t('{0} · {1} in steps of {2} · seed {3} · overcommit CPU {4}, memory {5}', fileName, duration(s.duration), duration(s.step), s.seed, s.overcommit.cpu, s.overcommit.memory);
  return {
    version,
    title: r.title || fileName,
    subtitle,
    cards: cards(r, t),
    charts: charts(r, t),
    consolidation: consolidation(r, t),
    jobs: jobs(r, t),
    isolation: isolation(r, t),
    events: r.events.slice(0, VIEW_LIMITS.events).map((e) => eventRow(r, e, t)),
    eventsNote: r.events.length > VIEW_LIMITS.events || r.eventsDropped > 0 ? t('{0} more events are in the JSON export.', r.events.length - Math.min(r.events.length, VIEW_LIMITS.events) + r.eventsDropped) : undefined,
    notes: r.notes.map((n) => note(n.id, r.entities[n.entity], t)),
  };
}

function cards(r: SimulationResult, t: Translate): SimCard[] {
  const m = r.summary;
  const neverStarted = r.events.filter((e) => e.kind === 'never-started' && r.entities[e.entity].kind === 'app').length;
  const perDay = r.settings.duration === 86400 ? '' : ` · ${t('{0} kWh a day', fixed((m.energyKWh * 86400) / r.settings.duration, 1))}`;
  return [
    { label: t('Start-up'), value: m.startupSeconds === null ? t('{0} apps never start', neverStarted) : duration(m.startupSeconds), hint: t('From power-on until every app runs'), alert: m.startupSeconds === null },
    { label: t('Peak utilization'), value: pct(100 * m.peakUtilization), hint: t('The busiest host at its busiest step') },
    { label: t('Mean utilization'), value: pct(100 * m.meanUtilization), hint: t('CPU used of all the CPU the hosts have') },
    { label: t('Idle capacity'), value: `${pct(m.idlePct)} · ${t('{0} core-h', fixed(m.idleCoreHours, 0))}`, hint: t('CPU installed but not used: the waste consolidation reclaims') },
    { label: t('Ready / steal'), value: pct(m.readyPct), hint: t('CPU the VMs wanted but the hypervisor did not grant'), alert: m.readyPct >= 5 },
    { label: t('Throttled'), value: pct(m.throttledPct), hint: t('CPU the containers wanted beyond their limits'), alert: m.throttledPct >= 5 },
    { label: t('OOM kills'), value: String(m.oomKills), hint: t('Containers killed for going over their memory limit'), alert: m.oomKills > 0 },
    { label: t('Unmet demand'), value: pct(m.unmetPct), hint: t('CPU the apps wanted and did not get'), alert: m.unmetPct >= 1 },
    { label: t('Memory pressure'), value: duration(m.memoryPressureSeconds), hint: t('Time a host held more memory than its overcommit ratio allows'), alert: m.memoryPressureSeconds > 0 },
    { label: t('Energy'), value: `${t('{0} kWh', fixed(m.energyKWh, 2))}${perDay}`, hint: t('What the hosts drew over the run') },
  ];
}

function charts(r: SimulationResult, t: Translate): SimChart[] {
  const ids = (kinds: string[]): number[] => r.entities.filter((e) => kinds.includes(e.kind)).map((e) => e.id);
  const hosts = ids(['host']);
  const guests = ids(['vm', 'container']);
  const util = (i: number): number[] => r.series[i].granted.map((g) => round1((100 * g) / r.entities[i].cores));
  const short = (i: number): number[] => r.series[i].demand.map((d, p) => (d > 0 ? round1((100 * (d - r.series[i].granted[p])) / d) : 0));
  const memory = (i: number): number[] => r.series[i].memory.map((m) => round1((100 * m) / r.entities[i].memory));
  const out: SimChart[] = [];
  // Scores rank the lines; a line scoring 0 is drawn only to fill a chart of few lines, never in the contention chart.
  const chart = (id: string, title: string, unit: string, pool: number[], score: (i: number) => number, values: (i: number) => number[], what: string, max?: number): void => {
    const keepZero = id !== 'contention' && pool.length <= VIEW_LIMITS.lines;
    const ranked = pool.filter((i) => score(i) > 0 || keepZero).sort((a, b) => score(b) - score(a) || a - b);
    const shown = ranked.slice(0, VIEW_LIMITS.lines).sort((a, b) => a - b);
    if (shown.length === 0) return;
    const every = r.series[shown[0]].every;
    const left = pool.length - shown.length;
    out.push({
      id, title, unit, max,
      times: r.series[shown[0]].demand.map((_, p) => p * every),
      lines: shown.map((i) => ({ label: label(r.entities[i], t), values: values(i) })),
      note: left > 0 ? t('The {0} busiest of {1} {2}; the rest are in the CSV export.', shown.length, pool.length, what) : undefined,
    });
  };
  chart('hosts', t('CPU utilization per host'), '%', hosts, (i) => r.stats[i].meanUtilization, util, t('hosts'), 100);
  chart('guests', t('CPU utilization per VM and container'), '%', guests, (i) => r.stats[i].meanGranted, util, t('VMs and containers'), 100);
  chart('contention', t('CPU wanted but not granted (VM ready/steal, container throttling)'), '%', guests, (i) => r.stats[i].shortPct, short, t('VMs and containers'), 100);
  chart('memory', t('Memory in use per host (share of installed memory)'), '%', hosts, (i) => r.stats[i].peakMemory, memory, t('hosts'));
  return out;
}

function consolidation(r: SimulationResult, t: Translate): SimulationView['consolidation'] {
  const c = r.consolidation;
  if (!c) return undefined;
  const kind = (k: string): string => (k === 'bare-metal' ? t('One server each (no virtualization)') : k === 'hypervisor' ? t('VMs on a type-1 hypervisor') : t('Containers'));
  const name = (w: number): string => r.entities[c.workloads[w].entity].name;
  const table: SimTable = {
    head: [t('Kind'), t('Servers (FFD)'), t('Servers (BFD)'), t('Mean utilization'), t('Idle core-h'), t('kWh a day'), t('Fits nowhere')],
    rows: c.rows.map((row) => [
      kind(row.kind), String(row.ffd.servers), String(row.bfd.servers), pct(100 * row.ffd.meanUtilization), fixed(row.ffd.idleCoreHours, 0), fixed(row.ffd.energyKWhPerDay, 2),
      row.unplaced.length === 0 ? '—' : row.unplaced.map(name).join(', '),
    ]),
  };
  return {
    caption: t('{0} workloads on copies of {1} ({2} cores, {3}), at overcommit CPU {4} and memory {5}', c.workloads.length, c.server.name, c.server.cores, formatSize(c.server.memory), r.settings.overcommit.cpu, r.settings.overcommit.memory),
    table,
    kinds: c.rows.map((row) => kind(row.kind)),
    ffd: c.rows.map((row) => row.ffd.servers),
    bfd: c.rows.map((row) => row.bfd.servers),
    note: t('First-fit and best-fit decreasing are quick heuristics, not optimal: on hard cases they need up to about 22 % more servers than the best packing.'),
  };
}

function jobs(r: SimulationResult, t: Translate): SimTable | undefined {
  const list = r.entities.filter((e) => e.kind === 'job');
  if (list.length === 0) return undefined;
  return {
    head: [t('Job'), t('Started'), t('Finished'), t('Took')],
    rows: list.map((e) => {
      const st = r.stats[e.id];
      return [e.name, st.startedAt === null ? t('never') : clock(st.startedAt), st.finishedAt === null ? t('not within the run') : clock(st.finishedAt), st.finishedAt !== null && st.startedAt !== null ? duration(st.finishedAt - st.startedAt) : '—'];
    }),
  };
}

function isolation(r: SimulationResult, t: Translate): SimTable | undefined {
  if (r.isolation.length === 0) return undefined;
  const why: Record<string, string> = {
    hypervisor: t('VMs on a bare-metal hypervisor: own kernel each, only a thin hypervisor shared'),
    'host-os': t('VMs on a hosted hypervisor: own kernel each, but a whole host OS shared'),
    'sandboxed-container': t('Sandboxed containers (Kata, gVisor): a kernel of their own, container tooling'),
    container: t('Containers: one shared kernel, separated by namespaces and cgroups'),
    'bare-metal': t('Apps straight on one OS: only process boundaries between them'),
  };
  return { head: [t('Rank'), t('Isolation'), t('Guests')], rows: r.isolation.map((e) => [String(e.rank), why[e.isolation], String(e.guests)]) };
}

function eventRow(r: SimulationResult, e: SimEvent, t: Translate): SimEventRow {
  const who = r.entities[e.entity];
  return { time: clock(e.t), text: eventText(e.kind, label(who, t), e.value, who, t), alert: ALERTS.has(e.kind), start: who.span.start, end: who.span.end };
}

const ALERTS: ReadonlySet<EventKind> = new Set(['oom-kill', 'memory-pressure', 'cpu-saturated', 'never-started', 'job-unfinished']);

function eventText(kind: EventKind, who: string, value: number | undefined, e: EntityInfo, t: Translate): string {
  switch (kind) {
    case 'started': return t('{0} is up', who);
    case 'job-started': return t('{0} starts', who);
    case 'job-finished': return t('{0} has finished its work', who);
    case 'oom-kill': return t('{0} is OOM-killed: {1} in use, limit {2}', who, formatSize(value ?? 0), formatSize(e.memory));
    case 'restart': return t('{0} restarts after the kill', who);
    case 'memory-pressure': return t('{0} holds more memory than its ratio allows: guests run at {1} of their speed', who, pct(100 * (value ?? 1)));
    case 'memory-relieved': return t('{0} is back within its memory ratio', who);
    case 'cpu-saturated': return t('{0}: its guests want more CPU than it has', who);
    case 'cpu-relieved': return t('{0} has CPU to spare again', who);
    case 'never-started': return t('{0} never starts: something it needs is not up', who);
    case 'job-unfinished': return t('{0} is still running at the end: {1} core-h left', who, fixed((value ?? 0) / 3600, 1));
  }
}

function note(id: string, e: EntityInfo, t: Translate): string {
  const who = label(e, t);
  switch (id) {
    case 'vm-default-vcpu': return t('{0} has no vcpu; it was given 1.', who);
    case 'vm-default-memory': return t('{0} has no memory; it was given 1 GiB.', who);
    case 'app-default-load': return t('{0} has no load profile; it was taken as constant 10 %.', who);
    default: return who;
  }
}

/** How an entity is named: "VM web", "container api". */
export function label(e: EntityInfo, t: Translate): string {
  const kind = { host: t('hardware'), vm: t('VM'), container: t('container'), app: t('app'), job: t('job') }[e.kind];
  return `${kind} ${e.name}`;
}

/** A duration for people: 0.6 s, 3 min 30 s, 2 h 5 min, 2 d 3 h. */
export function duration(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds * 1000) / 1000} s`;
  const s = Math.round(seconds);
  const [d, h, m, sec] = [Math.floor(s / 86400), Math.floor((s % 86400) / 3600), Math.floor((s % 3600) / 60), s % 60];
  const parts = d > 0 ? [[d, 'd'], [h, 'h']] : h > 0 ? [[h, 'h'], [m, 'min']] : [[m, 'min'], [sec, 's']];
  return parts.filter(([v], k) => k === 0 || v !== 0).map(([v, u]) => `${v} ${u}`).join(' ');
}

/** A point in the run as a clock: 13:05:00, with the day from the second day on (d2 01:00:00). */
export function clock(seconds: number): string {
  const s = Math.floor(seconds);
  const day = Math.floor(s / 86400);
  const hms = [Math.floor((s % 86400) / 3600), Math.floor((s % 3600) / 60), s % 60].map((x) => String(x).padStart(2, '0')).join(':');
  const frac = seconds - s >= 0.001 ? `.${String(Math.round((seconds - s) * 1000)).padStart(3, '0')}` : '';
  return (day > 0 ? `d${day + 1} ` : '') + hms + frac;
}

function pct(x: number): string {
  return `${fixed(x, x !== 0 && Math.abs(x) < 10 ? 2 : 1)} %`;
}

function fixed(x: number, digits: number): string {
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
