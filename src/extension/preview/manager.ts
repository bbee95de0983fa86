// Every open preview: opening one (or reusing the one that already fits, as the Markdown
// preview does), reviving them after a reload, and knowing which one a command means.
import * as vscode from 'vscode';
import { parseView, type PreviewFromWebview, type PreviewView } from '../../shared/messages';
import type { PreviewContext } from './context';
import { contentSecurityPolicy, makeNonce, previewHtml } from './html';
import { PREVIEW_VIEW_TYPE, StackPreview } from './preview';
import { previewStrings } from './strings';
import { settingsFor } from '../settings';

/** Context key: a preview panel has the focus. */
const FOCUS_CONTEXT = 'virtstack.previewFocus';

/** How to open a preview. */
export interface OpenOptions {
  readonly column: vscode.ViewColumn;
  readonly preserveFocus: boolean;
  readonly locked: boolean;
}

/** What a preview's webview state holds after a reload; checked, as it comes back from the page. */
export interface SavedPreview {
  readonly resource: vscode.Uri;
  readonly locked: boolean;
  readonly view?: PreviewView;
}

/** Owns the previews. */
export class PreviewManager implements vscode.Disposable, vscode.WebviewPanelSerializer {
  private readonly previews = new Set<StackPreview>();
  private active?: StackPreview;
  private readonly renderedEmitter = new vscode.EventEmitter<{ preview: StackPreview; message: Extract<PreviewFromWebview, { type: 'rendered' }> }>();
  /** Fires whenever a page reports a finished drawing. */
  readonly onRendered = this.renderedEmitter.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly ctx: Omit<PreviewContext, 'onRendered' | 'onExported'> & Partial<Pick<PreviewContext, 'onExported'>>,
  ) {}

  /** Every open preview. */
  get all(): readonly StackPreview[] {
    return [...this.previews];
  }

  /** The focused preview, else the one showing the active editor's file. */
  get current(): StackPreview | undefined {
    if (this.active) return this.active;
    const uri = vscode.window.activeTextEditor?.document.uri;
    return uri ? this.all.find((p) => p.isPreviewOf(uri)) : undefined;
  }

  /** Opens a preview of a file, reusing one that matches (same column; unlocked, or locked on this file). */
  open(resource: vscode.Uri, options: OpenOptions): StackPreview {
    const existing = this.all.find((p) => p.matches(resource, options.column, options.locked));
    if (existing) {
      existing.setResource(resource);
      existing.reveal(options.column, options.preserveFocus);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, '', { viewColumn: options.column, preserveFocus: options.preserveFocus }, this.panelOptions());
    return this.adopt(panel, resource, options.locked, undefined, vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One);
  }

  /** Restores a preview after a window reload, with its file, lock, zoom and scroll. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const saved = parseSavedPreview(state);
    if (!saved) {
      // A state from nowhere we know: nothing to show, so do not leave an empty panel behind.
      this.ctx.log.warn(`a preview could not be restored from its saved state: ${JSON.stringify(state)?.slice(0, 200)}`);
      panel.dispose();
      return;
    }
    panel.webview.options = this.panelOptions();
    this.adopt(panel, saved.resource, saved.locked, saved.view, vscode.ViewColumn.One);
  }

  /**
   * Closes each preview's panel and restores it into a fresh one through the serializer, with
   * the state its page saved: what a window reload does, without ending the extension host.
   */
  async reloadAll(): Promise<void> {
    for (const preview of this.all) {
      const state = { resource: preview.resource.toString(), locked: preview.isLocked, view: preview.view };
      const column = preview.panel.viewColumn ?? vscode.ViewColumn.One;
      preview.dispose();
      const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, '', { viewColumn: column, preserveFocus: true }, this.panelOptions());
      await this.deserializeWebviewPanel(panel, JSON.parse(JSON.stringify(state)));
    }
  }

  private adopt(panel: vscode.WebviewPanel, resource: vscode.Uri, locked: boolean, view: PreviewView | undefined, resourceColumn: vscode.ViewColumn): StackPreview {
    panel.iconPath = {
      light: vscode.Uri.joinPath(this.extensionUri, 'media', 'preview-light.svg'),
      dark: vscode.Uri.joinPath(this.extensionUri, 'media', 'preview-dark.svg'),
    };
    const preview = new StackPreview(panel, resource, locked, {
      ...this.ctx,
      onRendered: (_p, message) => this.renderedEmitter.fire({ preview, message }),
      onExported: (p, format, target) => this.ctx.onExported?.(p, format, target),
    }, resourceColumn);
    const webview = panel.webview;
    const root = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'preview');
    const nonce = makeNonce();
    webview.html = previewHtml(
      {
        cspSource: webview.cspSource,
        nonce,
        scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(root, 'main.js')).toString(),
        styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.css')).toString(),
      },
      { resource: resource.toString(), locked, theme: settingsFor(resource).preview.theme, strings: previewStrings(vscode.l10n), view },
    );
    this.ctx.log.trace(`preview opened for ${resource.toString()} with CSP ${contentSecurityPolicy({ cspSource: webview.cspSource, nonce: '…' })}`);
    this.previews.add(preview);
    const viewState = panel.onDidChangeViewState(() => this.setActive(panel.active ? preview : this.active === preview ? undefined : this.active));
    if (panel.active) this.setActive(preview);
    preview.onDispose(() => {
      viewState.dispose();
      this.previews.delete(preview);
      if (this.active === preview) this.setActive(undefined);
    });
    return preview;
  }

  /** Webview options: scripts on, files only from the bundle and media/, the page kept while hidden. */
  private panelOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableForms: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'preview'), vscode.Uri.joinPath(this.extensionUri, 'media')],
      // Redrawing a large stack takes seconds; keeping the page keeps zoom, scroll and drawings.
      retainContextWhenHidden: true,
      enableFindWidget: true,
    };
  }

  private setActive(preview: StackPreview | undefined): void {
    this.active = preview;
    void vscode.commands.executeCommand('setContext', FOCUS_CONTEXT, preview !== undefined);
  }

  /** Toggles a preview's lock; a preview that now duplicates it (two unlocked in one column) is closed, as in Markdown. */
  toggleLock(preview: StackPreview): void {
    preview.toggleLock();
    for (const other of this.all) {
      if (other !== preview && preview.matches(other.resource, other.panel.viewColumn, other.isLocked)) other.dispose();
    }
  }

  /** Redraws every preview, e.g. after a settings or theme change. */
  refreshAll(): void {
    for (const p of this.previews) p.refresh(true);
  }

  dispose(): void {
    for (const p of this.all) p.dispose();
    this.renderedEmitter.dispose();
  }
}

/** The saved state of a preview page, checked field by field. */
export function parseSavedPreview(state: unknown): SavedPreview | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { resource, locked, view } = state as Record<string, unknown>;
  if (typeof resource !== 'string' || resource.length > 10_000) return undefined;
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(resource, true);
  } catch {
    return undefined;
  }
  return { resource: uri, locked: locked === true, view: parseView(view) };
}
