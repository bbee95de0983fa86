import * as vscode from 'vscode';
import type { Translate } from './view';

/** vscode.l10n.t as the view builder takes it. */
export const translate: Translate = (message, ...args) => vscode.l10n.t(message, ...args);
