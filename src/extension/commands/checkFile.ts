import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import type { DiagnosticsProvider } from '../diagnostics';
import { activeVirtEditor, guarded } from './general';
import { uiLocalizer } from '../l10n';

/** "Check Current File": checks now and says what it found, opening the Problems panel if there is anything. */
export function registerCheckFile(cache: AnalysisCache, diagnostics: DiagnosticsProvider): vscode.Disposable {
  return vscode.commands.registerCommand('virtstack.checkFile', guarded(uiLocalizer().t('command.checkCurrentFile'), async () => {
    const editor = activeVirtEditor();
    if (!editor) return;
    diagnostics.check(editor.document);
    const found = cache.get(editor.document).diagnostics;
    const count = (s: string) => found.filter((d) => d.severity === s).length;
    const errors = count('error');
    const warnings = count('warning');
    const notes = found.length - errors - warnings;
    const name = editor.document.uri.path.split('/').pop() ?? 'file';
    if (found.length === 0) {
      void vscode.window.showInformationMessage(uiLocalizer().t('command.hasNoProblems', name));
      return;
    }
    void vscode.window.showInformationMessage(uiLocalizer().t('command.fileSummary', name, errors, warnings, notes));
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  }));
}
