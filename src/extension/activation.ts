// The wiring both entry points share (extension.ts for desktop VS Code, webExtension.ts for VS
// Code for the Web): the settings, the analysis cache, diagnostics, the language providers, the
// commands and the two panels (loaded on first use, see lazyViews.ts). Nothing here but
// construction and registration; what differs between the two hosts comes in as a HostPlatform.
import * as vscode from 'vscode';
import { getLanguageService } from '../core/languageService';
import { AnalysisCache } from './analysisCache';
import { registerGeneralCommands } from './commands/general';
import type { ImportersLoader } from './import/commands';
import { registerWalkthroughCommands } from './commands/walkthrough';
import { DiagnosticsProvider } from './diagnostics';
import { uiLocalizer } from './l10n';
import { registerLanguageFeatures } from './languageFeatures';
import { LazyViews, type ViewsLoader } from './lazyViews';
import { extendMarkdownItLazily } from './markdown/lazy';
import type { MarkdownIt } from './markdown/plugin';
import type { PreviewManager } from './preview/manager';
import { SaveBesideNotice } from './saveBeside';
import { SettingsReader } from './settings';
import type { SimulationService } from './simulation/service';
import type { SimulationRunner } from './simulation/workerProtocol';
import { registerVirtStackTasks } from './tasks/provider';

/**
 * What activate() returns, for other extensions and for the integration tests, which read the
 * state of the panels through it (`vscode.extensions.getExtension(id).exports`).
 */
export interface VirtStackApi {
  /** The open stack previews (reading it loads the views, see lazyViews.ts). */
  readonly previews: PreviewManager;
  /** The simulation runs and their results panels (reading it loads the views). */
  readonly simulation: SimulationService;
  /** The `virtstack.*` settings as the extension reads them. */
  readonly settings: SettingsReader;
  /** Tells a user when a save wrote no image beside the file for want of a preview. */
  readonly saveBeside: SaveBesideNotice;
  /** VS Code's Markdown preview calls this with its markdown-it instance: ```virt blocks draw as stacks. */
  extendMarkdownIt<T extends MarkdownIt>(md: T): T;
}

/** What differs between desktop VS Code (Node) and VS Code for the Web (a web worker). */
export interface HostPlatform {
  /** Where simulations run: a Node worker thread or a Web Worker. */
  readonly runSimulation: SimulationRunner;
  /** Loads the bundle of the preview, the simulation and the importers on first use (lazyViews.ts). */
  readonly loadViews: ViewsLoader;
  /** Loads the importer's bundle, with its YAML and XML parsers, when an import command first has files to import. */
  readonly loadImporters: ImportersLoader;
  /**
   * Loads it just after activation instead, in the background: on the web, where loading takes a
   * fetch, so that the API's synchronous `previews` and `simulation` are there when asked.
   */
  readonly preloadViews?: boolean;
}

/** Wires the extension; VS Code disposes everything registered here when it deactivates it. */
export function activateVirtStack(context: vscode.ExtensionContext, platform: HostPlatform): VirtStackApi {
  const log = vscode.window.createOutputChannel('VirtStack', { log: true });
  // First: every feature below reads settings from it and hears of changes through it.
  const settings = new SettingsReader(context.extension.packageJSON, log);
  const service = getLanguageService({ l10n: uiLocalizer() });
  const cache = new AnalysisCache(service, settings);
  const diagnostics = new DiagnosticsProvider(service, cache, settings);
  const views = new LazyViews({ extensionUri: context.extensionUri, log, settings, cache, runSimulation: platform.runSimulation, workspaceState: context.workspaceState, loadImporters: platform.loadImporters }, context.extension.packageJSON, platform.loadViews);
  const saveBeside = new SaveBesideNotice(views, log);
  context.subscriptions.push(
    log,
    settings,
    cache,
    diagnostics,
    views,
    saveBeside,
    registerGeneralCommands(context.extensionUri, cache, diagnostics),
    registerWalkthroughCommands(context.extensionUri),
    registerLanguageFeatures(service, cache),
  );
  registerVirtStackTasks(context, service);
  if (platform.preloadViews) {
    const timer = setTimeout(() => views.ready().catch((err: unknown) => log.error(`the preview, simulation and importers could not be loaded: ${err instanceof Error ? err.stack ?? err.message : String(err)}`)), 0);
    context.subscriptions.push({ dispose: () => clearTimeout(timer) });
  }
  return {
    get previews() { return views.get().previews; },
    get simulation() { return views.get().simulation; },
    settings,
    saveBeside,
    extendMarkdownIt: (md) => extendMarkdownItLazily(md, { l10n: service.l10n, analyze: (text) => service.analyze(text) }),
  };
}
