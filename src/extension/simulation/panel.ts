import * as vscode from 'vscode';
import { parseSimulationMessage, type SimulationFromWebview, type SimulationStatus, type SimulationToWebview, type SimulationView } from '../../shared/messages';
import { makeNonce } from '../webviewPage';
import { simulationHtml } from './html';
import { simulationStrings } from './pageStrings';
import { translate } from './strings';

/** The webview type of results panels, also their serializer's key. */
export const SIMULATION_VIEW_TYPE = 'virtstack.simulation';

/** What a panel asks of whoever owns the runs. */
export interface PanelHandlers {
  rerun(resource: vscode.Uri): void;
  cancel(resource: vscode.Uri): void;
  reveal(resource: vscode.Uri, start: number, end: number): void;
}

/** Options every results webview gets: scripts on, files only from its own build folder and media/. */
export function panelOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableFindWidget: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'simulation'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

/** One results panel, showing the latest run of one file. */
export class SimulationPanel implements vscode.Disposable {
  private view?: SimulationView;
  private status: SimulationStatus = { state: 'idle' };
  private focus?: 'consolidation';
  private readonly subscriptions: vscode.Disposable[] = [];
  private disposed = false;
  private readonly disposedEmitter = new vscode.EventEmitter<void>();
  /** Fires when the user closes the panel. */
  readonly onDidDispose = this.disposedEmitter.event;
  /** What the page last reported drawing, for tests and diagnostics. */
  rendered?: { version: number; charts: number };

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly resource: vscode.Uri,
    extensionUri: vscode.Uri,
    private readonly handlers: PanelHandlers,
  ) {
    const webview = panel.webview;
    const dist = vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'simulation');
    panel.title = vscode.l10n.t('Simulation: {0}', resource.path.split('/').pop() ?? '');
    panel.iconPath = { light: vscode.Uri.joinPath(extensionUri, 'media', 'simulation-light.svg'), dark: vscode.Uri.joinPath(extensionUri, 'media', 'simulation-dark.svg') };
    webview.html = simulationHtml(
      { cspSource: webview.cspSource, nonce: makeNonce(), scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'main.js')).toString(), styleUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'main.css')).toString() },
      { resource: resource.toString(), strings: simulationStrings(translate) },
    );
    this.subscriptions.push(
      webview.onDidReceiveMessage((raw: unknown) => {
        const message = parseSimulationMessage(raw);
        if (message) this.receive(message);
      }),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  /** The latest run's status. */
  get state(): SimulationStatus {
    return this.status;
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

  /** Brings the panel forward without taking the focus from the editor. */
  reveal(column?: vscode.ViewColumn): void {
    this.panel.reveal(column, true);
  }

  private receive(message: SimulationFromWebview): void {
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
        this.handlers.reveal(this.resource, message.start, message.end);
        break;
      case 'rerun':
        this.handlers.rerun(this.resource);
        break;
      case 'cancel':
        this.handlers.cancel(this.resource);
        break;
    }
  }

  private post(message: SimulationToWebview): void {
    // A run may finish after the user closed its panel.
    if (!this.disposed) void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const s of this.subscriptions.splice(0)) s.dispose();
    this.disposedEmitter.fire();
    this.disposedEmitter.dispose();
    this.panel.dispose();
  }
}
