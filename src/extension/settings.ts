import * as vscode from 'vscode';
import { DEFAULT_VALIDATION, type ValidationOptions } from '../core/validate';

/** Overcommit limits from the user's settings (the file's own `simulate` block still wins). */
export function readValidationOptions(scope?: vscode.Uri): ValidationOptions {
  const c = vscode.workspace.getConfiguration('virtstack.validation', scope);
  return {
    cpuOvercommit: positive(c.get<number>('cpuOvercommitRatio'), DEFAULT_VALIDATION.cpuOvercommit),
    memoryOvercommit: positive(c.get<number>('memoryOvercommitRatio'), DEFAULT_VALIDATION.memoryOvercommit),
  };
}

/** Milliseconds to wait after a keystroke before checking the file again. */
export function readValidationDelay(scope?: vscode.Uri): number {
  const v = vscode.workspace.getConfiguration('virtstack.validation', scope).get<number>('delay');
  return typeof v === 'number' && v >= 0 && v <= 10_000 ? v : 150;
}

// A hand-edited settings.json may hold anything; fall back rather than fail.
function positive(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback;
}
