import * as vscode from 'vscode';
import { parseSimulationState } from '../../shared/messages';
import { type PanelHandlers, panelOptions, SIMULATION_VIEW_TYPE, SimulationPanel } from './panel';

/**
 * The open results panels, one per file like the Markdown preview's, and their revival after a
 * window reload: the page restores its last view from its own state and the panel is tied to
 * its file again, ready to re-run.
 */
export class SimulationPanels implements vscode.WebviewPanelSerializer, vscode.Disposable {
  private readonly panels = new Map<string, SimulationPanel>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly handlers: PanelHandlers,
  ) {}

  /** The panel of a file, if one is open. */
  get(resource: vscode.Uri): SimulationPanel | undefined {
    return this.panels.get(resource.toString());
  }

  /** Every open panel. */
  get all(): readonly SimulationPanel[] {
    return [...this.panels.values()];
  }

  /** The panel of a file, opened beside the editor if there is none yet. */
  open(resource: vscode.Uri): SimulationPanel {
    const existing = this.get(resource);
    if (existing) {
      existing.reveal();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(SIMULATION_VIEW_TYPE, '', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, panelOptions(this.extensionUri));
    return this.adopt(panel, resource);
  }

  /** Revives a panel after a reload from the state its page saved. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const saved = parseSimulationState(state);
    let resource: vscode.Uri | undefined;
    try {
      resource = saved ? vscode.Uri.parse(saved.resource, true) : undefined;
    } catch {
      resource = undefined;
    }
    if (!resource || this.get(resource)) {
      panel.dispose();
      return;
    }
    panel.webview.options = panelOptions(this.extensionUri);
    this.adopt(panel, resource);
  }

  private adopt(panel: vscode.WebviewPanel, resource: vscode.Uri): SimulationPanel {
    const p = new SimulationPanel(panel, resource, this.extensionUri, this.handlers);
    const key = resource.toString();
    this.panels.set(key, p);
    p.onDidDispose(() => {
      if (this.panels.get(key) === p) this.panels.delete(key);
    });
    return p;
  }

  dispose(): void {
    for (const p of this.all) p.dispose();
    this.panels.clear();
  }
}
