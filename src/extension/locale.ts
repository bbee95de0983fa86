import * as vscode from 'vscode';
type Locale = 'en' | 'ko';

/** The language the core's messages are shown in: Korean when VS Code's display language is Korean. */
export function uiLocale(): Locale {
  return vscode.env.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
