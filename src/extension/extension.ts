import * as vscode from 'vscode';

/** Entry point: wires the VirtStack providers, commands and panels into VS Code. */
export function activate(_context: vscode.ExtensionContext): void {
  // Providers are registered here as they are added.
}

/** Nothing to release beyond the subscriptions VS Code disposes for us. */
export function deactivate(): void {}
