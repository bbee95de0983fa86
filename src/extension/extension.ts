import * as vscode from 'vscode';
import { AnalysisCache } from './analysisCache';
import { registerCheckFile } from './commands/checkFile';
import { registerLanguageReference } from './commands/languageReference';
import { registerNewFile } from './commands/newFile';
import { DiagnosticsProvider } from './diagnostics';

/** Entry point: wires the VirtStack providers, commands and panels into VS Code. */
export function activate(context: vscode.ExtensionContext): void {
  const cache = new AnalysisCache();
  const diagnostics = new DiagnosticsProvider(cache);
  context.subscriptions.push(
    cache,
    diagnostics,
    registerCheckFile(cache, diagnostics),
    registerNewFile(),
    registerLanguageReference(context),
  );
}

/** Nothing to release beyond the subscriptions VS Code disposes for us. */
export function deactivate(): void {}
