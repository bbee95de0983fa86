// Every message that crosses between the extension host and a webview, as typed unions.
// Each webview has its own section; validators check what arrives from a webview before
// the host uses it, because a webview is a separate, less trusted context.

// ---- Preview (stack diagram) -------------------------------------------------------------

/** The theme the preview draws in: VS Code's own (`auto`) or one chosen in the settings. */
export type PreviewTheme = 'auto' | 'light' | 'dark' | 'highContrast' | 'highContrastLight';

/** Zoom and scroll of the preview; kept in the webview state so a reload restores them. */
export interface PreviewView {
  /** 1 = 100 %. */
  readonly zoom: number;
  /** Whether the zoom follows the panel size ("fit") instead of a number the user chose. */
  readonly fit: boolean;
  readonly scrollX: number;
  readonly scrollY: number;
}

/** Words of the preview's page, translated by the host. */
export interface PreviewStrings {
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly zoomFit: string;
  readonly zoomReset: string;
  readonly exportSvg: string;
  readonly exportPng: string;
  readonly copyMermaid: string;
  /** `{0}` is the number of errors. */
  readonly errorsStale: string;
  /** `{0}` is the number of errors. */
  readonly errorsPartial: string;
  /** `{0}` is the number of errors. */
  readonly errorsLive: string;
  /** `{0}` is the number of errors not listed. */
  readonly moreErrors: string;
  /** `{0}` is a line number. */
  readonly line: string;
  readonly rendering: string;
  readonly empty: string;
  /** `{0}` is mermaid's reason. */
  readonly renderFailed: string;
  readonly legend: string;
  readonly toolbar: string;
}

/** What the page is given when it is created (in the HTML, before any message). */
export interface PreviewInit {
  readonly resource: string;
  readonly locked: boolean;
  readonly theme: PreviewTheme;
  readonly strings: PreviewStrings;
  /** Zoom and scroll to restore, e.g. after a window reload. */
  readonly view?: PreviewView;
}

/** One host's diagram. */
export interface PreviewDiagram {
  readonly key: string;
  /** Mermaid source; absent when the host is too large to draw. */
  readonly source?: string;
  /** Why the host is not drawn, shown in its place. */
  readonly notice?: string;
  /** Per block id: the full label, shown as its tooltip. */
  readonly blocks: readonly { readonly id: string; readonly tip: string }[];
}

/** An error listed in the banner; `index` is what the page sends back when it is clicked. */
export interface PreviewError {
  readonly index: number;
  readonly line: number;
  readonly code: string;
  readonly message: string;
}

/** The document's diagram, errors and state. */
export interface PreviewUpdate {
  readonly type: 'update';
  readonly version: number;
  readonly resource: string;
  readonly locked: boolean;
  readonly title?: string;
  readonly diagrams: readonly PreviewDiagram[];
  readonly legend: readonly { readonly style: string; readonly label: string }[];
  readonly errors: readonly PreviewError[];
  readonly moreErrors: number;
  /** The drawing is dimmed: the text cannot be read as it stands, or the file is gone. */
  readonly stale: boolean;
  /** The drawing is the last one made without such errors (else it is drawn from what could be read). */
  readonly lastGood: boolean;
  /** A note above the diagram: the file was deleted, is no longer a .virt file, is empty … */
  readonly notice?: string;
  /** Blocks whose layer has an error. */
  readonly marks: readonly { readonly diagram: string; readonly block: string }[];
  readonly theme: PreviewTheme;
}

/** Highlight the block under the editor's cursor (none when both are absent). */
export interface PreviewHighlight {
  readonly type: 'highlight';
  readonly diagram?: string;
  readonly block?: string;
}

/** Ask the page for the diagram as SVG or PNG; it answers with `exported` and the same id. */
export interface PreviewExportRequest {
  readonly type: 'exportRequest';
  readonly format: 'svg' | 'png';
  /** Echoed in the answer; 0 is the page's own toolbar. */
  readonly id: number;
}

/** Click a block as a user would (used by automation through an internal command). */
export interface PreviewClickRequest {
  readonly type: 'clickBlock';
  readonly diagram: string;
  readonly block: string;
}

/** Change the zoom from the host (commands). */
export interface PreviewZoom {
  readonly type: 'zoom';
  readonly action: 'in' | 'out' | 'fit' | 'reset';
}

/** Every message the host sends to the preview page. */
export type PreviewToWebview = PreviewUpdate | PreviewHighlight | PreviewExportRequest | PreviewClickRequest | PreviewZoom;

/** Every message the preview page sends to the host, as the validator returns it. */
export type PreviewFromWebview =
  | { readonly type: 'ready' }
  | { readonly type: 'rendered'; readonly version: number; readonly drawn: number; readonly ms: number; readonly labels: readonly string[]; readonly view: PreviewView }
  | { readonly type: 'selectBlock'; readonly diagram: string; readonly block: string; readonly focusEditor: boolean }
  | { readonly type: 'revealError'; readonly index: number }
  | { readonly type: 'exported'; readonly format: 'svg' | 'png'; readonly data: string; readonly id: number }
  | { readonly type: 'copyMermaid' }
  | { readonly type: 'view'; readonly view: PreviewView }
  | { readonly type: 'cspViolation'; readonly directive: string; readonly blocked: string }
  | { readonly type: 'renderError'; readonly diagram: string; readonly message: string };

/** Longest SVG or base64 PNG the host accepts from the page (64 MiB). */
export const MAX_EXPORT_LENGTH = 64 * 1024 * 1024;

/**
 * Checks a message from the preview page and returns a fresh object with only the fields the
 * host knows, each of the right type and size; anything else gives undefined. The page is
 * less trusted than the host, so nothing it sends is used as it arrives.
 */
export function parsePreviewMessage(value: unknown): PreviewFromWebview | undefined {
  if (!isPreviewRecord(value)) return undefined;
  switch (value.type) {
    case 'ready':
    case 'copyMermaid':
      return { type: value.type };
    case 'rendered': {
      const view = parseView(value.view);
      const labels = Array.isArray(value.labels) && value.labels.length <= 20_000 && value.labels.every((l) => boundedText(l, 500) !== undefined) ? (value.labels as string[]).slice() : undefined;
      if (!isCount(value.version) || !isCount(value.drawn) || !isFiniteNumber(value.ms) || !labels || !view) return undefined;
      return { type: 'rendered', version: value.version, drawn: value.drawn, ms: value.ms, labels, view };
    }
    case 'selectBlock': {
      const diagram = boundedText(value.diagram, 1000);
      const block = blockId(value.block);
      if (diagram === undefined || block === undefined || typeof value.focusEditor !== 'boolean') return undefined;
      return { type: 'selectBlock', diagram, block, focusEditor: value.focusEditor };
    }
    case 'revealError':
      return isCount(value.index) ? { type: 'revealError', index: value.index } : undefined;
    case 'exported': {
      if (value.format !== 'svg' && value.format !== 'png') return undefined;
      const data = boundedText(value.data, MAX_EXPORT_LENGTH);
      if (data === undefined || !isCount(value.id) || (value.format === 'png' && !/^[A-Za-z0-9+/]*={0,2}$/.test(data))) return undefined;
      return { type: 'exported', format: value.format, data, id: value.id };
    }
    case 'view': {
      const view = parseView(value.view);
      return view ? { type: 'view', view } : undefined;
    }
    case 'cspViolation': {
      const directive = boundedText(value.directive, 200);
      const blocked = boundedText(value.blocked, 2000);
      return directive !== undefined && blocked !== undefined ? { type: 'cspViolation', directive, blocked } : undefined;
    }
    case 'renderError': {
      const diagram = boundedText(value.diagram, 1000);
      const message = boundedText(value.message, 4000);
      return diagram !== undefined && message !== undefined ? { type: 'renderError', diagram, message } : undefined;
    }
    default:
      return undefined;
  }
}

/** A zoom and scroll from the page, or undefined when any field is out of range. */
export function parseView(value: unknown): PreviewView | undefined {
  if (!isPreviewRecord(value)) return undefined;
  const { zoom, fit, scrollX, scrollY } = value;
  if (!isFiniteNumber(zoom) || zoom < 0.05 || zoom > 20 || typeof fit !== 'boolean') return undefined;
  if (!isFiniteNumber(scrollX) || !isFiniteNumber(scrollY) || scrollX < 0 || scrollY < 0 || scrollX > 1e7 || scrollY > 1e7) return undefined;
  return { zoom, fit, scrollX, scrollY };
}

function isPreviewRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isCount(value: unknown): value is number {
  return isFiniteNumber(value) && Number.isInteger(value) && value >= 0;
}

function boundedText(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length <= max ? value : undefined;
}

/** Block ids are the generator's own: `b` and a number. */
function blockId(value: unknown): string | undefined {
  return typeof value === 'string' && /^b\d{1,7}$/.test(value) ? value : undefined;
}

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
