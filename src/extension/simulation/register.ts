import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import { registerCancelSimulation } from './cancelCommand';
import { registerCompareKinds } from './compareCommand';
import { registerExportResults } from './exportCommand';
import { SIMULATION_VIEW_TYPE } from './panel';
import { registerRunSimulation } from './runCommand';
import { SimulationService } from './service';

/** Wires the simulation: its service, the panel serializer and the commands. */
export function registerSimulation(context: vscode.ExtensionContext, cache: AnalysisCache): vscode.Disposable {
  const service = new SimulationService(context.extensionUri, cache);
  return vscode.Disposable.from(
    service,
    vscode.window.registerWebviewPanelSerializer(SIMULATION_VIEW_TYPE, service.panels),
    registerRunSimulation(service),
    registerCompareKinds(service),
    registerExportResults(service),
    registerCancelSimulation(service),
    // For tests and troubleshooting, not in the palette: what each panel shows and drew.
    vscode.commands.registerCommand('virtstack.simulation.inspect', () => ({
      panels: service.panels.all.map((p) => ({ resource: p.resource.toString(), status: p.state, version: p.version, rendered: p.rendered, hasResult: service.lastResult(p.resource) !== undefined })),
      runs: Object.fromEntries(service.lastEnds),
    })),
  );
}
