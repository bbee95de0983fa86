import * as vscode from 'vscode';
import type { Analysis, LanguageService } from '../core/languageService';
import { Disposable } from './dispose';
import type { SettingsReader } from './settings';

/** The language id of .virt files. */
export { VIRT_LANGUAGE } from './documents';

/**
 * One analysis per document version, shared by every feature, so that a keystroke is parsed
 * once however many providers ask.
 */
export class AnalysisCache extends Disposable {
  private readonly entries = new Map<string, { version: number; analysis: Analysis }>();

  constructor(
    private readonly service: LanguageService,
    private readonly settings: SettingsReader,
  ) {
    super();
    this._register(vscode.workspace.onDidCloseTextDocument((d) => this.entries.delete(d.uri.toString())));
    this._register(settings.onChange('caches', () => this.entries.clear()));
  }

  /** The analysis of the document's current text. */
  get(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    const hit = this.entries.get(key);
    if (hit && hit.version === document.version) return hit.analysis;
    const analysis = this.service.analyze(document.getText(), this.settings.for(document.uri).validation.limits);
    this.entries.set(key, { version: document.version, analysis });
    return analysis;
  }

  override dispose(): void {
    this.entries.clear();
    super.dispose();
  }
}
