import * as vscode from 'vscode';

/** Runs a command body and turns any failure into a clear message instead of a silent stack trace. */
export function guarded<A extends unknown[]>(title: string, body: (...args: A) => unknown): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await body(...args);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      void vscode.window.showErrorMessage(vscode.l10n.t('VirtStack: {0} failed: {1}', title, reason));
    }
  };
}

/** The active editor if it shows a .virt file, else a message saying what to do. */
export function activeVirtEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === 'virt') return editor;
  void vscode.window.showWarningMessage(vscode.l10n.t('VirtStack: open a .virt file first.'));
  return undefined;
}
