import * as vscode from 'vscode';
import { prepareRename, rename } from '../../core/services/rename';
import type { AnalysisCache } from '../analysisCache';
import { toOffset, toRange, toTextEdits } from '../ranges';
import { uiLocale, VIRT_SELECTOR } from './locale';

/** Rename a name and its references; VS Code shows the reason when the core refuses (not a name, a clash). */
export function registerRename(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerRenameProvider(VIRT_SELECTOR, {
    prepareRename(document, position) {
      const result = prepareRename(cache.get(document), toOffset(document, position), uiLocale());
      if (!result.ok) throw new Error(result.reason);
      return { range: toRange(document, result.value.span.start, result.value.span.end), placeholder: result.value.name };
    },
    provideRenameEdits(document, position, newName) {
      const result = rename(cache.get(document), document.getText(), toOffset(document, position), newName, uiLocale());
      if (!result.ok) throw new Error(result.reason);
      const edit = new vscode.WorkspaceEdit();
      edit.set(document.uri, toTextEdits(document, result.value));
      return edit;
    },
  });
}
