// The simulation results panels: one per file, like the Markdown preview's, showing the latest
// run of that file, and revived after a window reload (the page restores its last view from its
// own state, and the panel is tied to its file again, ready to re-run).
import * as vscode from 'vscode';
import { SIMULATION_PROTOCOL, type SimulationFromWebview, type SimulationInit, type SimulationState, type SimulationStatus, type SimulationToWebview, type SimulationView } from '../../shared/simulationProtocol';
import { Disposable } from '../dispose';
import { fileName } from '../documents';
import { PanelFactory, type PanelKind, type PanelServices, WebviewPanelHost } from '../panel/host';
import { simulationHtml } from '../panel/page';
import { type PlacementGroup, resultsColumn } from './placement';
import { copyMarkdown, saveChart } from './documents';
import { simulationStrings } from './view';
import { uiLocalizer } from '../l10n';

/** The results panels: not kept alive while hidden, as the page draws its results again in a moment from what the host re-sends. */
export const SIMULATION_KIND: PanelKind<SimulationToWebview, SimulationFromWebview, SimulationState, SimulationInit> = {
  viewType: 'virtstack.simulation',
  name: 'simulation',
  protocol: SIMULATION_PROTOCOL,
  page: 'simulation',
  style: ['dist', 'webview', 'simulation', 'main.css'],
  icon: 'simulation',
  retainContextWhenHidden: false,
  html: simulationHtml,
  failure: (reason) => uiLocalizer().t('simulation.failed', reason),
};

/** What a panel asks of whoever owns the runs. */
export interface PanelHandlers {
  rerun(resource: vscode.Uri): void | Promise<void>;
  cancel(resource: vscode.Uri): void;
  reveal(resource: vscode.Uri, start: number, end: number): void | Promise<void>;
  /** The columns where a preview of the file is on screen, for placing a new panel beside them. */
  previewColumns?(resource: vscode.Uri): readonly number[];
}

/** One results panel, showing the latest run of one file. */
export class SimulationPanel extends WebviewPanelHost<SimulationToWebview, SimulationFromWebview, SimulationInit> {
  private view?: SimulationView;
  private status: SimulationStatus = { state: 'idle' };
  private focus?: 'consolidation';
  /** What the page last reported drawing. */
  rendered?: { version: number; charts: number };

  constructor(
    panel: vscode.WebviewPanel,
    readonly resource: vscode.Uri,
    services: PanelServices,
    private readonly handlers: PanelHandlers,
  ) {
    super(panel, SIMULATION_KIND, services);
    panel.title = uiLocalizer().t('simulation.panelTitle', fileName(resource));
    this.writePage({ resource: resource.toString(), title: panel.title, strings: simulationStrings((id, ...args) => uiLocalizer().t(id, ...args)) });
  }

  /** The latest run's status. */
  get state(): SimulationStatus {
    return this.status;
  }

  /** The results on display, if any. */
  get shownView(): SimulationView | undefined {
    return this.view;
  }

  /** The version of the view last sent, 0 before any. */
  get version(): number {
    return this.view?.version ?? 0;
  }

  /** Shows a new result; the page replaces its content in place. */
  show(view: SimulationView, status: SimulationStatus, focus?: 'consolidation'): void {
    this.view = view;
    this.status = status;
    this.focus = focus;
    this.post({ type: 'show', resource: this.resource.toString(), view, status, focus });
  }

  /** Changes the status line only, keeping the results on display. */
  setStatus(status: SimulationStatus): void {
    this.status = status;
    this.post({ type: 'status', status });
  }

  protected async receive(message: Exclude<SimulationFromWebview, { type: 'rejected' }>): Promise<void> {
    switch (message.type) {
      case 'ready':
        // A page that was re-created (hidden and shown again, or reloaded) gets the latest state.
        // (A page restored after a window reload shows its own saved view until a run replaces it.)
        if (this.view) this.post({ type: 'show', resource: this.resource.toString(), view: this.view, status: this.status, focus: this.focus });
        else if (this.status.state !== 'idle') this.post({ type: 'status', status: this.status });
        break;
      case 'rendered':
        this.rendered = { version: message.version, charts: message.charts };
        break;
      case 'reveal':
        await this.handlers.reveal(this.resource, message.start, message.end);
        break;
      case 'rerun':
        await this.handlers.rerun(this.resource);
        break;
      case 'cancel':
        this.handlers.cancel(this.resource);
        break;
      case 'copyMarkdown':
        await copyMarkdown(this.view, message.part);
        break;
      case 'chartExport':
        await saveChart(this.resource, message.format, message.name, message.data);
        break;
    }
  }
}

/** The open results panels, by file. */
export class SimulationPanels extends Disposable {
  private readonly panels = new Map<string, SimulationPanel>();
  /** Opens results panels and revives them after a window reload, with the same options. */
  readonly factory: PanelFactory<SimulationState>;

  constructor(
    private readonly services: PanelServices,
    private readonly handlers: PanelHandlers,
  ) {
    super();
    this.factory = new PanelFactory(SIMULATION_KIND, services, (panel, saved) => {
      let resource: vscode.Uri;
      try {
        resource = vscode.Uri.parse(saved.resource, true);
      } catch {
        services.log.warn(`a simulation panel could not be restored: ${saved.resource} is not a URI`);
        return false;
      }
      // A file has one panel; a second saved one (two windows' worth of state) is dropped.
      if (this.get(resource)) return false;
      this.adopt(panel, resource);
      return true;
    });
    this._register({ dispose: () => { for (const p of this.all) p.dispose(); } });
  }

  /** The panel of a file, if one is open. */
  get(resource: vscode.Uri): SimulationPanel | undefined {
    return this.panels.get(resource.toString());
  }

  /** Every open panel. */
  get all(): readonly SimulationPanel[] {
    return [...this.panels.values()];
  }

  /** The panel of a file, opened beside the editor and its preview (never over the preview) if there is none yet. */
  open(resource: vscode.Uri): SimulationPanel {
    const existing = this.get(resource);
    if (existing) {
      existing.reveal(undefined, true);
      return existing;
    }
    return this.adopt(this.factory.create({ viewColumn: columnFor(resource, this.handlers.previewColumns?.(resource) ?? []), preserveFocus: true }), resource);
  }

  private adopt(panel: vscode.WebviewPanel, resource: vscode.Uri): SimulationPanel {
    const p = new SimulationPanel(panel, resource, this.services, this.handlers);
    const key = resource.toString();
    this.panels.set(key, p);
    p.onDidDispose(() => {
      if (this.panels.get(key) === p) this.panels.delete(key);
    });
    return p;
  }
}

/** Where a new results panel of `resource` opens, from the editor groups on screen and its previews' columns (see placement.ts). */
function columnFor(resource: vscode.Uri, previewColumns: readonly number[]): vscode.ViewColumn {
  const groups: PlacementGroup[] = vscode.window.tabGroups.all.map((group) => ({
    column: group.viewColumn,
    tabs: group.tabs.map((tab) => ({ uri: tab.input instanceof vscode.TabInputText ? tab.input.uri.toString() : undefined, active: tab.isActive })),
  }));
  const column = resultsColumn(groups, { uri: resource.toString(), previewColumns });
  return column === 'beside' ? vscode.ViewColumn.Beside : column;
}
