import * as vscode from 'vscode';
import { foldingRanges } from '../../core/services/folding';
import type { AnalysisCache } from '../analysisCache';
import { VIRT_SELECTOR } from './locale';

/** Folding of blocks, comment runs and `# region` markers. */
export function registerFolding(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerFoldingRangeProvider(VIRT_SELECTOR, {
    provideFoldingRanges(document) {
      const ranges: vscode.FoldingRange[] = [];
      for (const f of foldingRanges(cache.get(document), document.getText())) {
        const start = document.positionAt(f.start).line;
        const end = document.positionAt(f.end).line;
        const kind = f.kind === 'comment' ? vscode.FoldingRangeKind.Comment : f.kind === 'region' ? vscode.FoldingRangeKind.Region : undefined;
        if (end > start) ranges.push(new vscode.FoldingRange(start, end, kind));
      }
      return ranges;
    },
  });
}
