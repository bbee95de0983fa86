import * as vscode from 'vscode';
import { type QuickFix, quickFixes } from '../../core/services/quickFixes';
import type { AnalysisCache } from '../analysisCache';
import { toSpan, toTextEdits } from '../ranges';
import { readValidationOptions } from '../settings';
import { uiLocale, VIRT_SELECTOR } from './locale';

const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);

/** Quick fixes for the findings under the cursor, each checked by the core before it is offered. */
export function registerQuickFixes(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(VIRT_SELECTOR, {
    provideCodeActions(document, range, context) {
      if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
      const fixes = quickFixes(cache.get(document), document.getText(), toSpan(document, range), { locale: uiLocale(), limits: readValidationOptions(document.uri) });
      return fixes.map((fix) => toAction(document, fix, context.diagnostics));
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });
}

function toAction(document: vscode.TextDocument, fix: QuickFix, shown: readonly vscode.Diagnostic[]): vscode.CodeAction {
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
