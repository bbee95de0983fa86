import * as vscode from 'vscode';
import { definition } from '../../core/services/definition';
import type { AnalysisCache } from '../analysisCache';
import { toOffset, toRange } from '../ranges';
import { VIRT_SELECTOR } from './locale';

/** Go to Definition from a `depends` reference to the declared name. */
export function registerDefinition(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerDefinitionProvider(VIRT_SELECTOR, {
    provideDefinition(document, position) {
      const span = definition(cache.get(document), toOffset(document, position));
      return span && new vscode.Location(document.uri, toRange(document, span.start, span.end));
    },
  });
}
