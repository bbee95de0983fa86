// Wires the stack preview into VS Code: the manager, its serializer, commands and settings.
import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import { onSettingsChange } from '../settings';
import { registerPreviewCommands } from './commands';
import type { HostStrings } from './context';
import { PreviewManager } from './manager';
import { PREVIEW_VIEW_TYPE } from './preview';
import { diagramStrings, updateStrings } from './strings';

/** Registers everything of the preview; the returned disposable undoes it. */
export function registerPreview(context: vscode.ExtensionContext, cache: AnalysisCache, log: vscode.LogOutputChannel): vscode.Disposable {
  const words = diagramStrings(vscode.l10n);
  const manager = new PreviewManager(context.extensionUri, {
    cache,
    log,
    strings: hostStrings(),
    updateStrings: updateStrings(vscode.l10n),
    diagramOptions: (showResources) => ({ showResources, strings: words, maxLineLength: 36 }),
  });
  return vscode.Disposable.from(
    manager,
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, manager),
    ...registerPreviewCommands(manager),
    // After the cache has dropped its analyses and diagnostics have run again (see settings.ts).
    onSettingsChange('views', (change) => {
      if (change.affects('preview') || change.affects('validation')) manager.refreshAll();
    }),
  );
}

function hostStrings(): HostStrings {
  const name = (uri: vscode.Uri): string => decodeURIComponent(uri.path.split('/').pop() ?? uri.toString());
  return {
    title: (uri, locked) => (locked ? vscode.l10n.t('[Preview] {0}', name(uri)) : vscode.l10n.t('Preview {0}', name(uri))),
    notVirt: (uri, languageId) => vscode.l10n.t('{0} is no longer a VirtStack file (its language is {1}); the last diagram is shown dimmed.', name(uri), languageId),
    notFound: (uri) => vscode.l10n.t('{0} cannot be found: it was deleted or moved. The last diagram is shown dimmed.', name(uri)),
    closed: (uri) => vscode.l10n.t('{0} was closed without being saved. The last diagram is shown dimmed.', name(uri)),
    deletedButOpen: (uri) => vscode.l10n.t('{0} was deleted on disk; the preview shows the text still open in the editor.', name(uri)),
  };
}
