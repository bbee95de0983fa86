import * as vscode from 'vscode';

/** The one place that turns core offsets into editor ranges. */
export function toRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}
