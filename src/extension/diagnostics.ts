import * as vscode from 'vscode';
import type { Diagnostic as CoreDiagnostic, LanguageService } from '../core/languageService';
import { type AnalysisCache, VIRT_LANGUAGE } from './analysisCache';
import { toRange } from './ranges';
import { Disposable } from './dispose';
import type { SettingsReader } from './settings';

const SEVERITY: Record<CoreDiagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Live diagnostics: checked as you type (debounced, latest version only), cleared when a file closes. */
export class DiagnosticsProvider extends Disposable {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection('virtstack'));
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly service: LanguageService,
    private readonly cache: AnalysisCache,
    private readonly settings: SettingsReader,
  ) {
    super();
    this._register({ dispose: () => { for (const t of this.timers.values()) clearTimeout(t); this.timers.clear(); } });
    this._register(vscode.workspace.onDidOpenTextDocument((d) => this.check(d)));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)));
    this._register(vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)));
    this._register(settings.onChange('checks', (c) => c.affects('validation') && this.checkAll()));
    // The files already open are checked just after activation rather than during it, so that
    // VS Code does not wait on their analysis to finish activating the extension.
    const first = setTimeout(() => this.checkAll(), 0);
    this._register({ dispose: () => clearTimeout(first) });
  }

  /** Checks a document now; other languages are ignored, and a file switched away from .virt is cleared. */
  check(document: vscode.TextDocument): void {
    if (document.languageId !== VIRT_LANGUAGE) {
      this.forget(document);
      return;
    }
    const analysis = this.cache.get(document);
    this.collection.set(document.uri, analysis.diagnostics.map((d) => this.convert(document, d)));
  }

  private schedule(document: vscode.TextDocument): void {
    if (document.languageId !== VIRT_LANGUAGE && !this.collection.has(document.uri)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    const version = document.version;
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      // A later keystroke has its own timer; this one would check stale text.
      if (!document.isClosed && document.version === version) this.check(document);
    }, this.settings.for(document.uri).validation.delay));
  }

  private checkAll(): void {
    for (const d of vscode.workspace.textDocuments) this.check(d);
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.collection.delete(document.uri);
  }

  private convert(document: vscode.TextDocument, d: CoreDiagnostic): vscode.Diagnostic {
    const text = this.service.describe(d);
    const out = new vscode.Diagnostic(toRange(document, d.start, d.end), text.message, SEVERITY[d.severity]);
    out.code = d.code;
    out.source = 'virtstack';
    if (d.related) {
      out.relatedInformation = d.related.map((r, i) => new vscode.DiagnosticRelatedInformation(new vscode.Location(document.uri, toRange(document, r.start, r.end)), text.related[i]));
    }
    if (d.tags) out.tags = d.tags.map((t) => (t === 'unnecessary' ? vscode.DiagnosticTag.Unnecessary : vscode.DiagnosticTag.Deprecated));
    return out;
  }
}
