// The entry point of VS Code for the Web (package.json's `browser`, bundled to dist/web/extension.js
// with no Node API): the shared wiring of activation.ts, with simulations in Web Workers.
// First: its evaluation marks where this bundle's own code starts.
import { WEB_MARKS } from './webMarks';
import * as vscode from 'vscode';
import { activateVirtStack, type VirtStackApi } from './activation';
import type { ViewsModule } from './lazyViews';
import { webSimulationRunner } from './simulation/webRunner';
import { evaluateCommonJs, readExtensionText } from './webModule';

/** Activates VirtStack in a web worker extension host (vscode.dev, github.dev, a browser workbench). */
export function activate(context: vscode.ExtensionContext): VirtStackApi {
  performance.mark(WEB_MARKS.willActivate);
  const api = activateVirtStack(context, {
    runSimulation: webSimulationRunner(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'worker.js'), (uri) => vscode.workspace.fs.readFile(uri)),
    // dist/web/views.js, a bundle of its own as on desktop, so that activation evaluates half the
    // code (the importers' YAML and XML parsers are in it); fetched just after activation.
    loadViews: async () => {
      const views = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'views.js');
      return evaluateCommonJs<ViewsModule>(await readExtensionText(views, (uri) => vscode.workspace.fs.readFile(uri)), views.toString(true), { vscode });
    },
    preloadViews: true,
  });
  performance.mark(WEB_MARKS.didActivate);
  return api;
}

/** Nothing to release beyond the subscriptions VS Code disposes for us. */
export function deactivate(): void {}

// Last statement of the bundle: everything above it has been evaluated.
performance.mark(WEB_MARKS.evaluated);
