import * as vscode from 'vscode';
import { complete, type CompletionEntry } from '../../core/services/completion';
import type { AnalysisCache } from '../analysisCache';
import { toOffset, toRange } from '../ranges';
import { uiLocale, VIRT_SELECTOR } from './locale';

const KINDS: Record<CompletionEntry['kind'], vscode.CompletionItemKind> = {
  keyword: vscode.CompletionItemKind.Keyword,
  layer: vscode.CompletionItemKind.Keyword,
  property: vscode.CompletionItemKind.Property,
  product: vscode.CompletionItemKind.Module,
  kernel: vscode.CompletionItemKind.EnumMember,
  unit: vscode.CompletionItemKind.Unit,
  reference: vscode.CompletionItemKind.Reference,
  value: vscode.CompletionItemKind.Value,
  snippet: vscode.CompletionItemKind.Snippet,
};

/** Completion of keywords, products, kernels, names and units where the cursor is; a space or comma opens it after a keyword. */
export function registerCompletion(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(VIRT_SELECTOR, {
    provideCompletionItems(document, position, _token, context) {
      const trigger = context.triggerKind === vscode.CompletionTriggerKind.TriggerCharacter ? context.triggerCharacter : undefined;
      const result = complete(cache.get(document), document.getText(), toOffset(document, position), { locale: uiLocale(), triggerCharacter: trigger });
      const range = toRange(document, result.replace.start, result.replace.end);
      // Insert up to the cursor, or replace the whole word when the user asks to replace.
      const inserting = new vscode.Range(range.start, position.isBefore(range.end) ? position : range.end);
      return result.items.map((entry) => toItem(entry, { inserting, replacing: range }));
    },
  }, ' ', ',');
}

function toItem(entry: CompletionEntry, range: { inserting: vscode.Range; replacing: vscode.Range }): vscode.CompletionItem {
  const item = new vscode.CompletionItem(entry.label, KINDS[entry.kind]);
  item.detail = entry.detail;
  if (entry.documentation) item.documentation = new vscode.MarkdownString(entry.documentation);
  item.insertText = entry.snippet ? new vscode.SnippetString(entry.insertText) : entry.insertText;
  item.range = range;
  if (entry.sortText) item.sortText = entry.sortText;
  if (entry.filterText) item.filterText = entry.filterText;
  if (entry.retrigger) item.command = { command: 'editor.action.triggerSuggest', title: 'Suggest' };
  return item;
}
