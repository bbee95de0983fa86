// From an analysis to the message the preview page draws, without `vscode`, so the browser
// test and the benchmark build exactly what the extension sends. Decides what to show while
// the file has errors and which hosts are too large to draw.
import { type Analysis, type Diagnostic, type DiagramBlock, type DiagramOptions, fillTemplate, blockKeyAt, MAX_TEXT_SIZE, stackDiagrams, type StackDiagrams } from '../../core/languageService';
import type { PreviewDiagram, PreviewTheme, PreviewUpdate } from '../../shared/previewProtocol';

/** Errors listed in the banner; the rest are counted. */
export const MAX_LISTED_ERRORS = 50;

/** Host-side notices, translated by the caller. */
export interface UpdateStrings {
  /** `{0}` host name, `{1}` its block count, `{2}` the limit. */
  readonly hostTooLarge: string;
  /** `{0}` host name, `{1}` the limit of blocks for the whole file. */
  readonly overBudget: string;
}

/** What the page shows, kept by the host to map clicks and the cursor to blocks. */
export interface Shown {
  readonly version: number;
  readonly stack: StackDiagrams;
  /** Block by `diagram` + NUL + `block`. */
  readonly blocks: ReadonlyMap<string, DiagramBlock>;
  /** Diagram and block of a layer key (`hardware:h/vm:web`). */
  readonly byKey: ReadonlyMap<string, { readonly diagram: string; readonly block: string }>;
}

/** Everything the update is made from. */
export interface UpdateInput {
  readonly analysis: Analysis;
  readonly version: number;
  readonly resource: string;
  readonly locked: boolean;
  readonly theme: PreviewTheme;
  readonly options: DiagramOptions;
  /** Most blocks drawn for the whole file. */
  readonly maxBlocks: number;
  /** Most blocks drawn for one host. */
  readonly maxHostBlocks: number;
  readonly strings: UpdateStrings;
  /** 1-based line of an offset. */
  readonly lineOf: (offset: number) => number;
  /** What was shown last without errors, kept while the text cannot be read. */
  readonly lastGood?: Shown;
  readonly notice?: string;
}

/** The message, what it shows, and the errors its banner lists (by index). */
export interface UpdateResult {
  readonly message: PreviewUpdate;
  readonly shown: Shown;
  /** Whether this version reads without structural errors, so that it may serve as the last good one. */
  readonly good: boolean;
  readonly listedErrors: readonly Diagnostic[];
}

/**
 * An error in the reading of the text (VS0xx) or in its statements (VS1xx) means the model may
 * be missing whole layers, as it is in the middle of typing a keyword or a brace: then the last
 * drawing without such errors stays, dimmed. Errors of the taxonomy, names and resources leave
 * the structure intact, so the diagram follows them live and marks the blocks at fault.
 */
export function breaksStructure(d: Diagnostic): boolean {
  return d.severity === 'error' && /^VS[01]\d\d$/.test(d.code);
}

/** Builds the update for one version of a document. */
export function buildUpdate(input: UpdateInput): UpdateResult {
  const { analysis } = input;
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
  const structural = errors.some(breaksStructure);
  const keep = structural && input.lastGood !== undefined;
  const shown = keep && input.lastGood ? input.lastGood : showStack(stackDiagrams(analysis.model, input.options), input.version);
  const listedErrors = errors.slice(0, MAX_LISTED_ERRORS);
  const marks: { diagram: string; block: string }[] = [];
  const marked = new Set<string>();
  const frames = new Set(shown.stack.frames.map((f) => f.key));
  const frameMarks = new Set<string>();
  for (const d of errors) {
    const key = blockKeyAt(analysis.model, d.start);
    // An error in a cluster's statement (outside its hosts) marks the cluster's frame.
    if (key !== undefined && frames.has(key)) frameMarks.add(key);
    const at = key !== undefined ? shown.byKey.get(key) : undefined;
    if (at && !marked.has(`${at.diagram}\0${at.block}`)) {
      marked.add(`${at.diagram}\0${at.block}`);
      marks.push(at);
    }
  }
  const message: PreviewUpdate = {
    type: 'update',
    version: input.version,
    resource: input.resource,
    locked: input.locked,
    title: shown.stack.title,
    diagrams: drawable(shown.stack, input),
    frames: shown.stack.frames.map((f) => ({ key: f.key, caption: f.lines.join(' · '), hosts: f.hosts })),
    legend: shown.stack.legend,
    errors: listedErrors.map((d, index) => ({ index, line: input.lineOf(d.start), code: d.code, message: d.message })),
    moreErrors: errors.length - listedErrors.length,
    stale: structural,
    lastGood: keep,
    notice: input.notice,
    marks,
    frameMarks: [...frameMarks],
    theme: input.theme,
  };
  return { message, shown, good: !structural, listedErrors };
}

/** The last message again, dimmed under a notice and without errors: the file is gone or no longer .virt. */
export function staleUpdate(last: PreviewUpdate | undefined, resource: string, locked: boolean, notice: string, theme: PreviewTheme): PreviewUpdate {
  const base: PreviewUpdate = last ?? { type: 'update', version: 0, resource, locked, diagrams: [], legend: [], errors: [], moreErrors: 0, stale: true, lastGood: false, marks: [], theme };
  return { ...base, resource, locked, stale: true, notice, errors: [], moreErrors: 0, marks: [] };
}

/** Lookup tables for a set of diagrams. */
export function showStack(stack: StackDiagrams, version: number): Shown {
  const blocks = new Map<string, DiagramBlock>();
  const byKey = new Map<string, { diagram: string; block: string }>();
  for (const host of stack.hosts) {
    for (const b of host.blocks) {
      blocks.set(`${host.key}\0${b.id}`, b);
      if (!byKey.has(b.key)) byKey.set(b.key, { diagram: host.key, block: b.id });
    }
  }
  return { version, stack, blocks, byKey };
}

/** The hosts as the page gets them: too large ones, and those past the file's budget, as notices. */
function drawable(stack: StackDiagrams, input: UpdateInput): PreviewDiagram[] {
  let budget = input.maxBlocks;
  return stack.hosts.map((host) => {
    const count = host.blocks.length;
    if (count > input.maxHostBlocks || host.source.length > MAX_TEXT_SIZE) {
      return { key: host.key, notice: fillTemplate(input.strings.hostTooLarge, [host.name, count, input.maxHostBlocks]), blocks: [] };
    }
    if (count > budget) {
      budget = 0;
      return { key: host.key, notice: fillTemplate(input.strings.overBudget, [host.name, input.maxBlocks]), blocks: [] };
    }
    budget -= count;
    return { key: host.key, source: host.source, blocks: host.blocks.map((b) => ({ id: b.id, tip: b.lines.join('\n') })) };
  });
}

/** A signature of what the page would draw, to skip messages that change nothing on screen. */
export function drawnSignature(message: PreviewUpdate): string {
  return JSON.stringify({ ...message, version: 0 });
}
