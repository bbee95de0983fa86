import * as vscode from 'vscode';
import { DEFAULT_MAX_BLOCKS } from '../../core/diagram/limits';
import type { PreviewTheme } from '../../shared/messages';

/** The `virtstack.preview.*` settings, checked: a hand-edited settings.json may hold anything. */
export interface PreviewSettings {
  /** Milliseconds between two drawings while typing. */
  readonly updateDelay: number;
  readonly theme: PreviewTheme;
  readonly showResources: boolean;
  readonly maxBlocks: number;
  /** Whether the block under the editor's cursor is highlighted. */
  readonly followCursor: boolean;
}

const THEMES: readonly PreviewTheme[] = ['auto', 'light', 'dark', 'highContrast', 'highContrastLight'];

/** The preview settings for a document. */
export function readPreviewSettings(scope?: vscode.Uri): PreviewSettings {
  const c = vscode.workspace.getConfiguration('virtstack.preview', scope);
  const delay = c.get<unknown>('updateDelay');
  const theme = c.get<unknown>('theme');
  const maxBlocks = c.get<unknown>('maxBlocks');
  return {
    updateDelay: typeof delay === 'number' && delay >= 0 && delay <= 5_000 ? delay : 100,
    theme: THEMES.includes(theme as PreviewTheme) ? (theme as PreviewTheme) : 'auto',
    showResources: c.get<unknown>('showResources') !== false,
    maxBlocks: typeof maxBlocks === 'number' && Number.isInteger(maxBlocks) && maxBlocks >= 1 && maxBlocks <= 100_000 ? maxBlocks : DEFAULT_MAX_BLOCKS,
    followCursor: c.get<unknown>('followCursor') !== false,
  };
}
