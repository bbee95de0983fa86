// The base of VirtStack's webview panels (the stack preview and the simulation results): the
// same webview options whether a panel is opened or revived after a reload, the HTML shell,
// typed messages checked by one validator per direction (a bad one logged the same way for
// every panel), the saved state a reload brings back, and disposal. Modelled on the Markdown
// preview's manager and dynamic preview.
import * as vscode from 'vscode';
import { type PanelProtocol, type RejectedMessage, summarize } from '../../shared/protocol';
import { Disposable } from '../dispose';
import type { SettingsReader } from '../settings';
import { makeNonce, type PageResources } from './page';

/** What makes one kind of panel: its view type, protocol, page and policies. */
export interface PanelKind<ToPage, FromPage, State, Init> {
  /** The webview type, also the serializer's key and the `activeWebviewPanelId` of `when` clauses. */
  readonly viewType: string;
  /** How log lines name it. */
  readonly name: string;
  readonly protocol: PanelProtocol<ToPage, FromPage, State>;
  /** The page's build folder under dist/webview/, which holds its main.js. */
  readonly page: string;
  /** The page's stylesheet, as a path from the extension's root. */
  readonly style: readonly string[];
  /** The panel's icons: media/<icon>-light.svg and -dark.svg. */
  readonly icon: string;
  /** Keep the page alive while hidden: worth its memory only where drawing again is slow. */
  readonly retainContextWhenHidden: boolean;
  /** The page's HTML. */
  html(resources: PageResources, init: Init): string;
  /** What the user is told when handling a message from the page failed. */
  failure(reason: string): string;
}

/** What every panel shares: where the extension's files are, the log bad messages go to, and the settings. */
export interface PanelServices {
  readonly extensionUri: vscode.Uri;
  readonly log: vscode.LogOutputChannel;
  readonly settings: SettingsReader;
}

/**
 * Opens the panels of one kind, and revives them after a window reload from the state their
 * page saved (checked by the protocol; a state that is not one of ours is logged and its panel
 * closed rather than left empty).
 */
export class PanelFactory<State> implements vscode.WebviewPanelSerializer {
  constructor(
    private readonly kind: PanelKind<unknown, unknown, State, never>,
    private readonly services: PanelServices,
    /** Makes the panel object for a revived webview; false when the state names nothing it can show. */
    private readonly revive: (panel: vscode.WebviewPanel, state: State) => boolean,
  ) {}

  /** The webview type it opens and revives. */
  get viewType(): string {
    return this.kind.viewType;
  }

  /** Scripts on, no forms, files only from the page's build folder and media/: the same for a new panel and a revived one. */
  get options(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    const root = this.services.extensionUri;
    return {
      enableScripts: true,
      enableForms: false,
      enableFindWidget: true,
      retainContextWhenHidden: this.kind.retainContextWhenHidden,
      localResourceRoots: [vscode.Uri.joinPath(root, 'dist', 'webview', this.kind.page), vscode.Uri.joinPath(root, 'media')],
    };
  }

  /** A new webview panel. */
  create(show: { readonly viewColumn: vscode.ViewColumn; readonly preserveFocus: boolean }): vscode.WebviewPanel {
    return vscode.window.createWebviewPanel(this.kind.viewType, '', show, this.options);
  }

  /** Revives a panel VS Code restored after a reload, from the state its page saved. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const saved = this.kind.protocol.parseState(state);
    if (saved === undefined) {
      // Nothing to show: do not leave an empty panel behind.
      this.services.log.warn(`a ${this.kind.name} panel could not be restored from its saved state: ${summarize(state)}`);
      panel.dispose();
      return;
    }
    // A revived panel keeps the panel options it was saved with; its webview gets ours again.
    panel.webview.options = this.options;
    if (!this.revive(panel, saved)) panel.dispose();
  }
}

/** One panel: owns its webview panel, writes its page, and checks what crosses both ways. */
export abstract class WebviewPanelHost<ToPage, FromPage extends { readonly type: string }, Init> extends Disposable {
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  /** Fires once, when the panel is closed or disposed. */
  readonly onDidDispose = this.disposeEmitter.event;

  protected constructor(
    readonly panel: vscode.WebviewPanel,
    protected readonly kind: PanelKind<ToPage, FromPage, unknown, Init>,
    protected readonly services: PanelServices,
  ) {
    super();
    const media = (name: string): vscode.Uri => vscode.Uri.joinPath(services.extensionUri, 'media', name);
    panel.iconPath = { light: media(`${kind.icon}-light.svg`), dark: media(`${kind.icon}-dark.svg`) };
    // Registered first, so disposed last: every listener is gone before the panel closes.
    this._register(panel);
    this._register(panel.onDidDispose(() => this.dispose()));
    this._register(panel.webview.onDidReceiveMessage((raw: unknown) => this.deliver(raw)));
  }

  /** Writes the page (again) with its init data; a fresh nonce each time. */
  protected writePage(init: Init): void {
    const webview = this.panel.webview;
    const uri = (...path: string[]): string => webview.asWebviewUri(vscode.Uri.joinPath(this.services.extensionUri, ...path)).toString();
    webview.html = this.kind.html({ cspSource: webview.cspSource, nonce: makeNonce(), lang: vscode.env.language, scriptUri: uri('dist', 'webview', this.kind.page, 'main.js'), styleUri: uri(...this.kind.style) }, init);
  }

  /**
   * Handles a message from the page: checked by the protocol first, and logged, not used, when
   * it does not pass. The webview calls it; so may code that acts for the page.
   */
  deliver(raw: unknown): void {
    if (this.isDisposed) return;
    const message = this.kind.protocol.parseFromPage(raw);
    if (message === undefined) {
      this.services.log.warn(`ignored a malformed message from the ${this.kind.name} page: ${summarize(raw)}`);
      return;
    }
    if (message.type === 'rejected') {
      this.services.log.warn(`the ${this.kind.name} page ignored a malformed message from the host: ${(message as unknown as RejectedMessage).message}`);
      return;
    }
    let handled: void | Promise<void>;
    try {
      handled = this.receive(message as Exclude<FromPage, RejectedMessage>);
    } catch (err) {
      handled = Promise.reject(err);
    }
    void Promise.resolve(handled).catch((err: unknown) => {
      const reason = err instanceof Error ? err.message : String(err);
      this.services.log.error(`${this.kind.name}: handling '${message.type}' failed: ${err instanceof Error ? err.stack ?? reason : reason}`);
      void vscode.window.showErrorMessage(this.kind.failure(reason));
    });
  }

  /** A checked message from the page. */
  protected abstract receive(message: Exclude<FromPage, RejectedMessage>): void | Promise<void>;

  /** Sends a message to the page; false once the panel is closed (a run may end after that). */
  post(message: ToPage): boolean {
    if (this.isDisposed) return false;
    void this.panel.webview.postMessage(message);
    return true;
  }

  /** Brings the panel forward. */
  reveal(column?: vscode.ViewColumn, preserveFocus = false): void {
    this.panel.reveal(column, preserveFocus);
  }

  /** Releases every listener and closes the panel; closing the panel calls this too. */
  override dispose(): void {
    if (this.isDisposed) return;
    try {
      super.dispose();
    } finally {
      this.disposeEmitter.fire();
      this.disposeEmitter.dispose();
    }
  }
}
