import * as vscode from 'vscode';
import { type Locale, localeOf } from '../../core/services/texts';

/** The language the services write hovers, details and titles in: VS Code's display language. */
export function uiLocale(): Locale {
  return localeOf(vscode.env.language);
}

/** The documents the providers serve. */
export const VIRT_SELECTOR: vscode.DocumentSelector = { language: 'virt' };
