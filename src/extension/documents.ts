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

