// The entry point of desktop VS Code (package.json's `main`, bundled to dist/extension.js): the
// shared wiring of activation.ts, with simulations in Node worker threads.
import type * as vscode from 'vscode';
import { activateVirtStack, type VirtStackApi } from './activation';
import type { ImportersModule } from './import/commands';
import type { ViewsModule } from './lazyViews';
import { nodeSimulationRunner } from './simulation/runner';

/** Activates VirtStack in a Node extension host. */
export function activate(context: vscode.ExtensionContext): VirtStackApi {
  return activateVirtStack(context, { runSimulation: nodeSimulationRunner(context.extensionUri), loadViews: requireViews, loadImporters: requireImporters });
}

/**
 * dist/views.js, required beside this bundle on first use. A require() at run time, not an
 * import: scripts/build.mjs leaves './views' out of extension.js, so that activation does not load
 * it. Under tsx (unit tests) it is views.ts.
 */
function requireViews(): ViewsModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./views') as ViewsModule;
}

/** dist/importers.js (src/extension/import/importing.ts), required beside this bundle when an import command first has files; left out of both bundles like the views. */
function requireImporters(): ImportersModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./importers') as ImportersModule;
}

/** Nothing to release beyond the subscriptions VS Code disposes for us. */
export function deactivate(): void {}
