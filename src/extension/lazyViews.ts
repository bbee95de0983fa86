// Activation without the views: the preview and the simulation (views.ts) are a bundle of their
// own, dist/views.js, loaded the first time one of their commands runs, one of their panels is
// revived after a reload, or the API is asked for them. Until then their commands and panel
// serializers are stubs registered here, read from package.json so that the two cannot drift.
import * as vscode from 'vscode';
import { Disposable } from './dispose';
import { viewCommandIds, viewTypes } from './manifest';
import type { Views, ViewServices } from './views';

/** The views, built on first use. */
export class LazyViews extends Disposable {
  private views: Views | undefined;

  constructor(
    private readonly services: ViewServices,
    manifest: unknown,
  ) {
    super();
    for (const id of viewCommandIds(manifest)) {
      this._register(vscode.commands.registerCommand(id, (...args: never[]) => {
        const handler = this.get().commands.get(id);
        if (!handler) throw new Error(`the command ${id} is declared in package.json but not implemented`);
        return handler(...args);
      }));
    }
    for (const viewType of viewTypes(manifest)) {
      this._register(vscode.window.registerWebviewPanelSerializer(viewType, {
        deserializeWebviewPanel: (panel, state) => this.get().revive(viewType, panel, state),
      }));
    }
  }

  /** The views, loading dist/views.js the first time. */
  get(): Views {
    if (this.isDisposed) throw new Error('VirtStack has been deactivated');
    if (!this.views) {
      // A require() at run time, not an import: scripts/build.mjs leaves './views' out of
      // extension.js, so that activation does not load it. Under tsx (unit tests) it is views.ts.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { Views: ViewsClass } = require('./views') as typeof import('./views');
      this.views = this._register(new ViewsClass(this.services));
    }
    return this.views;
  }
}
