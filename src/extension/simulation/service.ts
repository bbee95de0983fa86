import * as vscode from 'vscode';
import { formatPercent, type SimulationOutcome, type SimulationOverrides, type SimulationResult } from '../../core/languageService';
import type { AnalysisCache } from '../analysisCache';
import { Disposable } from '../dispose';
import { fileName } from '../documents';
import type { PanelServices } from '../panel/host';
import { toRange } from '../ranges';
import type { SettingsReader } from '../settings';
import { type SimulationPanel, SimulationPanels } from './panel';
import { buildView, type Translate } from './view';
import type { SimulationRunner } from './workerProtocol';
import { uiLocalizer } from '../l10n';

/** Context key: a simulation is running (enables "Cancel Simulation"). */
const RUNNING_CONTEXT = 'virtstack.simulationRunning';

/** How a run ended, as commands and tests see it. */
export type RunEnd = SimulationOutcome['status'] | 'failed';

/**
 * Runs simulations: one at a time per file, in a worker, with progress and cancellation in a
 * notification, results in the file's panel, and the last complete result kept for export.
 */
export class SimulationService extends Disposable {
  readonly panels: SimulationPanels;
  private readonly results = new Map<string, SimulationResult>();
  private readonly running = new Map<string, vscode.CancellationTokenSource>();
  /** How the latest run of each file ended. */
  readonly lastEnds = new Map<string, RunEnd>();
  private version = 0;
  private readonly settings: SettingsReader;

  constructor(
    private readonly cache: AnalysisCache,
    services: PanelServices,
    /** Where runs happen: a Node worker thread or a Web Worker. */
    private readonly runSimulation: SimulationRunner,
    /** The columns where a preview of a file is on screen (the preview manager's), so that results open beside it. */
    previewColumns?: (resource: vscode.Uri) => readonly number[],
  ) {
    super();
    this.settings = services.settings;
    this.panels = this._register(new SimulationPanels(services, {
      rerun: (resource) => this.runResource(resource),
      cancel: (resource) => this.cancel(resource),
      reveal: (resource, start, end) => this.revealSource(resource, start, end),
      previewColumns,
    }));
    // Registered last, so disposed first: runs stop before their panels close.
    this._register({
      dispose: () => {
        for (const s of this.running.values()) s.cancel();
        this.running.clear();
      },
    });
  }

  /** The last complete result of a file, if any. */
  lastResult(resource: vscode.Uri): SimulationResult | undefined {
    return this.results.get(resource.toString());
  }

  /** Asks the run of a file (or every run) to stop; the panel keeps the last complete result. */
  cancel(resource?: vscode.Uri): boolean {
    const sources = resource ? [this.running.get(resource.toString())] : [...this.running.values()];
    let any = false;
    for (const s of sources) {
      if (!s) continue;
      s.cancel();
      any = true;
    }
    return any;
  }

  /** Simulates a document and shows the result in its panel. */
  async run(document: vscode.TextDocument, focus?: 'consolidation'): Promise<RunEnd> {
    const key = document.uri.toString();
    const analysis = this.cache.get(document);
    const firstError = analysis.diagnostics.find((d) => d.severity === 'error');
    if (firstError) {
      const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
      const message = uiLocalizer().t('simulation.needsNoErrors', fileName(document.uri), errors, document.positionAt(firstError.start).line + 1, `${firstError.code} ${firstError.message}`);
      this.refuse(document.uri, message, firstError);
      this.lastEnds.set(key, 'refused');
      return 'refused';
    }
    const settings = overridesOf(this.settings, document.uri);
    if ('problem' in settings) {
      this.refuse(document.uri, settings.problem);
      this.lastEnds.set(key, 'refused');
      return 'refused';
    }
    this.running.get(key)?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.running.set(key, source);
    void vscode.commands.executeCommand('setContext', RUNNING_CONTEXT, true);
    const panel = this.panels.open(document.uri);
    panel.setStatus({ state: 'running', percent: 0, message: uiLocalizer().t('simulation.simulating') });
    try {
      const outcome = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: uiLocalizer().t('simulation.progressTitle', fileName(document.uri)), cancellable: true },
        async (progress, token) => {
          token.onCancellationRequested(() => source.cancel());
          let reported = 0;
          return this.runSimulation({ text: document.getText(), validation: this.settings.for(document.uri).validation.limits, overrides: settings.overrides }, source.token, (done, total) => {
            const percent = Math.floor((100 * done) / total);
            if (percent <= reported) return;
            progress.report({ increment: percent - reported, message: formatPercent(percent, translate) });
            reported = percent;
            panel.setStatus({ state: 'running', percent, message: uiLocalizer().t('simulation.progressPercent', formatPercent(percent, translate)) });
          });
        },
      );
      // A newer run of the same file replaced this one: it owns the panel now.
      if (this.running.get(key) !== source) return outcome.status;
      const end = this.finish(document.uri, panel, outcome, focus);
      this.lastEnds.set(key, end);
      return end;
    } catch (err) {
      if (this.running.get(key) !== source) throw err;
      this.lastEnds.set(key, 'failed');
      panel.setStatus({ state: 'failed', message: uiLocalizer().t('simulation.theSimulationFailed', err instanceof Error ? err.message : String(err)) });
      throw err;
    } finally {
      if (this.running.get(key) === source) this.running.delete(key);
      source.dispose();
      void vscode.commands.executeCommand('setContext', RUNNING_CONTEXT, this.running.size > 0);
    }
  }

  private finish(resource: vscode.Uri, panel: SimulationPanel, outcome: SimulationOutcome, focus?: 'consolidation'): RunEnd {
    if (outcome.status === 'done') {
      this.results.set(resource.toString(), outcome.result);
      const view = buildView(outcome.result, fileName(resource), ++this.version, translate);
      panel.show(view, { state: 'done' }, focus);
    } else if (outcome.status === 'cancelled') {
      const percent = outcome.steps > 0 ? Math.floor((100 * outcome.stepsDone) / outcome.steps) : 0;
      const kept = panel.version > 0 ? uiLocalizer().t('simulation.theResultsBelowAreFrom') : '';
      panel.setStatus({ state: 'cancelled', message: `${uiLocalizer().t('simulation.cancelledAt', formatPercent(percent, translate))} ${kept}`.trim() });
    } else {
      this.refuse(resource, uiLocalizer().text(outcome.refusal.text), outcome.refusal.span);
    }
    return outcome.status;
  }

  /**
   * Says why a file cannot be simulated: in its results panel, opened if need be, whose status
   * line has a button to the place to fix; and in a notification with the same way there. The
   * panel stays where the reason can be read again once the notification is gone.
   */
  private refuse(resource: vscode.Uri, message: string, at?: { start: number; end: number }): void {
    this.panels.open(resource).setStatus({ state: 'refused', message, at: at && { start: at.start, end: at.end } });
    const go = uiLocalizer().t('simulation.goToError');
    void vscode.window.showErrorMessage(`VirtStack: ${message}`, ...(at ? [go] : [])).then((choice) => {
      if (choice === go && at) void this.revealSource(resource, at.start, at.end);
    });
  }

  private async runResource(resource: vscode.Uri): Promise<void> {
    try {
      await this.run(await vscode.workspace.openTextDocument(resource));
    } catch (err) {
      void vscode.window.showErrorMessage(uiLocalizer().t('command.failed', uiLocalizer().t('simulation.runSimulation'), err instanceof Error ? err.message : String(err)));
    }
  }

  /** Opens the file with the given text selected, as clicking an event asks. */
  async revealSource(resource: vscode.Uri, start: number, end: number): Promise<void> {
    const document = await vscode.workspace.openTextDocument(resource);
    const length = document.getText().length;
    const range = toRange(document, Math.min(start, length), Math.min(end, length));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection: range, preserveFocus: false });
  }
}

/** The user's words, as the view builder takes them. */
const translate: Translate = (id, ...args) => uiLocalizer().t(id, ...args);

/**
 * The user's overrides of the file's `simulate` block, or a message naming the setting that
 * cannot be used. Empty settings leave the file's values.
 */
function overridesOf(reader: SettingsReader, resource: vscode.Uri): { overrides: SimulationOverrides } | { problem: string } {
  const { overrides, invalid } = reader.for(resource).simulation;
  if (!invalid) return { overrides };
  const shown = JSON.stringify(invalid.value);
  if (invalid.key === 'seed') return { problem: uiLocalizer().t('simulation.setting.badSeed', shown) };
  return { problem: uiLocalizer().t('simulation.setting.badDuration', invalid.key, shown) };
}
