import * as vscode from 'vscode';
import { selectionRanges } from '../../core/services/selection';
import type { AnalysisCache } from '../analysisCache';
import { toOffset, toRange } from '../ranges';
import { VIRT_SELECTOR } from './locale';

/** Expand/Shrink Selection by the language's structure. */
export function registerSelectionRanges(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerSelectionRangeProvider(VIRT_SELECTOR, {
    provideSelectionRanges(document, positions) {
      const analysis = cache.get(document);
      const text = document.getText();
      return positions.map((position) => {
        const spans = selectionRanges(analysis, text, toOffset(document, position));
        let outer: vscode.SelectionRange | undefined;
        for (let i = spans.length - 1; i >= 0; i--) outer = new vscode.SelectionRange(toRange(document, spans[i].start, spans[i].end), outer);
        return outer ?? new vscode.SelectionRange(new vscode.Range(position, position));
      });
    },
  });
}
