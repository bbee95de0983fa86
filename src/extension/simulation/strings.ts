import * as vscode from 'vscode';
import type { SimulationStrings } from '../../shared/messages';
import type { Translate } from './view';

/** vscode.l10n.t as the view builder takes it. */
export const translate: Translate = (message, ...args) => vscode.l10n.t(message, ...args);

/** The results page's own words, in the user's language. */
export function simulationStrings(): SimulationStrings {
  return {
    rerun: vscode.l10n.t('Run again'),
    cancel: vscode.l10n.t('Cancel'),
    summary: vscode.l10n.t('Summary'),
    charts: vscode.l10n.t('Over time'),
    consolidation: vscode.l10n.t('Consolidation: servers needed per kind of virtualization'),
    jobs: vscode.l10n.t('Batch jobs'),
    isolation: vscode.l10n.t('Isolation of the kinds used, strongest first'),
    events: vscode.l10n.t('Events'),
    notes: vscode.l10n.t('Assumptions'),
    noEvents: vscode.l10n.t('Nothing happened worth listing.'),
    noResults: vscode.l10n.t('No results yet.'),
    goToSource: vscode.l10n.t('Go to the source line'),
    servers: vscode.l10n.t('Servers'),
    ffd: vscode.l10n.t('First-fit decreasing'),
    bfd: vscode.l10n.t('Best-fit decreasing'),
    time: vscode.l10n.t('Time'),
  };
}
