// The simulation's commands: Run Simulation, Compare Kinds of Virtualization, Export Simulation
// Results and Cancel Simulation.
import * as vscode from 'vscode';
import { seriesCsv, type SimulationResult, statsCsv, toJson } from '../../core/languageService';
import { activeVirtEditor, type CommandRegistry, guarded } from '../commands/general';
import { VIRT_LANGUAGE, fileName, fileStem } from '../documents';
import { copyMarkdown } from './documents';
import type { SimulationService } from './service';
import { uiLocalizer } from '../l10n';

/** The export formats. */
export type ExportFormat = 'json' | 'series-csv' | 'stats-csv';

const FORMATS: Record<ExportFormat, { suffix: string; extension: string; filter: string; write: (r: SimulationResult) => string }> = {
  json: { suffix: '.simulation.json', extension: 'json', filter: 'JSON', write: toJson },
  'series-csv': { suffix: '.series.csv', extension: 'csv', filter: 'CSV', write: seriesCsv },
  'stats-csv': { suffix: '.totals.csv', extension: 'csv', filter: 'CSV', write: statsCsv },
};

/** Registers every simulation command with `commands` (the views' own table, see views.ts). */
export function registerSimulationCommands(service: SimulationService, commands: CommandRegistry): vscode.Disposable {
  return vscode.Disposable.from(
    // Simulates the active .virt file (or the file of the focused results panel) and shows the results beside it.
    commands.registerCommand('virtstack.simulation.run', guarded(uiLocalizer().t('simulation.runSimulation'), async () => {
      const panel = service.panels.all.find((p) => p.panel.active);
      if (panel) {
        await service.run(await vscode.workspace.openTextDocument(panel.resource));
        return;
      }
      const editor = activeVirtEditor();
      if (editor) await service.run(editor.document);
    })),
    // Simulates the active file and opens its results at the consolidation table, where its
    // workloads are placed with no virtualization, as VMs and as containers.
    commands.registerCommand('virtstack.simulation.compare', guarded(uiLocalizer().t('simulation.compareKindsOfVirtualization'), async () => {
      const editor = activeVirtEditor();
      if (editor) await service.run(editor.document, 'consolidation');
    })),
    commands.registerCommand('virtstack.simulation.export', guarded(uiLocalizer().t('simulation.exportSimulationResults'), (target?: vscode.Uri, format?: ExportFormat, saveTo?: vscode.Uri) => exportResults(service, target, format, saveTo))),
    // The results on display for documents (issue 15): Markdown tables on the clipboard.
    commands.registerCommand('virtstack.simulation.copySummaryMarkdown', guarded(uiLocalizer().t('simulation.copySummaryAsMarkdown'), (target?: vscode.Uri) => {
      const resource = target instanceof vscode.Uri ? target : currentResource(service);
      return copyMarkdown(resource ? service.panels.get(resource)?.shownView : undefined, 'summary');
    })),
    commands.registerCommand('virtstack.simulation.copyConsolidationMarkdown', guarded(uiLocalizer().t('simulation.copyConsolidationAsMarkdown'), (target?: vscode.Uri) => {
      const resource = target instanceof vscode.Uri ? target : currentResource(service);
      return copyMarkdown(resource ? service.panels.get(resource)?.shownView : undefined, 'consolidation');
    })),
    // Stops the running simulations; their panels keep the last complete results.
    commands.registerCommand('virtstack.simulation.cancel', guarded(uiLocalizer().t('simulation.cancelSimulation'), () => {
      if (!service.cancel()) void vscode.window.showInformationMessage(uiLocalizer().t('simulation.noSimulationIsRunning'));
    })),
  );
}

/**
 * The last complete result of the active file (or of the focused results panel), as JSON, or
 * as CSV of the time series or of the totals per entity. Automation passes the file, the
 * format and where to save; people choose in a quick pick and the save dialog.
 */
async function exportResults(service: SimulationService, target?: vscode.Uri, format?: ExportFormat, saveTo?: vscode.Uri): Promise<void> {
  const resource = target ?? currentResource(service);
  if (!resource) {
    void vscode.window.showWarningMessage(uiLocalizer().t('simulation.openAVirtFileOr'));
    return;
  }
  let result = service.lastResult(resource);
  if (!result) {
    if ((await service.run(await vscode.workspace.openTextDocument(resource))) !== 'done') return;
    result = service.lastResult(resource)!;
  }
  const chosen = format ?? (await pickFormat());
  if (!chosen) return;
  const base = fileStem(resource, 'stack');
  const destination = saveTo ?? await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(resource, '..', `${base}${FORMATS[chosen].suffix}`),
    filters: { [FORMATS[chosen].filter]: [FORMATS[chosen].extension] },
  });
  if (!destination) return;
  await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(FORMATS[chosen].write(result)));
  void vscode.window.showInformationMessage(uiLocalizer().t('simulation.simulationResultsSavedTo', fileName(destination)));
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const items: (vscode.QuickPickItem & { format: ExportFormat })[] = [
    { label: uiLocalizer().t('simulation.jsonEverything'), detail: uiLocalizer().t('simulation.settingsSeriesTotalsEventsConsolidation'), format: 'json' },
    { label: uiLocalizer().t('simulation.csvTimeSeries'), detail: uiLocalizer().t('simulation.oneRowPerEntityAnd'), format: 'series-csv' },
    { label: uiLocalizer().t('simulation.csvTotalsPerEntity'), detail: uiLocalizer().t('simulation.oneRowPerHostVm'), format: 'stats-csv' },
  ];
  return (await vscode.window.showQuickPick(items, { title: uiLocalizer().t('simulation.exportSimulationResults') }))?.format;
}

/** The file of the focused results panel, else the active .virt editor's. */
function currentResource(service: SimulationService): vscode.Uri | undefined {
  const panel = service.panels.all.find((p) => p.panel.active);
  if (panel) return panel.resource;
  const doc = vscode.window.activeTextEditor?.document;
  return doc?.languageId === VIRT_LANGUAGE ? doc.uri : undefined;
}
