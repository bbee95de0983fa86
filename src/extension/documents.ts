// The documents VirtStack serves. A selector without a scheme would also match .virt text that
// is not a file the user edits (a Live Share guest's copy, an output channel, a diff's old side
// under `git:`), so the providers register for the schemes where a .virt file really lives.
import type * as vscode from 'vscode';

/** The language id of .virt files. */
export const VIRT_LANGUAGE = 'virt';

/**
 * Where .virt files live: on disk (`file`, also in a remote window, where the extension runs
 * beside the files), not yet saved (`untitled`), and in virtual workspaces (package.json
 * declares `virtualWorkspaces`): `vscode-vfs` for GitHub and Azure repositories opened without
 * a clone (github.dev, Remote Repositories), `vscode-remote` for remote files as a web extension
 * host sees them.
 */
export const VIRT_SCHEMES: readonly string[] = ['file', 'untitled', 'vscode-vfs', 'vscode-remote'];

/** The selector every language feature registers with. */
export const VIRT_SELECTOR: vscode.DocumentSelector = VIRT_SCHEMES.map((scheme) => ({ language: VIRT_LANGUAGE, scheme }));

/** A file's name: the last segment of its URI's path (already decoded, as VS Code shows it). */
export function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

/** A file's name without its extension (`stack.virt` → `stack`), or `fallback` when nothing is left: the name of a file made from it. */
export function fileStem(uri: vscode.Uri, fallback: string): string {
  return fileName(uri).replace(/\.[^.]*$/, '') || fallback;
}
