import * as vscode from 'vscode';
import { AnalysisCache } from './analysisCache';
import { registerCheckFile } from './commands/checkFile';
import { registerGeneralCommands } from './commands/general';
import { DiagnosticsProvider } from './diagnostics';
import { registerPreview } from './preview/register';
import { registerCompletion } from './providers/completion';
import { registerDefinition } from './providers/definition';
import { registerFolding } from './providers/folding';
import { registerFormatting } from './providers/formatting';
import { registerHover } from './providers/hover';
import { registerQuickFixes } from './providers/quickFixes';
import { registerReferences } from './providers/references';
import { registerRename } from './providers/rename';
import { registerSelectionRanges } from './providers/selectionRanges';
import { registerSymbols } from './providers/symbols';
import { SettingsReader } from './settings';
import { registerSimulation } from './simulation/register';

/** Entry point: wires the VirtStack providers, commands and panels into VS Code. */
export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('VirtStack', { log: true });
  // First: every feature below reads settings from it and hears of changes through it.
  const settings = SettingsReader.activate(context.extension.packageJSON, log);
  const cache = new AnalysisCache();
  const diagnostics = new DiagnosticsProvider(cache);
  context.subscriptions.push(
    log,
    settings,
    cache,
    diagnostics,
    registerCheckFile(cache, diagnostics),
    registerGeneralCommands(context.extensionUri),
    registerPreview(context, cache, log),
    registerCompletion(cache),
    registerHover(cache),
    registerQuickFixes(cache),
    registerSymbols(cache),
    registerFolding(cache),
    registerSelectionRanges(cache),
    registerDefinition(cache),
    registerReferences(cache),
    registerRename(cache),
    registerFormatting(),
    registerSimulation(context, cache),
  );
}

/** Nothing to release beyond the subscriptions VS Code disposes for us. */
export function deactivate(): void {}
