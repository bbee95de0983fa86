// A page's link to the extension host, the same for every VirtStack page: the webview API
// (which may be acquired only once), the init data the host wrote into the page, typed posts,
// messages from the host checked by the panel's protocol before the page uses them (a bad one
// is reported back to the host's log instead), and the state kept across reloads.
import { type PanelProtocol, type RejectedMessage, summarize } from '../shared/protocol';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** The page's side of the channel. */
export interface HostChannel<ToPage, FromPage, State> {
  /** Sends a message to the host. */
  post(message: FromPage): void;
  /** Calls `handler` with each message from the host that passes the protocol's check. */
  onMessage(handler: (message: ToPage) => void): void;
  /** The state an earlier instance of this page saved, checked; undefined when there is none of ours. */
  restore(): State | undefined;
  /** Saves the state VS Code hands back to the page, and to the panel's serializer, after a reload. */
  save(state: State): void;
}

/** The init data the host wrote into the page (panel/page.ts), in the `<meta>` the protocol names. */
export function readInit<Init>(protocol: PanelProtocol<unknown, unknown, unknown>): Init {
  const meta = document.getElementById(protocol.initId);
  return JSON.parse(meta?.getAttribute('data-init') ?? '{}') as Init;
}

/** Connects the page to the host through a panel's protocol; call it once per page. */
export function connect<ToPage, FromPage, State>(protocol: PanelProtocol<ToPage, FromPage, State>): HostChannel<ToPage, FromPage, State> {
  const api = acquireVsCodeApi();
  return {
    post: (message) => api.postMessage(message),
    onMessage(handler) {
      window.addEventListener('message', (event: MessageEvent<unknown>) => {
        const message = protocol.parseToPage(event.data);
        if (message === undefined) api.postMessage({ type: 'rejected', message: summarize(event.data, 500) } satisfies RejectedMessage);
        else handler(message);
      });
    },
    restore: () => protocol.parseState(api.getState()),
    save: (state) => api.setState(state),
  };
}
