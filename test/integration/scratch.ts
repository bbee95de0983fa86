import * as vscode from 'vscode';

let count = 0;
/** Tells this run's scratch documents from those of a window restored from an earlier run. */
const RUN = Math.random().toString(36).slice(2, 8);

/**
 * Opens a new untitled .virt document holding `content`, under a name of its own: VS Code
 * hands back a still-open `Untitled-1` when `openTextDocument({ content })` reuses that name.
 */
export async function openScratch(content: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `/scratch-${RUN}-${++count}.virt` });
  const doc = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), content);
  await vscode.workspace.applyEdit(edit);
  await vscode.window.showTextDocument(doc);
  return doc;
}
