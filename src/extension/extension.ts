// The entry point of desktop VS Code (package.json's `main`, bundled to dist/extension.js): the
// shared wiring of activation.ts, with simulations in Node worker threads.
import type * as vscode from 'vscode';
import { activateVirtStack, type VirtStackApi } from './activation';
import { nodeSimulationRunner } from './simulation/runner';

/** Activates VirtStack in a Node extension host. */
export function activate(context: vscode.ExtensionContext): VirtStackApi {
  return activateVirtStack(context, { runSimulation: nodeSimulationRunner(context.extensionUri) });
}

/** Nothing to release beyond the subscriptions VS Code disposes for us. */
export function deactivate(): void {}
