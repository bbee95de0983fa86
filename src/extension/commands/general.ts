// The commands that are not part of a feature (Check Current File, New Stack File, Show Language
// Reference), and the guard every command of the extension runs in.
import * as vscode from 'vscode';
import { VIRT_LANGUAGE, fileName } from '../documents';
import { uiLocale, uiLocalizer } from '../l10n';
import type { AnalysisCache } from '../analysisCache';
import type { DiagnosticsProvider } from '../diagnostics';

/** Runs a command body and turns any failure into a clear message instead of a silent stack trace. */
export function guarded<A extends unknown[]>(title: string, body: (...args: A) => unknown): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await body(...args);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      void vscode.window.showErrorMessage(uiLocalizer().t('command.failed', title, reason));
    }
  };
}

/** Where a feature registers its commands: \`vscode.commands\`, or a table that VS Code reaches through stubs (views.ts). */
export interface CommandRegistry {
  registerCommand(id: string, handler: (...args: never[]) => unknown): vscode.Disposable;
}

/** The active editor if it shows a .virt file, else a message saying what to do. */
export function activeVirtEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === VIRT_LANGUAGE) return editor;
  void vscode.window.showWarningMessage(uiLocalizer().t('command.openAVirtFileFirst'));
  return undefined;
}

// A small, valid stack that shows the two ways a machine is used; a learner edits from here.
const STARTER = `stack "My stack"

# The physical server: everything below runs on it.
hardware server1 {
  cpu 16 cores
  memory 64 GiB

  # Type 1: the hypervisor runs directly on the hardware.
  hypervisor kvm {
    vm web {
      vcpu 4
      memory 8 GiB
      os linux "Ubuntu 24.04"
      middleware nginx
      app shop { load daily 20%..80% peak 14:00 }
    }
  }
}
`;

/** "Check Current File", "New Stack File" (an untitled .virt document with a starter stack) and "Show Language Reference". */
export function registerGeneralCommands(extensionUri: vscode.Uri, cache: AnalysisCache, diagnostics: DiagnosticsProvider): vscode.Disposable {
  return vscode.Disposable.from(
    registerCheckFile(cache, diagnostics),
    vscode.commands.registerCommand('virtstack.newFile', guarded(uiLocalizer().t('command.newStackFile'), async () => {
      const document = await vscode.workspace.openTextDocument({ language: VIRT_LANGUAGE, content: STARTER });
      await vscode.window.showTextDocument(document);
    })),
    // The shipped docs/language.md (docs/language.ko.md under a Korean display) in VS Code's Markdown preview.
    vscode.commands.registerCommand('virtstack.showLanguageReference', guarded(uiLocalizer().t('command.showLanguageReference'), async () => {
      const uri = vscode.Uri.joinPath(extensionUri, 'docs', languageReferenceFile(uiLocale()));
      await vscode.workspace.fs.stat(uri); // a clear "file not found" instead of an empty preview
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    })),
  );
}

/** The language reference for a display language: Korean for `ko` and `ko-*`, else English. */
export function languageReferenceFile(language: string): string {
  return /^ko(-|$)/i.test(language) ? 'language.ko.md' : 'language.md';
}

/** "Check Current File": checks now and says what it found, opening the Problems panel if there is anything. */
function registerCheckFile(cache: AnalysisCache, diagnostics: DiagnosticsProvider): vscode.Disposable {
  return vscode.commands.registerCommand('virtstack.checkFile', guarded(uiLocalizer().t('command.checkCurrentFile'), async () => {
    const editor = activeVirtEditor();
    if (!editor) return;
    diagnostics.check(editor.document);
    const found = cache.get(editor.document).diagnostics;
    const count = (s: string) => found.filter((d) => d.severity === s).length;
    const errors = count('error');
    const warnings = count('warning');
    const notes = found.length - errors - warnings;
    const name = fileName(editor.document.uri);
    if (found.length === 0) {
      void vscode.window.showInformationMessage(uiLocalizer().t('command.hasNoProblems', name));
      return;
    }
    void vscode.window.showInformationMessage(uiLocalizer().t('command.fileSummary', name, errors, warnings, notes));
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  }));
}
