// One preview panel: which file it shows, keeping the page in step with the text (throttled,
// newest version only, nothing sent when nothing on screen would change), what the page asks
// for, and the way back from the page to the text: a click on a block selects its declaration,
// an error in the banner puts the cursor on it. Modelled on the Markdown preview's dynamic preview.
import * as vscode from 'vscode';
import { blockKeyAt, type Diagnostic, type DiagramOptions, fabricDeclaration, MAX_HOST_BLOCKS } from '../../core/languageService';
import { type PreviewExportFormat, type PreviewExportTheme, PREVIEW_PROTOCOL, type PreviewFromWebview, type PreviewInit, type PreviewState, type PreviewStrings, type PreviewToWebview, type PreviewUpdate, type PreviewView } from '../../shared/previewProtocol';
import type { AnalysisCache } from '../analysisCache';
import { VIRT_LANGUAGE } from '../documents';
import { type PanelKind, type PanelServices, WebviewPanelHost } from '../panel/host';
import { previewHtml } from '../panel/page';
import { type HostStrings, PreviewDocument } from './document';
import { besideFormat, besideTarget } from '../saveBeside';
import { copyMermaid, ExportRequests, exportText, exportThemeSetting, type ExportThemePicker, reportCopy, saveExport } from './exporting';
import { declarationOf, revealInEditor } from './source';
import { Throttle } from './throttle';
import { buildUpdate, drawnSignature, staleUpdate, type Shown, type UpdateStrings } from './update';
import { uiLocalizer } from '../l10n';

/** The preview's panels: kept alive while hidden, because drawing a large stack again takes seconds. */
export const PREVIEW_KIND: PanelKind<PreviewToWebview, PreviewFromWebview, PreviewState, PreviewInit> = {
  viewType: 'virtstack.preview',
  name: 'preview',
  protocol: PREVIEW_PROTOCOL,
  page: 'preview',
  style: ['media', 'preview.css'],
  icon: 'preview',
  retainContextWhenHidden: true,
  html: previewHtml,
  failure: (reason) => uiLocalizer().t('preview.failed', reason),
};

/** What every preview shares: the analysis cache, the log and the translated words. */
export interface PreviewContext extends PanelServices {
  readonly cache: AnalysisCache;
  readonly strings: HostStrings;
  readonly pageStrings: PreviewStrings;
  readonly updateStrings: UpdateStrings;
  /** The export theme's quick pick and the choice it remembers, shared by every preview of the window. */
  readonly exportThemes: ExportThemePicker;
  diagramOptions(showResources: boolean): DiagramOptions;
}

/** What the page last reported having drawn. */
export type Rendered = Extract<PreviewFromWebview, { type: 'rendered' }>;

/** A preview panel showing one `.virt` document. */
export class StackPreview extends WebviewPanelHost<PreviewToWebview, PreviewFromWebview, PreviewInit> {
  private readonly source: PreviewDocument;
  private ready = false;
  private readonly throttle: Throttle;
  private lastCost = 0;
  private force = false;
  private lastVersion = -1;
  private lastSignature = '';
  private lastMessage?: PreviewUpdate;
  private lastGood?: Shown;
  private shown?: Shown;
  private listedErrors: readonly Diagnostic[] = [];
  private highlighted = '';
  private readonly exports = new ExportRequests();
  /** The page's column budget (its panel's width), after which a host wraps into bands. */
  private columns?: number;
  /** Zoom and scroll as the page last reported them. */
  view?: PreviewView;
  /** What the page last drew, to know it caught up. */
  rendered?: Rendered;
  /** The block last highlighted for the cursor, and the last notice shown. */
  lastHighlight?: { diagram: string; block: string };
  lastNotice?: string;
  /** Messages sent, updates skipped because nothing on screen would change, and CSP violations the page reported. */
  readonly counts = { posted: 0, skipped: 0, violations: 0 };

  constructor(
    panel: vscode.WebviewPanel,
    resource: vscode.Uri,
    private locked: boolean,
    private readonly ctx: PreviewContext,
    /** The editor column the preview was opened from, where a click opens the file when no editor shows it. */
    readonly resourceColumn: vscode.ViewColumn,
    /** Zoom and scroll to restore, e.g. after a window reload. */
    view?: PreviewView,
  ) {
    super(panel, PREVIEW_KIND, ctx);
    this.throttle = this._register(new Throttle(
      () => this.update().catch((err: unknown) => ctx.log.error(`preview update failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`)),
      // A slow update (a huge file) spaces the next ones out, so typing stays smooth.
      () => Math.max(this.services.settings.for(this.source.uri).preview.updateDelay, 2 * this.lastCost),
    ));
    this.source = this._register(new PreviewDocument(resource, ctx.strings, (renamed) => {
      if (renamed) this.updateTitle();
      this.refresh(true);
    }));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => {
      if (this.isPreviewOf(e.document.uri) && e.contentChanges.length > 0) this.refresh();
    }));
    this._register(vscode.workspace.onDidOpenTextDocument((d) => {
      if (this.isPreviewOf(d.uri)) this.refresh(true);
    }));
    this._register(vscode.window.onDidChangeTextEditorSelection((e) => {
      if (this.isPreviewOf(e.textEditor.document.uri)) this.followCursor(e.textEditor);
    }));
    this._register(vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)));
    // virtstack.export.onSave (issue 15): the diagram beside the file, drawn by this page.
    this._register(vscode.workspace.onDidSaveTextDocument((d) => {
      if (this.isPreviewOf(d.uri)) void this.exportBeside(d);
    }));
    this.updateTitle();
    this.writePage({ resource: resource.toString(), locked, theme: this.services.settings.for(resource).preview.theme, strings: ctx.pageStrings, view });
  }

  /** The file shown. */
  get resource(): vscode.Uri {
    return this.source.uri;
  }

  /** Whether the preview stays on its file instead of following the active editor. */
  get isLocked(): boolean {
    return this.locked;
  }

  /** Whether this preview shows the file. */
  isPreviewOf(uri: vscode.Uri): boolean {
    return this.source.uri.toString() === uri.toString();
  }

  /** Markdown's rule: a locked preview matches only its file; an unlocked one any file, in the same column. */
  matches(uri: vscode.Uri, column: vscode.ViewColumn | undefined, locked: boolean): boolean {
    if (this.panel.viewColumn !== column) return false;
    return this.locked ? locked && this.isPreviewOf(uri) : !locked;
  }

  /** Shows another file in this panel. */
  setResource(uri: vscode.Uri): void {
    if (this.isPreviewOf(uri)) return;
    this.source.setUri(uri);
    this.lastGood = undefined;
    this.highlighted = '';
    this.updateTitle();
    this.refresh(true);
  }

  /** Locks the preview to its file, or lets it follow the active editor again. */
  toggleLock(): void {
    this.locked = !this.locked;
    this.updateTitle();
    this.refresh(true);
  }

  /**
   * Schedules an update (see Throttle: at once after a quiet spell, then at most once per delay,
   * always of the newest text). `force` sends even when the document's version has not changed
   * (settings, another file, a fresh page).
   */
  refresh(force = false): void {
    if (this.isDisposed) return;
    this.force ||= force;
    this.throttle.schedule();
  }

  private async update(): Promise<void> {
    if (!this.ready || this.isDisposed) return;
    const started = Date.now();
    const force = this.force;
    this.force = false;
    const { document, notice } = await this.source.read();
    if (this.isDisposed) return;
    if (!document || document.languageId !== VIRT_LANGUAGE) {
      this.postStale(notice ?? this.ctx.strings.notVirt(this.source.uri, document?.languageId ?? ''));
      return;
    }
    if (!force && document.version === this.lastVersion) return;
    this.lastVersion = document.version;
    const settings = this.services.settings.for(document.uri).preview;
    const analysis = this.ctx.cache.get(document);
    const result = buildUpdate({
      analysis, version: document.version, resource: document.uri.toString(), locked: this.locked, theme: settings.theme,
      options: { ...this.ctx.diagramOptions(settings.showResources), maxColumns: this.columns }, maxBlocks: settings.maxBlocks, maxHostBlocks: MAX_HOST_BLOCKS,
      strings: this.ctx.updateStrings, lineOf: (o) => document.positionAt(o).line + 1, lastGood: this.lastGood, notice,
    });
    if (result.good) this.lastGood = result.shown;
    this.shown = result.shown;
    this.listedErrors = result.listedErrors;
    this.lastCost = Date.now() - started;
    const signature = drawnSignature(result.message);
    if (signature === this.lastSignature) {
      this.counts.skipped++;
    } else {
      this.lastSignature = signature;
      this.lastMessage = result.message;
      this.post(result.message);
    }
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    if (editor) this.followCursor(editor);
  }

  /** Keeps what is drawn, dimmed, under a notice: the file is gone or no longer a .virt file. */
  private postStale(notice: string): void {
    const message = staleUpdate(this.lastMessage, this.source.uri.toString(), this.locked, notice, this.services.settings.for().preview.theme);
    // When the file comes back, it is drawn again whatever its version.
    this.lastVersion = -1;
    const signature = drawnSignature(message);
    if (signature === this.lastSignature) return;
    this.lastSignature = signature;
    this.post(message);
  }

  /** Highlights the block of the layer under the cursor, when it changed. */
  private followCursor(editor: vscode.TextEditor): void {
    if (!this.shown || !this.services.settings.for(editor.document.uri).preview.followCursor) return;
    // While an edit waits to be drawn, offsets of the text and of the analysis differ.
    if (editor.document.version !== this.lastVersion) return;
    const key = blockKeyAt(this.ctx.cache.get(editor.document).model, editor.document.offsetAt(editor.selection.active));
    const at = key !== undefined ? this.shown.byKey.get(key) : undefined;
    // The lines of a cluster (outside its hosts) are its frame's (issue 14).
    const frame = !at && key !== undefined && this.shown.stack.frames.some((f) => f.key === key) ? key : undefined;
    const id = at ? `${at.diagram}\0${at.block}` : frame !== undefined ? `\0${frame}` : '';
    if (id === this.highlighted) return;
    this.highlighted = id;
    this.post(at ? { type: 'highlight', diagram: at.diagram, block: at.block } : frame !== undefined ? { type: 'highlight', frame } : { type: 'highlight' });
  }

  /** Follows the active editor, unless locked (Markdown's dynamic preview). */
  private follow(editor: vscode.TextEditor | undefined): void {
    // Only real text editors have a column; output panes and the like do not.
    if (this.locked || !editor || editor.viewColumn === undefined) return;
    if (editor.document.languageId === VIRT_LANGUAGE && !this.isPreviewOf(editor.document.uri)) this.setResource(editor.document.uri);
  }

  /**
   * Asks the page for an export; it is saved to `target` or where the user chooses, or put on
   * the clipboard. Without a target or theme, a file export first asks for its theme (the
   * quick pick); automation with a target and the clipboard take the remembered theme.
   */
  async requestExport(format: PreviewExportFormat, target?: vscode.Uri, theme?: PreviewExportTheme): Promise<void> {
    let chosen = theme;
    if (chosen === undefined) {
      chosen = target === undefined && format !== 'clipboard' ? await this.ctx.exportThemes.pick(this.resource) : this.ctx.exportThemes.current(this.resource);
      if (chosen === undefined || this.isDisposed) return;
    }
    if (format === 'clipboard') this.panel.reveal(undefined, false);
    const { document } = await this.source.read();
    const about = document ? exportText(this.ctx.cache.get(document).model, this.ctx.diagramOptions(false), '') : {};
    this.post({ type: 'exportRequest', format, id: this.exports.add(target), theme: chosen, ...about });
  }

  /**
   * Writes `NAME.svg` or `NAME.png` beside the saved file when `virtstack.export.onSave` asks for
   * it, once the page shows what was saved (waiting at most `patience` ms: a page that opened
   * just now still has mermaid to load). With several previews of the file, the first to get the
   * save writes it (one write per save, not one per panel).
   */
  async exportBeside(document: vscode.TextDocument, patience = 5000): Promise<void> {
    const format = besideFormat(document);
    const key = document.uri.toString();
    if (!format || savingBeside.has(key)) return;
    savingBeside.add(key);
    try {
      for (let waited = 0; waited < patience && !this.isDisposed && !this.caughtUp(document.version); waited += 100) await new Promise((r) => setTimeout(r, 100));
      if (this.isDisposed) return;
      await this.requestExport(format, besideTarget(document.uri, format), exportThemeSetting(document.uri));
    } finally {
      savingBeside.delete(key);
    }
  }

  /** Whether the page has drawn the newest update of this version of the text. */
  private caughtUp(version: number): boolean {
    return this.lastVersion === version && (this.lastMessage === undefined || this.rendered?.version === this.lastMessage.version);
  }

  /** Copies the stack as Mermaid Markdown. */
  async copyMermaid(): Promise<string | undefined> {
    const { document } = await this.source.read();
    if (!document) return undefined;
    const analysis = this.ctx.cache.get(document);
    const hasErrors = analysis.diagnostics.some((d) => d.severity === 'error');
    return copyMermaid(analysis.model, this.ctx.diagramOptions(this.services.settings.for(document.uri).preview.showResources), hasErrors);
  }

  protected async receive(message: Exclude<PreviewFromWebview, { type: 'rejected' }>): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.columns = message.columns;
        this.ready = true;
        this.lastSignature = '';
        this.highlighted = '';
        this.refresh(true);
        break;
      case 'rendered':
        this.rendered = message;
        this.view = message.view;
        break;
      case 'view':
        this.view = message.view;
        break;
      case 'columns':
        // A resize that changes how many columns fit wraps the hosts again (the throttle merges a drag's steps).
        if (message.columns !== this.columns) {
          this.columns = message.columns;
          this.refresh(true);
        }
        break;
      case 'selectBlock':
        await this.selectBlock(message.diagram, message.block, message.focusEditor);
        break;
      case 'selectFrame':
        await this.selectFrame(message.frame, message.focusEditor);
        break;
      case 'revealError':
        await this.revealError(message.index);
        break;
      case 'exported':
        await saveExport(this.source.uri, message.format, message.data, this.exports.take(message.id));
        break;
      case 'copyMermaid':
        await this.copyMermaid();
        break;
      case 'exportAsk':
        await this.requestExport(message.format);
        break;
      case 'copied':
        this.exports.take(message.id);
        await reportCopy(message.ok, message.reason, message.svg);
        if (!message.ok) this.ctx.log.warn(`the preview could not put a PNG on the clipboard: ${message.reason ?? ''}`);
        break;
      case 'cspViolation':
        this.counts.violations++;
        this.ctx.log.warn(`the preview's Content-Security-Policy blocked ${message.blocked} (${message.directive})`);
        break;
      case 'renderError':
        this.ctx.log.error(`mermaid could not draw ${message.diagram || 'the export'}: ${message.message}`);
        break;
    }
  }

  private async selectBlock(diagram: string, blockId: string, focus: boolean): Promise<void> {
    const block = this.shown?.blocks.get(`${diagram}\0${blockId}`);
    const { document } = await this.source.read();
    if (!block || !document) return;
    this.highlighted = `${diagram}\0${blockId}`;
    await revealInEditor(document, declarationOf(this.ctx.cache.get(document), block.key, block.source, document.getText().length), this.resourceColumn, focus);
  }

  /** Reveals the statement of the cluster a frame stands for. */
  private async selectFrame(key: string, focus: boolean): Promise<void> {
    const { document } = await this.source.read();
    if (!document || !this.shown?.stack.frames.some((f) => f.key === key)) return;
    const span = fabricDeclaration(this.ctx.cache.get(document).model, key);
    if (!span) return;
    this.highlighted = `\0${key}`;
    await revealInEditor(document, span, this.resourceColumn, focus);
  }

  private async revealError(index: number): Promise<void> {
    const d = this.listedErrors[index];
    const { document } = await this.source.read();
    if (!d || !document) return;
    await revealInEditor(document, { start: d.start, end: d.end }, this.resourceColumn, true);
  }

  override post(message: PreviewToWebview): boolean {
    if (!super.post(message)) return false;
    if (message.type === 'update') this.lastNotice = message.notice;
    if (message.type === 'highlight') this.lastHighlight = message.diagram !== undefined && message.block !== undefined ? { diagram: message.diagram, block: message.block } : undefined;
    this.counts.posted++;
    return true;
  }

  private updateTitle(): void {
    this.panel.title = this.ctx.strings.title(this.source.uri, this.locked);
  }
}

/** Files whose save-beside export a preview is making now (only the views bundle holds previews, so one set serves them all). */
const savingBeside = new Set<string>();
