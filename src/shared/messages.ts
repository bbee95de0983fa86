// Every message that crosses between the extension host and a webview, as typed unions.
// Each webview has its own section; validators check what arrives from a webview before
// the host uses it, because a webview is a separate, less trusted context.

// ---- Preview (stack diagram) -------------------------------------------------------------
// (defined by the preview feature)

// ---- Simulation results panel ------------------------------------------------------------

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

/** A chart of lines over time. */
export interface SimChart {
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  /** Seconds from the start of each point. */
  readonly times: readonly number[];
  readonly lines: readonly SimLine[];
  /** Shown under the chart, e.g. how many lines were left out. */
  readonly note?: string;
  /** Upper bound of the y axis (100 for percentages); absent = fit the data. */
  readonly max?: number;
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
  readonly events: string;
  readonly notes: string;
  readonly noEvents: string;
  readonly noResults: string;
  readonly goToSource: string;
  readonly servers: string;
  readonly ffd: string;
  readonly bfd: string;
  readonly time: string;
}

/** What the page is given when it is created (in the HTML, before any message). */
export interface SimulationInit {
  readonly resource: string;
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
  | { readonly type: 'cancel' };

/** Longest source offset the page may name (a .virt file is far below it). */
const MAX_OFFSET = 1 << 30;

/** Checks a message from the results page; anything malformed gives undefined. */
export function parseSimulationMessage(value: unknown): SimulationFromWebview | undefined {
  if (!simRecord(value)) return undefined;
  switch (value.type) {
    case 'ready':
    case 'rerun':
    case 'cancel':
      return { type: value.type };
    case 'rendered':
      return simCount(value.version) && simCount(value.charts) && value.charts <= 1000 ? { type: 'rendered', version: value.version, charts: value.charts } : undefined;
    case 'reveal': {
      const { start, end } = value;
      if (!simCount(start) || !simCount(end) || end < start || end > MAX_OFFSET) return undefined;
      return { type: 'reveal', start, end };
    }
    default:
      return undefined;
  }
}

/** The resource a results page saved in its state, or undefined if the state is not one of ours. */
export function parseSimulationState(value: unknown): { resource: string; view?: unknown } | undefined {
  if (!simRecord(value)) return undefined;
  const resource = typeof value.resource === 'string' && value.resource.length <= 8192 ? value.resource : undefined;
  return resource === undefined || resource === '' ? undefined : { resource, view: value.view };
}

// The simulation section's own checks, so that it stands without the other sections' helpers.
function simRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function simCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

export {};
