// The preview page: receives the document's diagrams from the host and draws the hosts that
// changed, keeping zoom, scroll and everything unchanged in place. Updates that arrive while
// a drawing is in progress replace each other, so only the newest is drawn after it.
import { MAX_TEXT_SIZE } from '../../core/diagram/types';
import { type PreviewExportRequest, PREVIEW_PROTOCOL, type PreviewFromWebview, type PreviewInit, type PreviewUpdate, type PreviewView } from '../../shared/previewProtocol';
import { connect, readInit } from '../channel';
import { format, showBanner } from './banner';
import { blockOf, frameOf, markBlocks, markFrames, slotOf } from './blocks';
import { composeSvg, svgToPng, svgToPngBlob } from './exporter';
import { columnBudget } from './fit';
import { buildPage, showLegend, type ToolbarAction } from './layout';
import { Renderer } from './renderer';
import { Slots } from './slots';
import { applyTheme, diagramFont, effectiveTheme, onThemeChange } from './theme';
import { Viewport } from './viewport';

/** After this long, finished hosts are shown while the rest are still being drawn. */
const PROGRESSIVE_AFTER_MS = 250;

const host = connect(PREVIEW_PROTOCOL);
const post = host.post;
const init = readInit<PreviewInit>(PREVIEW_PROTOCOL);
const strings = init.strings;
const page = buildPage(strings);
const renderer = new Renderer(diagramFont);
let resource = init.resource;
let locked = init.locked;
let theme = init.theme;
let current: PreviewUpdate | undefined;
let pending: PreviewUpdate | undefined;
let drawing = false;
let highlight: { diagram: string; block: string } | undefined;
/** The frame of the cluster under the editor's cursor (issue 14). */
let frameHighlight: string | undefined;
/** Whether the saved zoom and scroll were applied; before that, scrolling is not saved. */
let viewRestored = false;
const slots = new Slots(page.hosts, strings.empty);
/** Sources mermaid could not draw, with its reason, so they are not tried again on every keystroke. */
const failures = new Map<string, string>();
const startView: PreviewView | undefined = host.restore()?.view ?? init.view;

const viewport = new Viewport(page.viewport, page.hosts, () => persist());
applyTheme(theme);
onThemeChange(() => applyTheme(theme));
listenForCspViolations(post);

host.onMessage((message) => {
  switch (message.type) {
    case 'update':
      pending = message;
      void pump();
      break;
    case 'highlight':
      highlight = message.diagram !== undefined && message.block !== undefined ? { diagram: message.diagram, block: message.block } : undefined;
      frameHighlight = message.frame;
      showHighlight(true);
      break;
    case 'exportRequest':
      void exportAs(message);
      break;
    case 'zoom':
      ({ in: () => viewport.zoomIn(), out: () => viewport.zoomOut(), width: () => viewport.fitWidth(), fit: () => viewport.fit(), reset: () => viewport.reset() })[message.action]();
      break;
  }
});

page.toolbar.addEventListener('click', (e) => {
  const action = (e.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action as ToolbarAction | undefined;
  if (!action) return;
  const actions: Record<ToolbarAction, () => void> = {
    zoomIn: () => viewport.zoomIn(),
    zoomOut: () => viewport.zoomOut(),
    zoomFitWidth: () => viewport.fitWidth(),
    zoomFit: () => viewport.fit(),
    zoomReset: () => viewport.reset(),
    // The host picks the theme (issue 15) and answers with an exportRequest.
    exportSvg: () => post({ type: 'exportAsk', format: 'svg' }),
    exportPng: () => post({ type: 'exportAsk', format: 'png' }),
    copyPng: () => post({ type: 'exportAsk', format: 'clipboard' }),
    copyMermaid: () => post({ type: 'copyMermaid' }),
  };
  actions[action]();
});

page.hosts.addEventListener('click', (e) => select(e.target, false));
page.hosts.addEventListener('dblclick', (e) => select(e.target, true));
page.hosts.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' || e.key === ' ') {
    if (blockOf(e.target) || frameOf(e.target)) e.preventDefault();
    select(e.target, e.key === 'Enter');
  }
});

// The host writes the diagrams for this page's width: a host with more columns than fit wraps
// into bands. The first budget goes with `ready`, so the first drawing already fits.
let columns = panelColumns();
post({ type: 'ready', columns });
new ResizeObserver(() => {
  const now = panelColumns();
  if (now === columns) return;
  columns = now;
  post({ type: 'columns', columns });
}).observe(page.viewport);

/** The column budget of the panel as it is now. */
function panelColumns(): number {
  const style = getComputedStyle(page.hosts);
  return columnBudget(page.viewport.getBoundingClientRect().width, (parseFloat(style.paddingLeft) || 0) + (parseFloat(style.paddingRight) || 0));
}

function select(target: EventTarget | null, focusEditor: boolean): void {
  const frame = frameOf(target);
  if (frame?.dataset.frame) {
    highlight = undefined;
    frameHighlight = frame.dataset.frame;
    showHighlight(false);
    post({ type: 'selectFrame', frame: frame.dataset.frame, focusEditor });
    return;
  }
  const hit = blockOf(target);
  if (!hit?.slot.dataset.key) return;
  highlight = { diagram: hit.slot.dataset.key, block: hit.block };
  frameHighlight = undefined;
  showHighlight(false);
  post({ type: 'selectBlock', diagram: hit.slot.dataset.key, block: hit.block, focusEditor });
}

/** Draws the newest update; one at a time, skipping any that were replaced while drawing. */
async function pump(): Promise<void> {
  if (drawing) return;
  drawing = true;
  try {
    while (pending) {
      // Let messages already queued arrive first: only the newest of them is drawn.
      await yieldToEvents();
      const update = pending;
      pending = undefined;
      if (update) await apply(update);
    }
  } finally {
    drawing = false;
  }
}

async function apply(update: PreviewUpdate): Promise<void> {
  const started = performance.now();
  let drawn = 0;
  let committed = started;
  page.status.textContent = strings.rendering;
  // Draw first, off screen, and only then change the page in one step: the old drawing stays
  // up until the new one is ready, even when the preview switches to another file.
  for (const diagram of update.diagrams) {
    const source = diagram.source;
    if (source === undefined || source.length > MAX_TEXT_SIZE || renderer.cached(source) || failures.has(source)) continue;
    if (slots.shows(slotOf(page.hosts, diagram.key), source)) continue;
    // Mermaid draws without giving the page a turn; give it one, so that a newer version can replace this one.
    await yieldToEvents();
    if (pending) return;
    try {
      await renderer.render(source);
      drawn++;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (failures.size > 100) failures.clear();
      failures.set(source, message.split('\n')[0]);
      post({ type: 'renderError', diagram: diagram.key, message: message.slice(0, 4000) });
    }
    // A large stack shows its hosts as they are ready rather than all after seconds.
    if (performance.now() - committed > PROGRESSIVE_AFTER_MS) {
      commit(update);
      committed = performance.now();
    }
  }
  commit(update);
  finish(update, drawn, performance.now() - started);
}

/** Puts the update on the page: header, banner, and each host's drawing that is ready. */
function commit(update: PreviewUpdate): void {
  // Another file in a preview that follows the editor starts in the default view, like a fresh preview.
  if (current && update.resource !== resource) viewport.fitWidth();
  resource = update.resource;
  locked = update.locked;
  if (update.theme !== theme) {
    theme = update.theme;
    applyTheme(theme);
  }
  current = update;
  showLegend(page.title, page.legend, update);
  showBanner(page.notice, page.banner, update, strings, (index) => post({ type: 'revealError', index }));
  document.body.classList.toggle('vs-stale', update.stale);
  const all = slots.reconcile(update.diagrams, update.frames);
  update.diagrams.forEach((diagram, i) => {
    const slot = all[i];
    const source = diagram.source;
    if (source === undefined) {
      const notice = diagram.notice ?? '';
      if (!slots.shows(slot, `!${notice}`)) slots.showNotice(slot, notice, `!${notice}`);
      return;
    }
    if (slots.shows(slot, source)) return;
    const d = renderer.cached(source);
    const failure = failures.get(source);
    if (d) slots.show(slot, diagram, d);
    else if (failure !== undefined) slots.showNotice(slot, format(strings.renderFailed, failure), source);
    else if (source.length > MAX_TEXT_SIZE) slots.showNotice(slot, diagram.key, source);
    // Not drawn yet: the slot keeps what it showed until the drawing is ready.
  });
  viewport.layout();
}

function finish(update: PreviewUpdate, drawn: number, ms: number): void {
  markBlocks(page.hosts, 'vs-error', update.marks);
  markFrames(page.hosts, 'vs-error', update.frameMarks ?? []);
  showHighlight(false);
  if (!viewRestored) {
    viewRestored = true;
    if (startView) viewport.restore(startView);
  }
  viewport.layout();
  page.status.textContent = '';
  persist();
  post({ type: 'rendered', version: update.version, drawn, ms: Math.round(ms * 10) / 10, labels: slots.allLabels(20_000), view: viewport.view });
}

function showHighlight(reveal: boolean): void {
  const [frame] = markFrames(page.hosts, 'vs-cursor', frameHighlight !== undefined ? [frameHighlight] : []);
  const [node = frame] = markBlocks(page.hosts, 'vs-cursor', highlight ? [highlight] : []);
  // Follow the editor's cursor, as the Markdown preview follows its scrolling.
  if (node && reveal) node.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** Exports in the requested theme (`auto`: the one on screen), as a file's data for the host or a PNG on the clipboard. */
async function exportAs(request: PreviewExportRequest): Promise<void> {
  const { format, id } = request;
  let svg = '';
  try {
    const exportTheme = request.theme === undefined || request.theme === 'auto' ? effectiveTheme(theme) : request.theme;
    svg = composeSvg(page.hosts, current, exportTheme, diagramFont(), { title: request.title, desc: request.desc });
    if (format === 'clipboard') {
      await copyPng(svg);
      post({ type: 'copied', id, ok: true });
      return;
    }
    post({ type: 'exported', format, data: format === 'svg' ? svg : await svgToPng(svg), id });
  } catch (err) {
    const reason = (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).slice(0, 1000);
    if (format === 'clipboard') post({ type: 'copied', id, ok: false, reason, ...(svg ? { svg } : {}) });
    else post({ type: 'renderError', diagram: '', message: `export failed: ${reason}` });
  }
}

/**
 * Puts the drawing on the clipboard as a PNG, as VS Code's own Markdown preview copies an
 * image: the async clipboard API works in a webview only while its document has the focus, so
 * after a command from the palette it waits for the focus the revealed panel gets (at most 2 s).
 */
async function copyPng(svg: string): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) throw new Error('this webview has no clipboard for images');
  const blob = await svgToPngBlob(svg);
  for (let waited = 0; !document.hasFocus() && waited < 2000; waited += 50) await new Promise((r) => setTimeout(r, 50));
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
}

let persistTimer: ReturnType<typeof setTimeout> | undefined;
/** Saves zoom and scroll (throttled: scrolling fires often) for a reload to restore. */
function persist(): void {
  if (!viewRestored) return;
  clearTimeout(persistTimer);
  persistTimer = setTimeout(() => {
    const view = viewport.view;
    host.save({ resource, locked, view });
    post({ type: 'view', view });
  }, 150);
}

/** Lets the browser run the tasks already queued (messages from the host), without timer clamping. */
export function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Anything the CSP blocks is a surprise worth a line in the host's log: mermaid needs nothing it forbids. */
export function listenForCspViolations(post: (message: PreviewFromWebview) => void): void {
  document.addEventListener('securitypolicyviolation', (e) => {
    post({ type: 'cspViolation', directive: e.effectiveDirective.slice(0, 200), blocked: `${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`.slice(0, 2000) });
  });
}
