// The page's link to VS Code: the webview API (acquired once), its init data and saved state.
import type { SimulationFromWebview, SimulationInit, SimulationStatus, SimulationView } from '../../shared/messages';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();

/** What the page keeps across reloads: its file, the view on display and the status. */
export interface SavedState {
  readonly resource: string;
  readonly view?: SimulationView;
  readonly status?: SimulationStatus;
}

/** The init data the host put in the page. */
export function readInit(): SimulationInit {
  const meta = document.getElementById('virtstack-simulation-init');
  return JSON.parse(meta?.getAttribute('data-init') ?? '{}') as SimulationInit;
}

/** Sends a message to the extension host. */
export function post(message: SimulationFromWebview): void {
  vscode.postMessage(message);
}

/** The state saved before a reload, if it is one of ours. */
export function savedState(): SavedState | undefined {
  const s = vscode.getState() as SavedState | undefined;
  return s && typeof s.resource === 'string' ? s : undefined;
}

/** Saves the state VS Code hands back after a reload (and to the serializer). */
export function saveState(state: SavedState): void {
  vscode.setState(state);
}
