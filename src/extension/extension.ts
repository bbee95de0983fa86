import * as vscode from 'vscode';
import { AnalysisCache } from './analysisCache';
import { registerCheckFile } from './commands/checkFile';
import { registerLanguageReference } from './commands/languageReference';
import { registerNewFile } from './commands/newFile';
import { DiagnosticsProvider } from './diagnostics';
import { registerPreview } from './preview/register';
import { getLanguageService } from '../core/languageService';
import { uiLocalizer } from './l10n';
import { registerLanguageFeatures } from './languageFeatures';
import { registerSimulation } from './simulation/register';

/** Entry point: wires the VirtStack providers, commands and panels into VS Code. */
export function activate(context: vscode.ExtensionContext): void {
  const service = getLanguageService({ l10n: uiLocalizer() });
  const cache = new AnalysisCache(service);
  const diagnostics = new DiagnosticsProvider(service, cache);
  context.subscriptions.push(
    cache,
    diagnostics,
    registerCheckFile(cache, diagnostics),
    registerNewFile(),
    registerLanguageReference(context),
    registerPreview(context, cache),
    registerLanguageFeatures(service, cache),
    registerSimulation(context, cache),
  );
}

/** Nothing to release beyond the subscriptions VS Code disposes for us. */
export function deactivate(): void {}
