// One preview panel: which file it shows, keeping the page in step with the text (throttled,
// newest version only, nothing sent when nothing on screen would change), and what the page
// asks for. Modelled on the Markdown preview's dynamic preview.
import * as vscode from 'vscode';
import { parsePreviewMessage, type PreviewFromWebview, type PreviewToWebview, type PreviewUpdate, type PreviewView } from '../../shared/messages';
import { VIRT_LANGUAGE } from '../analysisCache';
import type { Diagnostic } from '../../core/diagnostics';
import { MAX_HOST_BLOCKS } from '../../core/diagram/limits';
import type { PreviewContext } from './context';
import { PreviewDocument } from './document';
import { copyMermaid, ExportRequests, saveExport } from './exporting';
import { blockAt, declarationOf, revealInEditor } from './navigation';
import { settingsFor } from '../settings';
import { Throttle } from './throttle';
import { buildUpdate, drawnSignature, staleUpdate, type Shown } from './update';

/** The view type of preview panels; the serializer is registered for it. */
export const PREVIEW_VIEW_TYPE = 'virtstack.preview';

/** What the page last reported having drawn. */
export type Rendered = Extract<PreviewFromWebview, { type: 'rendered' }>;

/** A preview panel showing one `.virt` document. */
export class StackPreview implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly source: PreviewDocument;
  private ready = false;
  private disposed = false;
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
  /** Zoom and scroll as the page last reported them. */
  view?: PreviewView;
  /** What the page last drew, for tests and for knowing the page caught up. */
  rendered?: Rendered;
  /** The block last highlighted for the cursor, and the last notice shown (for tests). */
  lastHighlight?: { diagram: string; block: string };
  lastNotice?: string;
  /** Messages sent, updates skipped because nothing on screen would change, and CSP violations the page reported. */
  readonly counts = { posted: 0, skipped: 0, violations: 0 };

  private readonly onDisposeEmitter = new vscode.EventEmitter<void>();
  /** Fires once, when the panel is closed or the preview disposed. */
  readonly onDispose = this.onDisposeEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    resource: vscode.Uri,
    private locked: boolean,
    private readonly ctx: PreviewContext,
    /** The editor column the preview was opened from, where a click opens the file when no editor shows it. */
    readonly resourceColumn: vscode.ViewColumn,
  ) {
    this.throttle = new Throttle(
      () => this.update().catch((err: unknown) => ctx.log.error(`preview update failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`)),
      // A slow update (a huge file) spaces the next ones out, so typing stays smooth.
      () => Math.max(settingsFor(this.source.uri).preview.updateDelay, 2 * this.lastCost),
    );
    this.source = new PreviewDocument(resource, ctx.strings, (renamed) => {
      if (renamed) this.updateTitle();
      this.refresh(true);
    });
    this.subscriptions.push(
      this.source,
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.isPreviewOf(e.document.uri) && e.contentChanges.length > 0) this.refresh();
      }),
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (this.isPreviewOf(d.uri)) this.refresh(true);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (this.isPreviewOf(e.textEditor.document.uri)) this.followCursor(e.textEditor);
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
    );
    this.updateTitle();
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

  /** Brings the panel forward. */
  reveal(column?: vscode.ViewColumn, preserveFocus = false): void {
    this.panel.reveal(column, preserveFocus);
  }

  /**
   * Schedules an update (see Throttle: at once after a quiet spell, then at most once per delay,
   * always of the newest text). `force` sends even when the document's version has not changed
   * (settings, another file, a fresh page).
   */
  refresh(force = false): void {
    if (this.disposed) return;
    this.force ||= force;
    this.throttle.schedule();
  }

  private async update(): Promise<void> {
    if (!this.ready || this.disposed) return;
    const started = Date.now();
    const force = this.force;
    this.force = false;
    const { document, notice } = await this.source.read();
    if (this.disposed) return;
    if (!document || document.languageId !== VIRT_LANGUAGE) {
      this.postStale(notice ?? this.ctx.strings.notVirt(this.source.uri, document?.languageId ?? ''));
      return;
    }
    if (!force && document.version === this.lastVersion) return;
    this.lastVersion = document.version;
    const settings = settingsFor(document.uri).preview;
    const analysis = this.ctx.cache.get(document);
    const result = buildUpdate({
      analysis, version: document.version, resource: document.uri.toString(), locked: this.locked, theme: settings.theme,
      options: this.ctx.diagramOptions(settings.showResources), maxBlocks: settings.maxBlocks, maxHostBlocks: MAX_HOST_BLOCKS,
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
    const message = staleUpdate(this.lastMessage, this.source.uri.toString(), this.locked, notice, settingsFor().preview.theme);
    // When the file comes back, it is drawn again whatever its version.
    this.lastVersion = -1;
    const signature = drawnSignature(message);
    if (signature === this.lastSignature) return;
    this.lastSignature = signature;
    this.post(message);
  }

  /** Highlights the block of the layer under the cursor, when it changed. */
  private followCursor(editor: vscode.TextEditor): void {
    if (!this.shown || !settingsFor(editor.document.uri).preview.followCursor) return;
    // While an edit waits to be drawn, offsets of the text and of the analysis differ.
    if (editor.document.version !== this.lastVersion) return;
    const at = blockAt(this.ctx.cache.get(editor.document), editor.document.offsetAt(editor.selection.active), this.shown);
    const id = at ? `${at.diagram}\0${at.block}` : '';
    if (id === this.highlighted) return;
    this.highlighted = id;
    this.post(at ? { type: 'highlight', diagram: at.diagram, block: at.block } : { type: 'highlight' });
  }

  /** Follows the active editor, unless locked (Markdown's dynamic preview). */
  private follow(editor: vscode.TextEditor | undefined): void {
    // Only real text editors have a column; output panes and the like do not.
    if (this.locked || !editor || editor.viewColumn === undefined) return;
    if (editor.document.languageId === VIRT_LANGUAGE && !this.isPreviewOf(editor.document.uri)) this.setResource(editor.document.uri);
  }

  /** Asks the page for an export; it is saved to `target` or where the user chooses. */
  requestExport(format: 'svg' | 'png', target?: vscode.Uri): void {
    this.post({ type: 'exportRequest', format, id: this.exports.add(target) });
  }

  /** Clicks a block in the page, as a user would (automation). */
  clickBlock(diagram: string, block: string): void {
    this.post({ type: 'clickBlock', diagram, block });
  }

  /** Changes the zoom of the page. */
  zoom(action: 'in' | 'out' | 'fit' | 'reset'): void {
    this.post({ type: 'zoom', action });
  }

  /** Copies the stack as Mermaid Markdown. */
  async copyMermaid(): Promise<string | undefined> {
    const { document } = await this.source.read();
    if (!document) return undefined;
    const analysis = this.ctx.cache.get(document);
    const hasErrors = analysis.diagnostics.some((d) => d.severity === 'error');
    return copyMermaid(analysis.model, this.ctx.diagramOptions(settingsFor(document.uri).preview.showResources), hasErrors);
  }

  private onMessage(raw: unknown): void {
    const message = parsePreviewMessage(raw);
    if (!message) {
      this.ctx.log.warn(`ignored a malformed message from the preview page: ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    void this.handle(message).catch((err: unknown) => {
      const reason = err instanceof Error ? err.message : String(err);
      void vscode.window.showErrorMessage(vscode.l10n.t('VirtStack preview: {0}', reason));
    });
  }

  private async handle(message: PreviewFromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.lastSignature = '';
        this.highlighted = '';
        this.refresh(true);
        break;
      case 'rendered':
        this.rendered = message;
        this.view = message.view;
        this.ctx.onRendered(this, message);
        break;
      case 'view':
        this.view = message.view;
        break;
      case 'selectBlock':
        await this.selectBlock(message.diagram, message.block, message.focusEditor);
        break;
      case 'revealError':
        await this.revealError(message.index);
        break;
      case 'exported': {
        const target = this.exports.take(message.id);
        await saveExport(this.source.uri, message.format, message.data, target);
        this.ctx.onExported(this, message.format, target);
        break;
      }
      case 'copyMermaid':
        await this.copyMermaid();
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

  private async revealError(index: number): Promise<void> {
    const d = this.listedErrors[index];
    const { document } = await this.source.read();
    if (!d || !document) return;
    await revealInEditor(document, { start: d.start, end: d.end }, this.resourceColumn, true);
  }

  private post(message: PreviewToWebview): void {
    if (this.disposed) return;
    if (message.type === 'update') this.lastNotice = message.notice;
    if (message.type === 'highlight') this.lastHighlight = message.diagram !== undefined && message.block !== undefined ? { diagram: message.diagram, block: message.block } : undefined;
    this.counts.posted++;
    void this.panel.webview.postMessage(message);
  }

  private updateTitle(): void {
    this.panel.title = this.ctx.strings.title(this.source.uri, this.locked);
  }

  /** Releases every listener; closing the panel calls this too. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.throttle.dispose();
    for (const s of this.subscriptions) s.dispose();
    this.subscriptions.length = 0;
    this.panel.dispose();
    this.onDisposeEmitter.fire();
    this.onDisposeEmitter.dispose();
  }
}
