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

/** How this run was started: the suite's entry (index.ts, web/index.ts) sets them before any test file loads. */
export interface TestOptions {
  /** VS Code's display language of a localization run (`--locale ko`). */
  readonly locale?: string;
  /** Only the tests whose full title matches. */
  readonly grep?: string;
  /** A folder on the server's disk for files a test writes (the extension host's temp folder). */
  readonly scratch: string;
  /** Which extension host runs the suite and the extension. */
  readonly host: 'node' | 'web';
}

const OPTIONS_KEY = '__virtstackTestOptions';

/** Called by the suite's entry, before it loads the test files. */
export function setTestOptions(options: TestOptions): void {
  (globalThis as Record<string, unknown>)[OPTIONS_KEY] = options;
}

/** The options of this run. */
export function testOptions(): TestOptions {
  const options = (globalThis as Record<string, unknown>)[OPTIONS_KEY] as TestOptions | undefined;
  assert.ok(options, 'the suite\'s entry sets the test options before loading the tests');
  return options;
}

/**
 * A fresh folder for a test's files, through VS Code's file system API so that the same test runs
 * in both hosts: in the web worker host the workspace is a `vscode-remote:` folder on the server,
 * and a `file:` path means nothing. Remove it with `removeFolder`.
 */
export async function scratchFolder(prefix: string): Promise<vscode.Uri> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace (examples/) is open');
  const name = `${prefix}${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const uri = folder.uri.with({ path: `${testOptions().scratch.replace(/\/+$/, '')}/${name}` });
  await vscode.workspace.fs.createDirectory(uri);
  return uri;
}

/** Deletes a scratch folder and what is in it. */
export async function removeFolder(uri: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false });
}

/** A file's bytes through VS Code's file system API. */
export async function readBytes(uri: vscode.Uri): Promise<Uint8Array> {
  return vscode.workspace.fs.readFile(uri);
}

/** A file's text (UTF-8) through VS Code's file system API. */
export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Writes a file's text (UTF-8) through VS Code's file system API. */
export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** Whether a file exists and is not empty. */
export async function hasContent(uri: vscode.Uri): Promise<boolean> {
  try {
    return (await vscode.workspace.fs.stat(uri)).size > 0;
  } catch {
    return false;
  }
}

/** Polls an asynchronous condition until it holds; fails the test when the time is up. */
export async function waitForAsync(what: string, check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
