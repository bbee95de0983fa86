// Every open preview: opening one (or reusing the one that already fits, as the Markdown
// preview does), reviving them after a reload, redrawing them when the settings change, and the
// preview's commands. Open and Open to the Side mirror the Markdown preview's (and their
// keybindings); the rest act on the focused preview, or on the one showing the active file.
import * as vscode from 'vscode';
import type { PreviewState } from '../../shared/previewProtocol';
import type { AnalysisCache } from '../analysisCache';
import { activeVirtEditor, type CommandRegistry, guarded } from '../commands/general';
import { Disposable } from '../dispose';
import { VIRT_LANGUAGE, fileName } from '../documents';
import { PanelFactory, type PanelServices } from '../panel/host';
import type { HostStrings } from './document';
import { ExportThemePicker } from './exporting';
import { PREVIEW_KIND, type PreviewContext, StackPreview } from './preview';
import { previewStrings, updateStrings } from './strings';
import { uiLocalizer } from '../l10n';
import { diagramStrings } from '../../core/languageService';

/** Context key: a preview panel has the focus. */
const FOCUS_CONTEXT = 'virtstack.previewFocus';

/** How to open a preview. */
export interface OpenOptions {
  readonly column: vscode.ViewColumn;
  readonly preserveFocus: boolean;
  readonly locked: boolean;
}

/** Owns the previews. */
export class PreviewManager extends Disposable {
  private readonly previews = new Set<StackPreview>();
  private active?: StackPreview;
  private readonly ctx: PreviewContext;
  /** Opens preview panels and revives them after a window reload, with the same options. */
  readonly panels: PanelFactory<PreviewState>;

  constructor(cache: AnalysisCache, services: PanelServices, workspaceState: vscode.Memento) {
    super();
    const l10n = uiLocalizer();
    const words = diagramStrings(l10n);
    this.ctx = {
      ...services,
      cache,
      strings: hostStrings(),
      pageStrings: previewStrings(l10n),
      updateStrings: updateStrings(l10n),
      exportThemes: new ExportThemePicker(workspaceState),
      diagramOptions: (showResources) => ({ showResources, strings: words, maxLineLength: 36 }),
    };
    // Restores a preview after a window reload, with its file, lock, zoom and scroll.
    this.panels = new PanelFactory(PREVIEW_KIND, services, (panel, saved) => {
      let resource: vscode.Uri;
      try {
        resource = vscode.Uri.parse(saved.resource, true);
      } catch {
        services.log.warn(`a preview could not be restored: ${saved.resource} is not a URI`);
        return false;
      }
      this.adopt(panel, resource, saved.locked, vscode.ViewColumn.One, saved.view);
      return true;
    });
    // After the cache has dropped its analyses and diagnostics have run again (see settings.ts).
    this._register(services.settings.onChange('views', (change) => {
      if (change.affects('preview') || change.affects('validation')) this.refreshAll();
    }));
    this._register({ dispose: () => { for (const p of this.all) p.dispose(); } });
  }

  /** Opens a preview of a saved file beside it, without the focus, and writes its image beside the file as the save would have (saveBeside.ts). */
  async openAndWriteBeside(document: vscode.TextDocument): Promise<void> {
    const preview = this.open(document.uri, { column: vscode.ViewColumn.Beside, preserveFocus: true, locked: false });
    // A new page loads mermaid before it draws: give it longer than a save to an open preview.
    await preview.exportBeside(document, 30_000);
  }

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
    const panel = this.panels.create({ viewColumn: options.column, preserveFocus: options.preserveFocus });
    return this.adopt(panel, resource, options.locked, vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One);
  }

  private adopt(panel: vscode.WebviewPanel, resource: vscode.Uri, locked: boolean, resourceColumn: vscode.ViewColumn, view?: PreviewState['view']): StackPreview {
    const preview = new StackPreview(panel, resource, locked, this.ctx, resourceColumn, view);
    this.previews.add(preview);
    const viewState = panel.onDidChangeViewState(() => this.setActive(panel.active ? preview : this.active === preview ? undefined : this.active));
    if (panel.active) this.setActive(preview);
    preview.onDidDispose(() => {
      viewState.dispose();
      this.previews.delete(preview);
      if (this.active === preview) this.setActive(undefined);
    });
    return preview;
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
}

function hostStrings(): HostStrings {
  return {
    title: (uri, locked) => (locked ? uiLocalizer().t('preview.titleLocked', fileName(uri)) : uiLocalizer().t('preview.title', fileName(uri))),
    notVirt: (uri, languageId) => uiLocalizer().t('preview.isNoLongerA', fileName(uri), languageId),
    notFound: (uri) => uiLocalizer().t('preview.cannotBeFoundIt', fileName(uri)),
    closed: (uri) => uiLocalizer().t('preview.wasClosedWithoutBeing', fileName(uri)),
    deletedButOpen: (uri) => uiLocalizer().t('preview.wasDeletedOnDisk', fileName(uri)),
  };
}

/** Registers every preview command with `commands` (the views' own table, see views.ts). */
export function registerPreviewCommands(manager: PreviewManager, commands: CommandRegistry): vscode.Disposable {
  const command = (id: string, title: string, body: (...args: never[]) => unknown) => commands.registerCommand(id, guarded(title, body));
  const current = (): StackPreview | undefined => {
    const p = manager.current;
    if (!p) void vscode.window.showWarningMessage(uiLocalizer().t('preview.openAStackPreviewFirst'));
    return p;
  };
  const open = (arg: unknown, side: boolean, locked: boolean): StackPreview | undefined => {
    const resource = targetOf(arg);
    if (!resource) return undefined;
    const base = vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One;
    return manager.open(resource, { column: side ? base + 1 : base, preserveFocus: side, locked });
  };
  return vscode.Disposable.from(
    command('virtstack.preview.open', uiLocalizer().t('preview.openPreview'), (uri?: vscode.Uri) => open(uri, false, false)),
    command('virtstack.preview.openToSide', uiLocalizer().t('preview.openPreviewToTheSide'), (uri?: vscode.Uri) => open(uri, true, false)),
    command('virtstack.preview.openLockedToSide', uiLocalizer().t('preview.openLockedPreviewToThe'), (uri?: vscode.Uri) => open(uri, true, true)),
    command('virtstack.preview.toggleLock', uiLocalizer().t('preview.togglePreviewLock'), () => {
      const p = current();
      if (p) manager.toggleLock(p);
    }),
    command('virtstack.preview.showSource', uiLocalizer().t('preview.showSource'), async () => {
      const p = current();
      if (!p) return;
      const visible = vscode.window.visibleTextEditors.find((e) => p.isPreviewOf(e.document.uri));
      const document = visible?.document ?? (await vscode.workspace.openTextDocument(p.resource));
      await vscode.window.showTextDocument(document, visible?.viewColumn ?? p.resourceColumn);
    }),
    command('virtstack.preview.refresh', uiLocalizer().t('preview.refreshPreview'), () => current()?.refresh(true)),
    command('virtstack.preview.exportSvg', uiLocalizer().t('preview.exportDiagramAsSvg'), (target?: vscode.Uri) => current()?.requestExport('svg', target instanceof vscode.Uri ? target : undefined)),
    command('virtstack.preview.exportPng', uiLocalizer().t('preview.exportDiagramAsPng'), (target?: vscode.Uri) => current()?.requestExport('png', target instanceof vscode.Uri ? target : undefined)),
    command('virtstack.preview.copyPng', uiLocalizer().t('preview.copyDiagramAsPng'), () => current()?.requestExport('clipboard')),
    command('virtstack.preview.copyMermaid', uiLocalizer().t('preview.copyDiagramAsMermaidMarkdown'), () => current()?.copyMermaid()),
  );
}

/** The file a command means: the URI it was given (explorer, editor title), else the active .virt editor's. */
function targetOf(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const editor = vscode.window.activeTextEditor;
  if (editor && editor.document.languageId !== VIRT_LANGUAGE) {
    void vscode.window.showWarningMessage(uiLocalizer().t('preview.theStackPreviewShowsVirt', editor.document.fileName.split(/[\\/]/).pop() ?? '', editor.document.languageId));
    return undefined;
  }
  return activeVirtEditor()?.document.uri;
}

