import * as vscode from 'vscode';
import { guarded } from './guard';

/** "Show Language Reference": the shipped docs/language.md in VS Code's Markdown preview. */
export function registerLanguageReference(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand('virtstack.showLanguageReference', guarded(vscode.l10n.t('Show Language Reference'), async () => {
    const uri = vscode.Uri.joinPath(context.extensionUri, 'docs', 'language.md');
    await vscode.workspace.fs.stat(uri); // a clear "file not found" instead of an empty preview
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  }));
}
