// The webview side of the message channel, typed with the shared protocol.
import type { PreviewFromWebview, PreviewInit, PreviewView } from '../../shared/messages';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

// The API may be acquired only once per page.
const api = acquireVsCodeApi();

/** Sends a message to the extension host. */
export function post(message: PreviewFromWebview): void {
  api.postMessage(message);
}

/** What survives a reload of the page or of the window. */
export interface SavedState {
  readonly resource: string;
  readonly locked: boolean;
  readonly view?: PreviewView;
}

/** Stores the state VS Code hands back to the page and to the panel serializer after a reload. */
export function saveState(state: SavedState): void {
  api.setState(state);
}

/** The state stored by an earlier instance of this page, if any. */
export function savedState(): Partial<SavedState> | undefined {
  const s = api.getState();
  return typeof s === 'object' && s !== null ? (s as Partial<SavedState>) : undefined;
}

/** The init data the host put into the page. */
export function readInit(): PreviewInit {
  const meta = document.getElementById('virtstack-preview-init');
  return JSON.parse(meta?.getAttribute('data-init') ?? '{}') as PreviewInit;
}
