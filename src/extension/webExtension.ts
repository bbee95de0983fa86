// The entry point of VS Code for the Web (package.json's `browser`, bundled to dist/web/extension.js
// with no Node API): the shared wiring of activation.ts, with simulations in Web Workers.
// First: its evaluation marks where this bundle's own code starts.
import { WEB_MARKS } from './webMarks';
import ENGLISH_TEXTS from '../../l10n/bundle.l10n.json';
import * as vscode from 'vscode';
import { activateVirtStack, type VirtStackApi } from './activation';
import type { ImportersModule } from './import/commands';
import type { ViewsModule } from './lazyViews';
import { webSimulationRunner } from './simulation/webRunner';
import { evaluateCommonJs, readExtensionText, WEB_ENGLISH_MODULE } from './webModule';

/** Activates VirtStack in a web worker extension host (vscode.dev, github.dev, a browser workbench). */
export function activate(context: vscode.ExtensionContext): VirtStackApi {
  performance.mark(WEB_MARKS.willActivate);
  const api = activateVirtStack(context, {
    runSimulation: webSimulationRunner(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'worker.js'), (uri) => vscode.workspace.fs.readFile(uri)),
    // dist/web/views.js, a bundle of its own as on desktop, so that activation evaluates half the
    // code; fetched just after activation.
    loadViews: () => loadBundle<ViewsModule>(context, 'views.js'),
    preloadViews: true,
    // The importer, with its YAML and XML parsers, only when an import command first has files.
    loadImporters: () => loadBundle<ImportersModule>(context, 'importers.js'),
  });
  performance.mark(WEB_MARKS.didActivate);
  return api;
}

/**
 * Reads one of the extension's other web bundles (dist/web/NAME) and runs it as the web host's
 * loader would. Its require() knows `vscode` and the English texts, the very object this bundle
 * carries, so they are fetched and parsed once.
 */
async function loadBundle<T>(context: vscode.ExtensionContext, name: string): Promise<T> {
  const file = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', name);
  return evaluateCommonJs<T>(await readExtensionText(file, (uri) => vscode.workspace.fs.readFile(uri)), file.toString(true), { vscode, [WEB_ENGLISH_MODULE]: ENGLISH_TEXTS });
}

/** Nothing to release beyond the subscriptions VS Code disposes for us. */
export function deactivate(): void {}

// Last statement of the bundle: everything above it has been evaluated.
performance.mark(WEB_MARKS.evaluated);
