import * as vscode from 'vscode';
import { activeVirtEditor, guarded } from '../commands/general';
import type { SimulationService } from './service';

/**
 * "Compare Kinds of Virtualization": simulates the active file and opens its results at the
 * consolidation table, where its workloads are placed with no virtualization, as VMs and as containers.
 */
export function registerCompareKinds(service: SimulationService): vscode.Disposable {
  return vscode.commands.registerCommand('virtstack.simulation.compare', guarded(vscode.l10n.t('Compare Kinds of Virtualization'), async () => {
    const editor = activeVirtEditor();
    if (editor) await service.run(editor.document, 'consolidation');
  }));
}
