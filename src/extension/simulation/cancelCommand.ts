import * as vscode from 'vscode';
import { guarded } from '../commands/general';
import type { SimulationService } from './service';

/** "Cancel Simulation": stops the running simulations; their panels keep the last complete results. */
export function registerCancelSimulation(service: SimulationService): vscode.Disposable {
  return vscode.commands.registerCommand('virtstack.simulation.cancel', guarded(vscode.l10n.t('Cancel Simulation'), () => {
    if (!service.cancel()) void vscode.window.showInformationMessage(vscode.l10n.t('VirtStack: no simulation is running.'));
  }));
}
