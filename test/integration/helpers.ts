import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** The marketplace id, `publisher.name` from package.json. */
export const EXTENSION_ID = 'virtstack.virtstack';

/** The extension under test; fails the test rather than returning undefined. */
export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not loaded; installed: ${vscode.extensions.all.map((e) => e.id).join(', ')}`);
  return ext;
}

/** A file of the fixture workspace (the repository's examples/ folder). */
export function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace (examples/) is not open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a fixture in an editor, as a user double-clicking it would. */
export async function openFixture(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixture(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Polls until `check` returns true; activation and diagnostics arrive asynchronously. */
export async function waitFor(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
