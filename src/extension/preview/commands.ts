// The preview's commands. Open and Open to the Side mirror the Markdown preview's (and their
// keybindings); the rest act on the focused preview, or on the one showing the active file.
import * as vscode from 'vscode';
import { VIRT_LANGUAGE } from '../analysisCache';
import { activeVirtEditor, guarded } from '../commands/general';
import type { PreviewManager } from './manager';
import type { StackPreview } from './preview';

/** Registers every preview command. */
export function registerPreviewCommands(manager: PreviewManager): vscode.Disposable[] {
  const command = (id: string, title: string, body: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, guarded(title, body));
  const current = (): StackPreview | undefined => {
    const p = manager.current;
    if (!p) void vscode.window.showWarningMessage(vscode.l10n.t('VirtStack: open a stack preview first.'));
    return p;
  };
  const open = (arg: unknown, side: boolean, locked: boolean): StackPreview | undefined => {
    const resource = targetOf(arg);
    if (!resource) return undefined;
    const base = vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One;
    return manager.open(resource, { column: side ? base + 1 : base, preserveFocus: side, locked });
  };
  return [
    command('virtstack.preview.open', vscode.l10n.t('Open Preview'), (uri?: vscode.Uri) => open(uri, false, false)),
    command('virtstack.preview.openToSide', vscode.l10n.t('Open Preview to the Side'), (uri?: vscode.Uri) => open(uri, true, false)),
    command('virtstack.preview.openLockedToSide', vscode.l10n.t('Open Locked Preview to the Side'), (uri?: vscode.Uri) => open(uri, true, true)),
    command('virtstack.preview.toggleLock', vscode.l10n.t('Toggle Preview Lock'), () => {
      const p = current();
      if (p) manager.toggleLock(p);
    }),
    command('virtstack.preview.showSource', vscode.l10n.t('Show Source'), async () => {
      const p = current();
      if (!p) return;
      const visible = vscode.window.visibleTextEditors.find((e) => p.isPreviewOf(e.document.uri));
      const document = visible?.document ?? (await vscode.workspace.openTextDocument(p.resource));
      await vscode.window.showTextDocument(document, visible?.viewColumn ?? p.resourceColumn);
    }),
    command('virtstack.preview.refresh', vscode.l10n.t('Refresh Preview'), () => current()?.refresh(true)),
    command('virtstack.preview.exportSvg', vscode.l10n.t('Export Diagram as SVG'), (target?: vscode.Uri) => current()?.requestExport('svg', target instanceof vscode.Uri ? target : undefined)),
    command('virtstack.preview.exportPng', vscode.l10n.t('Export Diagram as PNG'), (target?: vscode.Uri) => current()?.requestExport('png', target instanceof vscode.Uri ? target : undefined)),
    command('virtstack.preview.copyMermaid', vscode.l10n.t('Copy Diagram as Mermaid Markdown'), () => current()?.copyMermaid()),
    // Automation (integration tests): not in the palette, and harmless to a user.
    vscode.commands.registerCommand('_virtstack.preview.inspect', () => manager.all.map(describe)),
    vscode.commands.registerCommand('_virtstack.preview.clickBlock', (diagram: string, block: string) => manager.current?.clickBlock(String(diagram), String(block))),
    vscode.commands.registerCommand('_virtstack.preview.zoom', (action: 'in' | 'out' | 'fit' | 'reset') => manager.current?.zoom(action)),
    vscode.commands.registerCommand('_virtstack.preview.reloadAll', () => manager.reloadAll()),
  ];
}

/** The file a command means: the URI it was given (explorer, editor title), else the active .virt editor's. */
function targetOf(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const editor = vscode.window.activeTextEditor;
  if (editor && editor.document.languageId !== VIRT_LANGUAGE) {
    void vscode.window.showWarningMessage(vscode.l10n.t('VirtStack: the stack preview shows .virt files; {0} is {1}.', editor.document.fileName.split(/[\\/]/).pop() ?? '', editor.document.languageId));
    return undefined;
  }
  return activeVirtEditor()?.document.uri;
}

/** What a test can see of a preview. */
function describe(p: StackPreview) {
  return {
    resource: p.resource.toString(),
    locked: p.isLocked,
    title: p.panel.title,
    viewColumn: p.panel.viewColumn,
    active: p.panel.active,
    visible: p.panel.visible,
    view: p.view,
    rendered: p.rendered,
    counts: { ...p.counts },
    highlight: p.lastHighlight,
    notice: p.lastNotice,
  };
}
