// Where a block of the preview is declared in the text, and how the preview shows it there
// (a click or double click on a block, a frame's caption, an error in the list).
import * as vscode from 'vscode';
import { type Analysis, fabricDeclaration, headerSpan, type Layer, layerKey, type Span } from '../../core/languageService';
import { toRange } from '../ranges';

const keyMaps = new WeakMap<Analysis, Map<string, Layer>>();

/**
 * Where a block's layer is declared in the current text. Blocks are found by their path key,
 * not by the offsets they were drawn with, so a click still lands right while the preview shows
 * an older drawing (the file has errors) or the text above has moved.
 */
/** Where a block's layer, band or frame is declared. */
export function declarationOf(analysis: Analysis, key: string, fallback: Span, length: number): Span {
  let map = keyMaps.get(analysis);
  if (!map) {
    map = new Map();
    for (const layer of analysis.model.layers) {
      const k = layerKey(layer);
      if (!map.has(k)) map.set(k, layer);
    }
    keyMaps.set(analysis, map);
  }
  const layer = map.get(key.startsWith('caption:') ? key.slice('caption:'.length) : key);
  if (layer) return headerSpan(layer);
  // The band of a cluster or storage pool (issue 14).
  const fabric = fabricDeclaration(analysis.model, key);
  if (fabric) return fabric;
  return { start: Math.min(fallback.start, length), end: Math.min(fallback.end, length) };
}

/**
 * Selects a span in an editor of the document, revealing it. An editor already showing the
 * document is reused; otherwise one opens in `column`. The preview keeps the focus unless
 * `focus` is set (a double click), as the Markdown preview does.
 */
export async function revealInEditor(document: vscode.TextDocument, span: Span, column: vscode.ViewColumn | undefined, focus: boolean): Promise<vscode.TextEditor> {
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const editor = visible && !focus
    ? visible
    : await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? column ?? vscode.ViewColumn.One, preserveFocus: !focus });
  const range = toRange(document, span.start, span.end);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
