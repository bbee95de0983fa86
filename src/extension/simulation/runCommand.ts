import * as vscode from 'vscode';
import { activeVirtEditor, guarded } from '../commands/general';
import type { SimulationService } from './service';

/** "Run Simulation": simulates the active .virt file (or the file of the focused results panel) and shows the results beside it. */
export function registerRunSimulation(service: SimulationService): vscode.Disposable {
  return vscode.commands.registerCommand('virtstack.simulation.run', guarded(vscode.l10n.t('Run Simulation'), async () => {
    const panel = service.panels.all.find((p) => p.panel.active);
    if (panel) {
      await service.run(await vscode.workspace.openTextDocument(panel.resource));
      return;
    }
    const editor = activeVirtEditor();
    if (editor) await service.run(editor.document);
  }));
}
