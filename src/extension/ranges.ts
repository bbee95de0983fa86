import * as vscode from 'vscode';
import type { Span, TextEdit } from '../core/languageService';

/** The one place that turns core offsets into editor ranges. */
export function toRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

/** An editor position as a core offset. */
export function toOffset(document: vscode.TextDocument, position: vscode.Position): number {
  return document.offsetAt(position);
}

/** An editor range as a core span. */
export function toSpan(document: vscode.TextDocument, range: vscode.Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

/** Core text edits as editor edits. */
export function toTextEdits(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.TextEdit[] {
  return edits.map((e) => vscode.TextEdit.replace(toRange(document, e.start, e.end), e.newText));
}
