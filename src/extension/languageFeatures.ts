// The editor features of .virt files: VS Code's providers, each a thin adapter from the core's
// language service (offsets, plain data) to editor types (ranges, items, edits). The knowledge
// is in the core; what is here is the translation, so the web extension and a language server
// would share all of the rest.
import * as vscode from 'vscode';
import type { CompletionEntry, LanguageService, QuickFix, SymbolData } from '../core/languageService';
import type { AnalysisCache } from './analysisCache';
import { VIRT_SELECTOR } from './documents';
import { toOffset, toRange, toSpan, toTextEdits } from './ranges';

/** Registers every language feature; disposing the result unregisters them all. */
export function registerLanguageFeatures(service: LanguageService, cache: AnalysisCache): vscode.Disposable {
  const languages = vscode.languages;
  return vscode.Disposable.from(
    languages.registerCompletionItemProvider(VIRT_SELECTOR, {
      provideCompletionItems(document, position, _token, context) {
        const trigger = context.triggerKind === vscode.CompletionTriggerKind.TriggerCharacter ? context.triggerCharacter : undefined;
        const result = service.complete(cache.get(document), toOffset(document, position), trigger);
        const range = toRange(document, result.replace.start, result.replace.end);
        // Insert up to the cursor, or replace the whole word when the user asks to replace.
        const inserting = new vscode.Range(range.start, position.isBefore(range.end) ? position : range.end);
        return result.items.map((entry) => completionItem(entry, { inserting, replacing: range }));
      },
    }, ' ', ','),

    languages.registerHoverProvider(VIRT_SELECTOR, {
      provideHover(document, position) {
        const found = service.hover(cache.get(document), toOffset(document, position));
        return found && new vscode.Hover(new vscode.MarkdownString(found.markdown), toRange(document, found.start, found.end));
      },
    }),

    languages.registerCodeActionsProvider(VIRT_SELECTOR, {
      provideCodeActions(document, range, context) {
        if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
        return service.quickFixes(cache.get(document), toSpan(document, range)).map((fix) => codeAction(document, fix, context.diagnostics));
      },
    }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),

    languages.registerDocumentSymbolProvider(VIRT_SELECTOR, {
      provideDocumentSymbols(document) {
        return service.documentSymbols(cache.get(document)).map((s) => documentSymbol(document, s));
      },
    }, { label: 'VirtStack' }),

    languages.registerFoldingRangeProvider(VIRT_SELECTOR, {
      provideFoldingRanges(document) {
        const ranges: vscode.FoldingRange[] = [];
        for (const f of service.foldingRanges(cache.get(document))) {
          const start = document.positionAt(f.start).line;
          const end = document.positionAt(f.end).line;
          const kind = f.kind === 'comment' ? vscode.FoldingRangeKind.Comment : f.kind === 'region' ? vscode.FoldingRangeKind.Region : undefined;
          if (end > start) ranges.push(new vscode.FoldingRange(start, end, kind));
        }
        return ranges;
      },
    }),

    languages.registerSelectionRangeProvider(VIRT_SELECTOR, {
      provideSelectionRanges(document, positions) {
        const analysis = cache.get(document);
        return positions.map((position) => {
          const spans = service.selectionRanges(analysis, toOffset(document, position));
          let outer: vscode.SelectionRange | undefined;
          for (let i = spans.length - 1; i >= 0; i--) outer = new vscode.SelectionRange(toRange(document, spans[i].start, spans[i].end), outer);
          return outer ?? new vscode.SelectionRange(new vscode.Range(position, position));
        });
      },
    }),

    languages.registerDefinitionProvider(VIRT_SELECTOR, {
      provideDefinition(document, position) {
        const span = service.definition(cache.get(document), toOffset(document, position));
        return span && new vscode.Location(document.uri, toRange(document, span.start, span.end));
      },
    }),

    languages.registerReferenceProvider(VIRT_SELECTOR, {
      provideReferences(document, position, context) {
        const spans = service.references(cache.get(document), toOffset(document, position), context.includeDeclaration);
        return spans.map((s) => new vscode.Location(document.uri, toRange(document, s.start, s.end)));
      },
    }),

    // The name under the cursor wherever it stands for the same thing (not the same word in a comment or a string).
    languages.registerDocumentHighlightProvider(VIRT_SELECTOR, {
      provideDocumentHighlights(document, position) {
        const spans = service.references(cache.get(document), toOffset(document, position), true);
        return spans.map((s) => new vscode.DocumentHighlight(toRange(document, s.start, s.end)));
      },
    }),

    // VS Code shows the message of an error thrown here as the reason a rename is refused.
    languages.registerRenameProvider(VIRT_SELECTOR, {
      prepareRename(document, position) {
        const result = service.prepareRename(cache.get(document), toOffset(document, position));
        if (!result.ok) throw new Error(result.reason);
        return { range: toRange(document, result.value.span.start, result.value.span.end), placeholder: result.value.name };
      },
      provideRenameEdits(document, position, newName) {
        const result = service.rename(cache.get(document), toOffset(document, position), newName);
        if (!result.ok) throw new Error(result.reason);
        const edit = new vscode.WorkspaceEdit();
        edit.set(document.uri, toTextEdits(document, result.value));
        return edit;
      },
    }),

    languages.registerDocumentFormattingEditProvider(VIRT_SELECTOR, {
      provideDocumentFormattingEdits(document) {
        return toTextEdits(document, service.format(document.getText()));
      },
    }),
    languages.registerDocumentRangeFormattingEditProvider(VIRT_SELECTOR, {
      provideDocumentRangeFormattingEdits(document, range) {
        return toTextEdits(document, service.format(document.getText(), toSpan(document, range)));
      },
    }),
  );
}

const COMPLETION_KINDS: Record<CompletionEntry['kind'], vscode.CompletionItemKind> = {
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

function completionItem(entry: CompletionEntry, range: { inserting: vscode.Range; replacing: vscode.Range }): vscode.CompletionItem {
  const item = new vscode.CompletionItem(entry.label, COMPLETION_KINDS[entry.kind]);
  item.detail = entry.detail;
  if (entry.documentation) item.documentation = new vscode.MarkdownString(entry.documentation);
  item.insertText = entry.snippet ? new vscode.SnippetString(entry.insertText) : entry.insertText;
  item.range = range;
  if (entry.sortText) item.sortText = entry.sortText;
  if (entry.filterText) item.filterText = entry.filterText;
  if (entry.retrigger) item.command = { command: 'editor.action.triggerSuggest', title: 'Suggest' };
  return item;
}

const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);

function codeAction(document: vscode.TextDocument, fix: QuickFix, shown: readonly vscode.Diagnostic[]): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.set(document.uri, toTextEdits(document, fix.edits));
  // Tie the action to the problem VS Code shows, so the Problems panel offers it too.
  const start = document.positionAt(fix.diagnostic.start);
  const end = document.positionAt(fix.diagnostic.end);
  action.diagnostics = shown.filter((d) => codeOf(d) === fix.diagnostic.code && d.range.start.isEqual(start) && d.range.end.isEqual(end));
  action.isPreferred = fix.preferred;
  return action;
}

const SYMBOL_KINDS: Record<SymbolData['kind'], vscode.SymbolKind> = {
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
  desktops: vscode.SymbolKind.Array,
  cluster: vscode.SymbolKind.Package,
  pool: vscode.SymbolKind.Field,
  switch: vscode.SymbolKind.Enum,
  segment: vscode.SymbolKind.EnumMember,
};

function documentSymbol(document: vscode.TextDocument, s: SymbolData): vscode.DocumentSymbol {
  const symbol = new vscode.DocumentSymbol(s.name, s.detail, SYMBOL_KINDS[s.kind], toRange(document, s.start, s.end), toRange(document, s.selectionStart, s.selectionEnd));
  symbol.children = s.children.map((c) => documentSymbol(document, c));
  return symbol;
}
