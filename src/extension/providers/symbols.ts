import * as vscode from 'vscode';
import { documentSymbols, type SymbolData } from '../../core/services/symbols';
import type { AnalysisCache } from '../analysisCache';
import { toRange } from '../ranges';
import { uiLocale, VIRT_SELECTOR } from './locale';

const KINDS: Record<SymbolData['kind'], vscode.SymbolKind> = {
  stack: vscode.SymbolKind.File,
  simulate: vscode.SymbolKind.Constant,
  hardware: vscode.SymbolKind.Module,
  hypervisor: vscode.SymbolKind.Class,
  os: vscode.SymbolKind.Namespace,
  vm: vscode.SymbolKind.Object,
  runtime: vscode.SymbolKind.Class,
  container: vscode.SymbolKind.Struct,
  middleware: vscode.SymbolKind.Interface,
  app: vscode.SymbolKind.Function,
  job: vscode.SymbolKind.Event,
};

/** The outline and breadcrumbs: layers nested as the text nests them. */
export function registerSymbols(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(VIRT_SELECTOR, {
    provideDocumentSymbols(document) {
      return documentSymbols(cache.get(document), uiLocale()).map((s) => toSymbol(document, s));
    },
  }, { label: 'VirtStack' });
}

function toSymbol(document: vscode.TextDocument, s: SymbolData): vscode.DocumentSymbol {
  const symbol = new vscode.DocumentSymbol(s.name, s.detail, KINDS[s.kind], toRange(document, s.start, s.end), toRange(document, s.selectionStart, s.selectionEnd));
  symbol.children = s.children.map((c) => toSymbol(document, c));
  return symbol;
}
