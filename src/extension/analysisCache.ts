import * as vscode from 'vscode';
import type { Analysis, LanguageService } from '../core/languageService';
import { readValidationOptions } from './settings';

/** The language id of .virt files. */
export const VIRT_LANGUAGE = 'virt';

/**
 * One analysis per document version, shared by every feature, so that a keystroke is parsed
 * once however many providers ask.
 */
export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, { version: number; analysis: Analysis }>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly service: LanguageService) {
    this.subscriptions.push(
      vscode.workspace.onDidCloseTextDocument((d) => this.entries.delete(d.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('virtstack')) this.entries.clear();
      }),
    );
  }

  /** The analysis of the document's current text. */
  get(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    const hit = this.entries.get(key);
    if (hit && hit.version === document.version) return hit.analysis;
    const analysis = this.service.analyze(document.getText(), readValidationOptions(document.uri));
    this.entries.set(key, { version: document.version, analysis });
    return analysis;
  }

  dispose(): void {
    this.entries.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}
