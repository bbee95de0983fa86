import * as vscode from 'vscode';

let count = 0;

/**
 * Opens a new untitled .virt document holding `content`, under a name of its own: VS Code
 * hands back a still-open `Untitled-1` when `openTextDocument({ content })` reuses that name.
 */
export async function openScratch(content: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `/scratch-${process.pid}-${++count}.virt` });
  const doc = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), content);
  await vscode.workspace.applyEdit(edit);
  await vscode.window.showTextDocument(doc);
  return doc;
}
