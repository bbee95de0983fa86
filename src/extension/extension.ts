// Entry point: wires the settings, the analysis cache, diagnostics, the language providers, the
// commands and the two panels into VS Code. Nothing here but construction and registration.
import * as vscode from 'vscode';
import { getLanguageService } from '../core/languageService';
import { AnalysisCache } from './analysisCache';
import { registerCheckFile } from './commands/checkFile';
import { registerGeneralCommands } from './commands/general';
import { DiagnosticsProvider } from './diagnostics';
import { uiLocalizer } from './l10n';
import { registerLanguageFeatures } from './languageFeatures';
import { PreviewManager, registerPreviewCommands } from './preview/manager';
import { SettingsReader } from './settings';
import { registerSimulationCommands } from './simulation/commands';
import { SimulationService } from './simulation/service';

/**
 * What activate() returns, for other extensions and for the integration tests, which read the
 * state of the panels through it (`vscode.extensions.getExtension(id).exports`).
 */
export interface VirtStackApi {
  /** The open stack previews. */
  readonly previews: PreviewManager;
  /** The simulation runs and their results panels. */
  readonly simulation: SimulationService;
  /** The `virtstack.*` settings as the extension reads them. */
  readonly settings: SettingsReader;
}

/** Wires the extension; VS Code disposes everything registered here when it deactivates it. */
export function activate(context: vscode.ExtensionContext): VirtStackApi {
  const log = vscode.window.createOutputChannel('VirtStack', { log: true });
  const services = { extensionUri: context.extensionUri, log };
  // First: every feature below reads settings from it and hears of changes through it.
  const settings = SettingsReader.activate(context.extension.packageJSON, log);
  const service = getLanguageService({ l10n: uiLocalizer() });
  const cache = new AnalysisCache(service);
  const diagnostics = new DiagnosticsProvider(service, cache);
  const previews = new PreviewManager(cache, services);
  const simulation = new SimulationService(cache, services);
  context.subscriptions.push(
    log,
    settings,
    cache,
    diagnostics,
    previews,
    simulation,
    registerCheckFile(cache, diagnostics),
    registerGeneralCommands(context.extensionUri),
    registerPreviewCommands(previews),
    registerSimulationCommands(simulation),
    registerLanguageFeatures(service, cache),
  );
  return { previews, simulation, settings };
}

/** Nothing to release beyond the subscriptions VS Code disposes for us. */
export function deactivate(): void {}
