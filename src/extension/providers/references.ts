import * as vscode from 'vscode';
import { references } from '../../core/services/references';
import type { AnalysisCache } from '../analysisCache';
import { toOffset, toRange } from '../ranges';
import { VIRT_SELECTOR } from './locale';

/** Find All References of a name: its declaration and every `depends` on it. */
export function registerReferences(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerReferenceProvider(VIRT_SELECTOR, {
    provideReferences(document, position, context) {
      return references(cache.get(document), toOffset(document, position), context.includeDeclaration).map((s) => new vscode.Location(document.uri, toRange(document, s.start, s.end)));
    },
  });
}
