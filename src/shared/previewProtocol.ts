// The stack preview's protocol: what its page is given, the messages between the host and the
// page as typed unions, and their validators, one per direction, and the page's saved state.
import { boundedText, isArrayOf, isCount, isFiniteNumber, isRecord, isText, optional, type PanelProtocol, parseRejected, type RejectedMessage } from './protocol';

/** The theme the preview draws in: VS Code's own (`auto`) or one chosen in the settings. */
export type PreviewTheme = 'auto' | 'light' | 'dark' | 'highContrast' | 'highContrastLight';

/**
 * How the zoom follows the panel: `'width'`, the default view (the widest host fits the panel's
 * width, never below a readable zoom; the panel scrolls vertically); `'all'`, Zoom to fit (every
 * host at once); `false`, a zoom the user chose. States saved before the width fit existed hold
 * `true` for the one fit there was, which is `'all'`.
 */
export type PreviewFit = 'width' | 'all' | false;

/** Zoom and scroll of the preview; kept in the webview state so a reload restores them. */
export interface PreviewView {
  /** 1 = 100 %. */
  readonly zoom: number;
  /** Whether and how the zoom follows the panel size instead of a number the user chose. */
  readonly fit: PreviewFit;
  readonly scrollX: number;
  readonly scrollY: number;
}

/** Words of the preview's page, translated by the host. */
export interface PreviewStrings {
  readonly zoomIn: string;
  readonly zoomOut: string;
  /** Back to the default view, fit width. */
  readonly zoomFitWidth: string;
  readonly zoomFit: string;
  readonly zoomReset: string;
  readonly exportSvg: string;
  readonly exportPng: string;
  readonly copyMermaid: string;
  /** Copy the diagram as a PNG image (issue 15). */
  readonly copyPng: string;
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

/** A cluster (issue 14): the page draws its hosts' diagrams inside one frame under its caption. */
export interface PreviewFrame {
  /** `cluster:NAME`. */
  readonly key: string;
  /** `Cluster prod · tolerates 1 host failure`, translated, plain text. */
  readonly caption: string;
  /** Keys of the diagrams it frames, in document order; a diagram is in at most one frame. */
  readonly hosts: readonly string[];
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
  /** Clusters, each framing some of the diagrams; absent or empty when the file has none. */
  readonly frames?: readonly PreviewFrame[];
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
  /** Keys of the frames whose cluster statement has an error. */
  readonly frameMarks?: readonly string[];
  readonly theme: PreviewTheme;
}

/** Highlight the block under the editor's cursor (none when both are absent), or the frame of the cluster under it. */
export interface PreviewHighlight {
  readonly type: 'highlight';
  readonly diagram?: string;
  readonly block?: string;
  readonly frame?: string;
}

/** What the page can export: a file's worth of SVG or PNG, or a PNG put on the clipboard (issue 15). */
export type PreviewExportFormat = 'svg' | 'png' | 'clipboard';

/** The theme of an export: `auto` (what the preview shows), a VS Code theme kind, or `print` (core/diagram/palette.ts `ExportTheme`). */
export type PreviewExportTheme = 'auto' | 'light' | 'dark' | 'highContrast' | 'highContrastLight' | 'print';

/**
 * Ask the page for the diagram as SVG or PNG; it answers with `exported` and the same id. For
 * `clipboard` it puts a PNG on the clipboard itself and answers with `copied`.
 */
export interface PreviewExportRequest {
  readonly type: 'exportRequest';
  readonly format: PreviewExportFormat;
  /** Echoed in the answer; 0 is the page's own toolbar. */
  readonly id: number;
  /** The theme to draw in; absent is `auto`. */
  readonly theme?: PreviewExportTheme;
  /** The SVG's `<title>` and `<desc>` for screen readers: the stack's title and its text, one line per host and layer. */
  readonly title?: string;
  readonly desc?: string;
}

/** Change the zoom from the host. */
export interface PreviewZoom {
  readonly type: 'zoom';
  /** `width`: the default view (fit width); `fit`: zoom to fit; `reset`: 100 %. */
  readonly action: 'in' | 'out' | 'width' | 'fit' | 'reset';
}

/** Every message the host sends to the preview page. */
export type PreviewToWebview = PreviewUpdate | PreviewHighlight | PreviewExportRequest | PreviewZoom;

/** Every message the preview page sends to the host, as the validator returns it. */
export type PreviewFromWebview =
  /** The page is listening; `columns` is its first column budget (see `columns`). */
  | { readonly type: 'ready'; readonly columns?: number }
  /** How many columns a host may have before it wraps into bands (DiagramOptions.maxColumns), from the panel's width. */
  | { readonly type: 'columns'; readonly columns: number }
  | { readonly type: 'rendered'; readonly version: number; readonly drawn: number; readonly ms: number; readonly labels: readonly string[]; readonly view: PreviewView }
  | { readonly type: 'selectBlock'; readonly diagram: string; readonly block: string; readonly focusEditor: boolean }
  /** A click on a cluster's frame: reveal its statement. */
  | { readonly type: 'selectFrame'; readonly frame: string; readonly focusEditor: boolean }
  | { readonly type: 'revealError'; readonly index: number }
  | { readonly type: 'exported'; readonly format: 'svg' | 'png'; readonly data: string; readonly id: number }
  | { readonly type: 'copyMermaid' }
  /** A toolbar export button: the host chooses the theme and answers with an `exportRequest`. */
  | { readonly type: 'exportAsk'; readonly format: PreviewExportFormat }
  /** The answer to a `clipboard` export: whether the PNG is on the clipboard; if not, why, and the SVG to copy as text instead. */
  | { readonly type: 'copied'; readonly id: number; readonly ok: boolean; readonly reason?: string; readonly svg?: string }
  | { readonly type: 'view'; readonly view: PreviewView }
  | { readonly type: 'cspViolation'; readonly directive: string; readonly blocked: string }
  | { readonly type: 'renderError'; readonly diagram: string; readonly message: string }
  | RejectedMessage;

/** Longest SVG or base64 PNG the host accepts from the page (64 MiB). */
export const MAX_EXPORT_LENGTH = 64 * 1024 * 1024;

/**
 * Checks a message from the preview page and returns a fresh object with only the fields the
 * host knows, each of the right type and size; anything else gives undefined. The page is
 * less trusted than the host, so nothing it sends is used as it arrives.
 */
export function parsePreviewMessage(value: unknown): PreviewFromWebview | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'rejected':
      return parseRejected(value);
    case 'ready':
      if (value.columns === undefined) return { type: 'ready' };
      return isColumns(value.columns) ? { type: 'ready', columns: value.columns } : undefined;
    case 'columns':
      return isColumns(value.columns) ? { type: 'columns', columns: value.columns } : undefined;
    case 'copyMermaid':
      return { type: value.type };
    case 'exportAsk':
      return FORMATS.includes(value.format) ? { type: 'exportAsk', format: value.format as PreviewExportFormat } : undefined;
    case 'copied': {
      const reason = value.reason === undefined ? undefined : boundedText(value.reason, 1000);
      const svg = value.svg === undefined ? undefined : boundedText(value.svg, MAX_EXPORT_LENGTH);
      if (!isCount(value.id) || typeof value.ok !== 'boolean' || (value.reason !== undefined && reason === undefined) || (value.svg !== undefined && svg === undefined)) return undefined;
      return { type: 'copied', id: value.id, ok: value.ok, ...(reason !== undefined ? { reason } : {}), ...(svg !== undefined ? { svg } : {}) };
    }
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
    case 'selectFrame': {
      const frame = boundedText(value.frame, 1000);
      if (frame === undefined || !frame.startsWith('cluster:') || typeof value.focusEditor !== 'boolean') return undefined;
      return { type: 'selectFrame', frame, focusEditor: value.focusEditor };
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
  if (!isRecord(value)) return undefined;
  const { zoom, scrollX, scrollY } = value;
  const fit = parseFit(value.fit);
  if (!isFiniteNumber(zoom) || zoom < 0.05 || zoom > 20 || fit === undefined) return undefined;
  if (!isFiniteNumber(scrollX) || !isFiniteNumber(scrollY) || scrollX < 0 || scrollY < 0 || scrollX > 1e7 || scrollY > 1e7) return undefined;
  return { zoom, fit, scrollX, scrollY };
}

/** A fit mode; `true`, from states saved before there were two fits, reads as the fit it meant, `'all'`. */
function parseFit(value: unknown): PreviewFit | undefined {
  if (value === true) return 'all';
  return value === false || value === 'width' || value === 'all' ? value : undefined;
}

/** Most columns a page may ask for: far more than any screen holds, few enough to bound the work. */
export const MAX_COLUMNS = 1000;

/** A column budget: a whole number from 1 to MAX_COLUMNS. */
function isColumns(value: unknown): value is number {
  return isCount(value) && value >= 1 && value <= MAX_COLUMNS;
}

/** Block ids are the generator's own: `b` and a number. */
function blockId(value: unknown): string | undefined {
  return typeof value === 'string' && /^b\d{1,7}$/.test(value) ? value : undefined;
}


const THEMES: readonly unknown[] = ['auto', 'light', 'dark', 'highContrast', 'highContrastLight'];
const FORMATS: readonly unknown[] = ['svg', 'png', 'clipboard'];
const EXPORT_THEMES: readonly unknown[] = [...THEMES, 'print'];
const ZOOMS: readonly unknown[] = ['in', 'out', 'width', 'fit', 'reset'];
/** Most diagrams, blocks, errors or legend entries one update may carry. */
const MAX_ITEMS = 1_000_000;

const isDiagram = (d: unknown): boolean =>
  isRecord(d) && isText(d.key) && optional(d.source, isText) && optional(d.notice, isText) && isArrayOf(d.blocks, MAX_ITEMS, (b) => isRecord(b) && isText(b.id) && isText(b.tip));
const isError = (e: unknown): boolean => isRecord(e) && isCount(e.index) && isCount(e.line) && isText(e.code) && isText(e.message);
const isMark = (m: unknown): boolean => isRecord(m) && isText(m.diagram) && isText(m.block);
const isFrame = (f: unknown): boolean => isRecord(f) && isText(f.key) && isText(f.caption) && isArrayOf(f.hosts, MAX_ITEMS, isText);

/**
 * Checks a message from the host in the page. The page uses it as it is once its shape is
 * right (the host is the more trusted side); a message that is not gives undefined, and the
 * page reports it instead of drawing something half-formed.
 */
export function parsePreviewToWebview(value: unknown): PreviewToWebview | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'update': {
      const ok = isCount(value.version) && isText(value.resource) && typeof value.locked === 'boolean' && optional(value.title, isText)
        && isArrayOf(value.diagrams, MAX_ITEMS, isDiagram) && optional(value.frames, (f) => isArrayOf(f, MAX_ITEMS, isFrame)) && optional(value.frameMarks, (f) => isArrayOf(f, MAX_ITEMS, isText)) && isArrayOf(value.legend, MAX_ITEMS, (l) => isRecord(l) && isText(l.style) && isText(l.label))
        && isArrayOf(value.errors, MAX_ITEMS, isError) && isCount(value.moreErrors) && typeof value.stale === 'boolean' && typeof value.lastGood === 'boolean'
        && optional(value.notice, isText) && isArrayOf(value.marks, MAX_ITEMS, isMark) && THEMES.includes(value.theme);
      return ok ? (value as unknown as PreviewUpdate) : undefined;
    }
    case 'highlight':
      return optional(value.diagram, isText) && optional(value.block, isText) && optional(value.frame, isText) ? (value as unknown as PreviewHighlight) : undefined;
    case 'exportRequest':
      return FORMATS.includes(value.format) && isCount(value.id) && optional(value.theme, (t) => EXPORT_THEMES.includes(t)) && optional(value.title, isText) && optional(value.desc, isText)
        ? (value as unknown as PreviewExportRequest) : undefined;
    case 'zoom':
      return ZOOMS.includes(value.action) ? (value as unknown as PreviewZoom) : undefined;
    default:
      return undefined;
  }
}

/** What a preview page saves for a reload of the page or of the window. */
export interface PreviewState {
  readonly resource: string;
  readonly locked: boolean;
  readonly view?: PreviewView;
}

/** A saved preview state, checked field by field: a zoom that does not fit is dropped, a missing file is not one of ours. */
export function parsePreviewState(value: unknown): PreviewState | undefined {
  if (!isRecord(value)) return undefined;
  const resource = boundedText(value.resource, 10_000);
  if (resource === undefined || resource === '') return undefined;
  return { resource, locked: value.locked === true, view: parseView(value.view) };
}

/** The preview's protocol, as the panel base and the page's channel take it. */
export const PREVIEW_PROTOCOL: PanelProtocol<PreviewToWebview, PreviewFromWebview, PreviewState> = {
  initId: 'virtstack-preview-init',
  parseToPage: parsePreviewToWebview,
  parseFromPage: parsePreviewMessage,
  parseState: parsePreviewState,
};
