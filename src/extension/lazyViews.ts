// Activation without the views: the preview, the simulation and the importers (views.ts) are a
// bundle of their own, loaded the first time one of their commands runs, one of their panels is
// revived after a reload, or the API is asked for them. Until then their commands and panel
// serializers are stubs registered here, read from package.json so that the two cannot drift.
// How the bundle is loaded is the host's (HostPlatform.loadViews): a require() of dist/views.js on
// desktop, at once; a fetch of dist/web/views.js on the web (webModule.ts), which cannot be.
import * as vscode from 'vscode';
import { Disposable } from './dispose';
import { viewCommandIds, viewTypes } from './manifest';
import type { Views, ViewServices } from './views';

/** The views' module, as views.ts exports it. */
export type ViewsModule = typeof import('./views');

/** Loads the views' module: at once where the host can (desktop), or later (the web). */
export type ViewsLoader = () => ViewsModule | Promise<ViewsModule>;

/** The views, built on first use. */
export class LazyViews extends Disposable {
  private views: Views | undefined;
  private loading: Promise<Views> | undefined;

  constructor(
    private readonly services: ViewServices,
    manifest: unknown,
    private readonly load: ViewsLoader,
  ) {
    super();
    for (const id of viewCommandIds(manifest)) {
      this._register(vscode.commands.registerCommand(id, async (...args: never[]) => {
        const handler = (await this.ready()).commands.get(id);
        if (!handler) throw new Error(`the command ${id} is declared in package.json but not implemented`);
        return handler(...args);
      }));
    }
    for (const viewType of viewTypes(manifest)) {
      this._register(vscode.window.registerWebviewPanelSerializer(viewType, {
        deserializeWebviewPanel: async (panel, state) => (await this.ready()).revive(viewType, panel, state),
      }));
    }
  }

  /** The views if they are loaded; never loads them. */
  get loaded(): Views | undefined {
    return this.views;
  }

  /**
   * The views, loading them now where the host loads synchronously. On the web, until ready()
   * has finished this throws (and starts the load): activation preloads them there.
   */
  get(): Views {
    if (this.views) return this.views;
    this.checkAlive();
    const loaded = this.load();
    if (loaded instanceof Promise) {
      this.loading ??= this.settle(loaded);
      throw new Error('the VirtStack views are still loading; try again in a moment');
    }
    return this.build(loaded);
  }

  /** The views once loaded; one load at a time, and a failed load is tried again by the next call. */
  ready(): Promise<Views> {
    if (this.views) return Promise.resolve(this.views);
    this.checkAlive();
    this.loading ??= this.settle(Promise.resolve(this.load()));
    return this.loading;
  }

  private settle(loading: Promise<ViewsModule>): Promise<Views> {
    return loading.then(
      (module) => this.build(module),
      (err: unknown) => {
        this.loading = undefined;
        throw err;
      },
    );
  }

  private build(module: ViewsModule): Views {
    this.checkAlive();
    this.views ??= this._register(new module.Views(this.services));
    return this.views;
  }

  private checkAlive(): void {
    if (this.isDisposed) throw new Error('VirtStack has been deactivated');
  }
}
