// The preview, the simulation panel and the importers: the half of the extension a session may never use, so
// it is built as its own bundle (dist/views.js) and loaded on first use by lazyViews.ts, not on
// activation. Everything it shares with the rest of the extension (the analysis cache, the
// settings reader, the log) comes in through the constructor: a module imported here is a copy of
// its own, so none of its module-level state could be shared.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import type { CommandRegistry } from './commands/general';
import { Disposable } from './dispose';
import type { PanelServices } from './panel/host';
import { type ImportersLoader, registerImportCommands } from './import/commands';
import { PreviewManager, registerPreviewCommands } from './preview/manager';
import { registerSimulationCommands } from './simulation/commands';
import { SimulationService } from './simulation/service';
import type { SimulationRunner } from './simulation/workerProtocol';

/** A command's implementation, as VS Code calls it. */
export type CommandHandler = (...args: never[]) => unknown;

/** What the views need from the rest of the extension. */
export interface ViewServices extends PanelServices {
  readonly cache: AnalysisCache;
  /** Where simulations run (a Node worker thread or a Web Worker, see activation.ts). */
  readonly runSimulation: SimulationRunner;
  /** The extension's workspaceState: choices remembered for the workspace, such as the last export theme. */
  readonly workspaceState: vscode.Memento;
  /** Loads the importer's own bundle when an import command has files to import (HostPlatform.loadImporters). */
  readonly loadImporters: ImportersLoader;
}

/** The preview, the simulation, and the commands and panel serializers that reach them. */
export class Views extends Disposable {
  /** The open stack previews. */
  readonly previews: PreviewManager;
  /** The simulation runs and their results panels. */
  readonly simulation: SimulationService;
  /** The commands of both, by id. */
  readonly commands = new Map<string, CommandHandler>();
  private readonly serializers: ReadonlyMap<string, vscode.WebviewPanelSerializer>;

  constructor(services: ViewServices) {
    super();
    const { cache, runSimulation, workspaceState, loadImporters, ...panelServices } = services;
    this.previews = this._register(new PreviewManager(cache, panelServices, workspaceState));
    this.simulation = this._register(new SimulationService(cache, panelServices, runSimulation, (resource) => this.previews.all
      .filter((p) => p.isPreviewOf(resource) && p.panel.visible && p.panel.viewColumn !== undefined)
      .map((p) => p.panel.viewColumn!)));
    const table: CommandRegistry = {
      registerCommand: (id, handler) => {
        this.commands.set(id, handler);
        return new vscode.Disposable(() => this.commands.delete(id));
      },
    };
    this._register(registerPreviewCommands(this.previews, table));
    this._register(registerSimulationCommands(this.simulation, table));
    this._register(registerImportCommands(table, loadImporters));
    this.serializers = new Map<string, vscode.WebviewPanelSerializer>([
      [this.previews.panels.viewType, this.previews.panels],
      [this.simulation.panels.factory.viewType, this.simulation.panels.factory],
    ]);
  }

  /** Revives a panel of one of the views' types that VS Code restored after a reload. */
  async revive(viewType: string, panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const serializer = this.serializers.get(viewType);
    if (!serializer) {
      panel.dispose();
      return;
    }
    await serializer.deserializeWebviewPanel(panel, state);
  }
}

