import * as vscode from 'vscode';
import { type Locale, type Localizer, localizerFor } from '../core/languageService';

/** VS Code's display language: the one locale of the whole interface. */
export function uiLocale(): Locale {
  return vscode.env.language;
}

let cached: Localizer | undefined;

/**
 * The interface's words: VS Code's display language, with the bundle VS Code itself loaded for
 * the extension from `l10n/bundle.l10n.<locale>.json` (none for English, which the core carries).
 * The display language changes only with a restart, so one localizer serves the whole session.
 */
export function uiLocalizer(): Localizer {
  return (cached ??= localizerFor(uiLocale(), vscode.l10n.bundle));
}
