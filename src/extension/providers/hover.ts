import * as vscode from 'vscode';
import { hover } from '../../core/services/hover';
import type { AnalysisCache } from '../analysisCache';
import { toOffset, toRange } from '../ranges';
import { readValidationOptions } from '../settings';
import { uiLocale, VIRT_SELECTOR } from './locale';

/** Hovers on products, blocks, keywords, references and diagnostic codes. */
export function registerHover(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerHoverProvider(VIRT_SELECTOR, {
    provideHover(document, position) {
      const found = hover(cache.get(document), document.getText(), toOffset(document, position), { locale: uiLocale(), limits: readValidationOptions(document.uri) });
      return found && new vscode.Hover(new vscode.MarkdownString(found.markdown), toRange(document, found.start, found.end));
    },
  });
}
