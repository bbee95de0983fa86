// The simulation results panel's protocol: the view the host formats for the page, the
// messages between them as typed unions, their validators (one per direction) and the state
// the page saves.
import { boundedText, isArrayOf, isCount, isRecord, isText, optional, type PanelProtocol, parseRejected, type RejectedMessage } from './protocol';

/** A summary card: a label, the value as the host formatted it, and a one-line explanation. */
export interface SimCard {
  readonly label: string;
  readonly value: string;
  readonly hint: string;
  /** Worth the reader's attention (OOM kills, unmet demand, memory pressure). */
  readonly alert?: boolean;
}

/** One line of a time-series chart. */
export interface SimLine {
  readonly label: string;
  /** Values per point, in the chart's unit (percent for utilization). */
  readonly values: readonly number[];
}

/** One way to put ticks on a time axis: a round step, its ticks and their labels (core/format.ts `TickSet`). */
export interface SimTicks {
  /** Seconds between ticks. */
  readonly every: number;
  /** Seconds from the start of each tick. */
  readonly at: readonly number[];
  readonly labels: readonly string[];
}

/** A chart of lines over time. */
export interface SimChart {
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  /** Seconds from the start of each point. */
  readonly times: readonly number[];
  /** Each point's time as the tooltip names it ("Day 2 06:15"). */
  readonly timeLabels: readonly string[];
  /** Where the time axis ends: the run's duration in seconds. */
  readonly end: number;
  /** The tick sets the time axis may use, finest first; the page picks the finest whose labels fit. */
  readonly ticks: readonly SimTicks[];
  readonly lines: readonly SimLine[];
  /** Shown under the chart, e.g. how many lines were left out. */
  readonly note?: string;
  /** Upper bound of the y axis (100 for percentages); absent = fit the data. */
  readonly max?: number;
  /** Every entity of the chart as a heatmap, shown instead of the lines until the user asks for them. */
  readonly heatmap?: SimHeatmap;
}

/** One row of a heatmap: an entity's values per column, and its mean and peak over the whole run. */
export interface SimHeatRow {
  readonly label: string;
  /** The mean of each column's points, in the chart's unit (finite: JSON, which carries the messages, has no NaN). */
  readonly values: readonly number[];
  readonly mean: number;
  readonly peak: number;
}

/** Many series at once: a row per entity, a column per span of time, the value as a colour. */
export interface SimHeatmap {
  /** Seconds from the start of each column; a column ends where the next begins (the last at the chart's end). */
  readonly times: readonly number[];
  /** Each column's start as the tooltip names it ("Day 2 06:15"). */
  readonly timeLabels: readonly string[];
  /** What the rows are, as the head of their column in the table: "VMs and containers". */
  readonly rowsLabel: string;
  /** Busiest first, by `mean`. */
  readonly rows: readonly SimHeatRow[];
  /** What the rows and colours are, shown under the heatmap. */
  readonly note: string;
  /** The toggle's words for the chart's lines: "The 5 busiest as lines". */
  readonly linesLabel: string;
}

/** A table: header cells and rows of text. */
export interface SimTable {
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** An event of the timeline; `start`/`end` locate its source text for the jump. */
export interface SimEventRow {
  readonly time: string;
  readonly text: string;
  readonly alert: boolean;
  readonly start: number;
  readonly end: number;
}

/** A part of the recovery section: its heading, its table and a line under it. */
export interface SimRecoveryPart {
  readonly title: string;
  readonly table: SimTable;
  readonly note?: string;
}

/** A time a host or workload was down, in seconds from the start; `back` false when it was still down at the end of the run. */
export interface SimDownSpan {
  readonly from: number;
  readonly to: number;
  readonly back: boolean;
  /** What the span is, in words, for its tooltip: "esx-01 down 02:00:00 to 03:31:00". */
  readonly text: string;
}

/** One row of the recovery timeline: a failed host or a workload, with the times it was down. */
export interface SimTimelineRow {
  readonly kind: 'host' | 'workload';
  readonly label: string;
  readonly spans: readonly SimDownSpan[];
}

/** The failures and recoveries over the run, as bars on a time axis, with a table that stands in for it. */
export interface SimTimeline {
  readonly title: string;
  /** Where the time axis ends: the run's duration in seconds. */
  readonly end: number;
  /** The tick sets the time axis may use, finest first (as a chart's). */
  readonly ticks: readonly SimTicks[];
  readonly rows: readonly SimTimelineRow[];
  /** The legend's words: a host down, a workload down until it runs again, a workload not back by the end. */
  readonly legend: { readonly host: string; readonly down: string; readonly notBack: string };
  /** The timeline's events in time order, as the table under the bars. */
  readonly table: SimTable;
  /** Rows or events left out. */
  readonly note?: string;
}

/** What the run's host failures took down and how it came back (only for a run with `fail` lines). */
export interface SimRecovery {
  /** One line: failures, workloads down, how many came back. */
  readonly summary: string;
  /** Per workload, longest downtime first: its downtime, and how and where it came back. */
  readonly workloads: SimRecoveryPart;
  /** The outages not over by the end of the run, with the model's reason. */
  readonly notBack?: SimRecoveryPart;
  /** Per failure: the host, when it was up again, hosts down against those tolerated, core-hours lost. */
  readonly failures: SimRecoveryPart;
  /** Per failure and pool built from the failed host's disks: degraded, rebuilt or resynced, with the rebuild's traffic (only for a file with pools). */
  readonly pools?: SimRecoveryPart;
  readonly timeline: SimTimeline;
  /** The same workloads as written, as VMs with HA, as containers and on bare metal, each with what it assumes. */
  readonly comparison: SimRecoveryPart;
}

/** Everything the results page shows for one run, formatted and localized by the host. */
export interface SimulationView {
  readonly version: number;
  readonly title: string;
  /** One line: the file, duration, step, seed and ratios. */
  readonly subtitle: string;
  readonly cards: readonly SimCard[];
  readonly charts: readonly SimChart[];
  readonly consolidation?: {
    readonly caption: string;
    readonly table: SimTable;
    /** Servers per kind, for the bar chart: kinds, and FFD and BFD counts. */
    readonly kinds: readonly string[];
    readonly ffd: readonly number[];
    readonly bfd: readonly number[];
    readonly note?: string;
  };
  readonly jobs?: SimTable;
  readonly isolation?: SimTable;
  /** Only when the run has host failures. */
  readonly recovery?: SimRecovery;
  readonly events: readonly SimEventRow[];
  readonly eventsNote?: string;
  readonly notes: readonly string[];
}

/** Where the panel is: the state of the latest run, independent of the results it shows. */
export interface SimulationStatus {
  readonly state: 'idle' | 'running' | 'done' | 'cancelled' | 'refused' | 'failed';
  /** What to tell the user; for a refusal, the reason. */
  readonly message?: string;
  /** Percent done while running. */
  readonly percent?: number;
  /** Where the refusal points in the source, to jump to. */
  readonly at?: { readonly start: number; readonly end: number };
}

/** Words of the results page, translated by the host. */
export interface SimulationStrings {
  readonly rerun: string;
  readonly cancel: string;
  readonly summary: string;
  readonly charts: string;
  readonly consolidation: string;
  readonly jobs: string;
  readonly isolation: string;
  readonly recovery: string;
  readonly events: string;
  readonly notes: string;
  readonly noEvents: string;
  readonly noResults: string;
  readonly goToSource: string;
  /** The status line's button when a refusal points at the first error. */
  readonly goToError: string;
  readonly servers: string;
  readonly ffd: string;
  readonly bfd: string;
  readonly time: string;
  /** The toggle's words for going back from the lines to the heatmap. */
  readonly allAsHeatmap: string;
  /** The summary of the table under each chart, for screen readers and keyboards. */
  readonly showAsTable: string;
  readonly mean: string;
  readonly peak: string;
  /** A value with its bucket's range, with placeholders: "{0} (min {1}, max {2})". */
  readonly meanMinMax: string;
  /** How the page writes percentages (core/format.ts `formatPercent`): the templates of `format.percent` and `format.percentBelow`. */
  readonly percent: string;
  readonly percentBelow: string;
  /** Buttons for documents (issue 15): copy a table as Markdown, export a chart. */
  readonly copySummary: string;
  readonly copyConsolidation: string;
  readonly exportChartSvg: string;
  readonly exportChartPng: string;
}

/** What the page is given when it is created (in the HTML, before any message). */
export interface SimulationInit {
  readonly resource: string;
  /** The heading until results arrive ("Simulation: stack.virt"), so that a refused first run still names its file. */
  readonly title?: string;
  readonly strings: SimulationStrings;
}

/** Every message the host sends to the results page. */
export type SimulationToWebview =
  | { readonly type: 'show'; readonly resource: string; readonly view: SimulationView; readonly status: SimulationStatus; readonly focus?: 'consolidation' }
  | { readonly type: 'status'; readonly status: SimulationStatus };

/** Every message the results page sends to the host, as the validator returns it. */
export type SimulationFromWebview =
  | { readonly type: 'ready' }
  | { readonly type: 'rendered'; readonly version: number; readonly charts: number }
  | { readonly type: 'reveal'; readonly start: number; readonly end: number }
  | { readonly type: 'rerun' }
  | { readonly type: 'cancel' }
  /** Copy the summary cards or the consolidation table as a Markdown table (the host builds it from its own view). */
  | { readonly type: 'copyMarkdown'; readonly part: 'summary' | 'consolidation' }
  /** A chart as SVG text or base64 PNG, for the host to save; `name` is the chart's title, for the file name. */
  | { readonly type: 'chartExport'; readonly format: 'svg' | 'png'; readonly name: string; readonly data: string }
  | RejectedMessage;

/** Longest chart export the host accepts from the page (32 MiB). */
export const MAX_CHART_EXPORT_LENGTH = 32 * 1024 * 1024;

/** Longest source offset the page may name (a .virt file is far below it). */
const MAX_OFFSET = 1 << 30;

/** Checks a message from the results page; anything malformed gives undefined. */
export function parseSimulationMessage(value: unknown): SimulationFromWebview | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'rejected':
      return parseRejected(value);
    case 'ready':
    case 'rerun':
    case 'cancel':
      return { type: value.type };
    case 'rendered':
      return isCount(value.version) && isCount(value.charts) && value.charts <= 1000 ? { type: 'rendered', version: value.version, charts: value.charts } : undefined;
    case 'copyMarkdown':
      return value.part === 'summary' || value.part === 'consolidation' ? { type: 'copyMarkdown', part: value.part } : undefined;
    case 'chartExport': {
      const name = boundedText(value.name, 500);
      const data = boundedText(value.data, MAX_CHART_EXPORT_LENGTH);
      if ((value.format !== 'svg' && value.format !== 'png') || name === undefined || data === undefined) return undefined;
      if (value.format === 'png' && !/^[A-Za-z0-9+/]*={0,2}$/.test(data)) return undefined;
      return { type: 'chartExport', format: value.format, name, data };
    }
    case 'reveal': {
      const { start, end } = value;
      if (!isCount(start) || !isCount(end) || end < start || end > MAX_OFFSET) return undefined;
      return { type: 'reveal', start, end };
    }
    default:
      return undefined;
  }
}

/** The resource a results page saved in its state, or undefined if the state is not one of ours. */
export function parseSimulationState(value: unknown): SimulationState | undefined {
  if (!isRecord(value)) return undefined;
  const resource = boundedText(value.resource, 8192);
  // The view and status are the page's to check (parseSimulationView, parseSimulationStatus); the host needs only the file.
  return resource === undefined || resource === '' ? undefined : { resource, view: value.view, ...(value.status === undefined ? {} : { status: value.status }) };
}

/** Most cards, charts, lines, points, rows or events one view may carry. */
const MAX_ITEMS = 1_000_000;
const STATES: readonly unknown[] = ['idle', 'running', 'done', 'cancelled', 'refused', 'failed'];
// Chart values may be NaN where a series has no data; they are numbers all the same.
const isNumber = (v: unknown): boolean => typeof v === 'number';
const isTexts = (v: unknown): boolean => isArrayOf(v, MAX_ITEMS, isText);
const isTable = (t: unknown): boolean => isRecord(t) && isTexts(t.head) && isArrayOf(t.rows, MAX_ITEMS, isTexts);
const isCard = (c: unknown): boolean => isRecord(c) && isText(c.label) && isText(c.value) && isText(c.hint) && optional(c.alert, (a) => typeof a === 'boolean');
const isTicks = (k: unknown): boolean => isRecord(k) && isNumber(k.every) && isArrayOf(k.at, MAX_ITEMS, isNumber) && isTexts(k.labels) && (k.labels as unknown[]).length === (k.at as unknown[]).length;
// Every row has a value for every column, so that the page can index the grid without checks.
const isHeatmap = (h: unknown): boolean =>
  isRecord(h) && isArrayOf(h.times, MAX_ITEMS, isNumber) && isTexts(h.timeLabels) && (h.timeLabels as unknown[]).length === (h.times as unknown[]).length
  && isText(h.rowsLabel) && isText(h.note) && isText(h.linesLabel)
  && isArrayOf(h.rows, MAX_ITEMS, (r) => isRecord(r) && isText(r.label) && isNumber(r.mean) && isNumber(r.peak)
    && isArrayOf(r.values, MAX_ITEMS, isNumber) && (r.values as unknown[]).length === (h.times as unknown[]).length);
const isChart = (c: unknown): boolean =>
  isRecord(c) && isText(c.id) && isText(c.title) && isText(c.unit) && isArrayOf(c.times, MAX_ITEMS, isNumber)
  && isTexts(c.timeLabels) && (c.timeLabels as unknown[]).length === (c.times as unknown[]).length && isNumber(c.end) && isArrayOf(c.ticks, MAX_ITEMS, isTicks)
  && isArrayOf(c.lines, MAX_ITEMS, (l) => isRecord(l) && isText(l.label) && isArrayOf(l.values, MAX_ITEMS, isNumber)) && optional(c.note, isText) && optional(c.max, isNumber)
  && optional(c.heatmap, isHeatmap);
const isConsolidation = (c: unknown): boolean =>
  isRecord(c) && isText(c.caption) && isTable(c.table) && isTexts(c.kinds) && isArrayOf(c.ffd, MAX_ITEMS, isNumber) && isArrayOf(c.bfd, MAX_ITEMS, isNumber) && optional(c.note, isText);
const isPart = (p: unknown): boolean => isRecord(p) && isText(p.title) && isTable(p.table) && optional(p.note, isText);
const isSeconds = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
// A span lies within the run and does not end before it begins, so that the page never draws a bar of negative width or off its axis.
const isSpan = (end: number) => (x: unknown): boolean => isRecord(x) && isSeconds(x.from) && isSeconds(x.to) && x.from <= x.to && x.to <= end && typeof x.back === 'boolean' && isText(x.text);
const isTimeline = (t: unknown): boolean => {
  if (!isRecord(t) || !isSeconds(t.end) || t.end === 0) return false;
  const end = t.end;
  return isText(t.title) && isArrayOf(t.ticks, MAX_ITEMS, isTicks) && isTable(t.table) && optional(t.note, isText)
    && isRecord(t.legend) && isText(t.legend.host) && isText(t.legend.down) && isText(t.legend.notBack)
    && isArrayOf(t.rows, MAX_ITEMS, (r) => isRecord(r) && (r.kind === 'host' || r.kind === 'workload') && isText(r.label) && isArrayOf(r.spans, MAX_ITEMS, isSpan(end)));
};
const isRecovery = (r: unknown): boolean =>
  isRecord(r) && isText(r.summary) && isPart(r.workloads) && optional(r.notBack, isPart) && isPart(r.failures) && optional(r.pools, isPart) && isTimeline(r.timeline) && isPart(r.comparison);
const isEvent = (e: unknown): boolean => isRecord(e) && isText(e.time) && isText(e.text) && typeof e.alert === 'boolean' && isCount(e.start) && isCount(e.end);

/** A results view whose shape is right (from the host, or restored from the page's state), else undefined. */
export function parseSimulationView(value: unknown): SimulationView | undefined {
  if (!isRecord(value)) return undefined;
  const ok = isCount(value.version) && isText(value.title) && isText(value.subtitle) && isArrayOf(value.cards, MAX_ITEMS, isCard) && isArrayOf(value.charts, MAX_ITEMS, isChart)
    && optional(value.consolidation, isConsolidation) && optional(value.jobs, isTable) && optional(value.isolation, isTable)
    && optional(value.recovery, isRecovery) && isArrayOf(value.events, MAX_ITEMS, isEvent) && optional(value.eventsNote, isText) && isTexts(value.notes);
  return ok ? (value as unknown as SimulationView) : undefined;
}

/** A run's status whose shape is right, else undefined. */
export function parseSimulationStatus(value: unknown): SimulationStatus | undefined {
  if (!isRecord(value)) return undefined;
  const ok = STATES.includes(value.state) && optional(value.message, isText) && optional(value.percent, isNumber)
    && optional(value.at, (a) => isRecord(a) && isCount(a.start) && isCount(a.end));
  return ok ? (value as unknown as SimulationStatus) : undefined;
}

/** Checks a message from the host in the results page; a malformed one gives undefined and is reported. */
export function parseSimulationToWebview(value: unknown): SimulationToWebview | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'show':
      return isText(value.resource) && parseSimulationView(value.view) && parseSimulationStatus(value.status) && optional(value.focus, (f) => f === 'consolidation')
        ? (value as unknown as SimulationToWebview)
        : undefined;
    case 'status':
      return parseSimulationStatus(value.status) ? (value as unknown as SimulationToWebview) : undefined;
    default:
      return undefined;
  }
}

/** What a results page saves: its file, the view on display and the status. */
export interface SimulationState {
  readonly resource: string;
  readonly view?: unknown;
  readonly status?: unknown;
}

/** The simulation's protocol, as the panel base and the page's channel take it. */
export const SIMULATION_PROTOCOL: PanelProtocol<SimulationToWebview, SimulationFromWebview, SimulationState> = {
  initId: 'virtstack-simulation-init',
  parseToPage: parseSimulationToWebview,
  parseFromPage: parseSimulationMessage,
  parseState: parseSimulationState,
};
