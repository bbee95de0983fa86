import * as vscode from 'vscode';
import { parseDuration, type SimulationOverrides } from '../../core/simulation';

/**
 * The user's overrides of the file's `simulate` block (`virtstack.simulation.*`), or a message
 * naming the setting that cannot be read. Empty settings leave the file's values.
 */
export function readSimulationOverrides(scope?: vscode.Uri): { overrides: SimulationOverrides } | { problem: string } {
  const c = vscode.workspace.getConfiguration('virtstack.simulation', scope);
  const overrides: SimulationOverrides = {};
  for (const key of ['duration', 'step'] as const) {
    const raw = c.get<unknown>(key);
    if (raw === undefined || raw === null || raw === '') continue;
    const seconds = typeof raw === 'string' ? parseDuration(raw) : undefined;
    if (seconds === undefined) return { problem: vscode.l10n.t("The setting virtstack.simulation.{0} is not a duration such as '48 h' or '30 s': {1}", key, JSON.stringify(raw)) };
    overrides[key] = seconds;
  }
  const seed = c.get<unknown>('seed');
  if (seed !== undefined && seed !== null) {
    if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0) return { problem: vscode.l10n.t('The setting virtstack.simulation.seed must be a whole number of 0 or more: {0}', JSON.stringify(seed)) };
    overrides.seed = seed;
  }
  return { overrides };
}
