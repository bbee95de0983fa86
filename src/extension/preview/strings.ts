// The preview's words, by message id, in the user's language (English in tests and benchmarks).
// Templates keep their `{0}` for the page or the update to fill in; the words inside the diagram
// are the core's (`diagramStrings`).
import { type Localizer, localizerFor } from '../../core/languageService';
import type { PreviewStrings } from '../../shared/previewProtocol';
import type { UpdateStrings } from './update';

const english = localizerFor('en');

/** The page's words. */
export function previewStrings(l10n: Localizer = english): PreviewStrings {
  return {
    zoomIn: l10n.template('preview.page.zoomIn'),
    zoomOut: l10n.template('preview.page.zoomOut'),
    zoomFitWidth: l10n.template('preview.page.zoomFitWidth'),
    zoomFit: l10n.template('preview.page.zoomFit'),
    zoomReset: l10n.template('preview.page.zoomReset'),
    exportSvg: l10n.template('preview.page.exportSvg'),
    exportPng: l10n.template('preview.page.exportPng'),
    copyMermaid: l10n.template('preview.page.copyMermaid'),
    copyPng: l10n.template('preview.page.copyPng'),
    errorsStale: l10n.template('preview.page.errorsStale'),
    errorsPartial: l10n.template('preview.page.errorsPartial'),
    errorsLive: l10n.template('preview.page.errorsLive'),
    moreErrors: l10n.template('preview.page.moreErrors'),
    line: l10n.template('preview.page.line'),
    rendering: l10n.template('preview.page.rendering'),
    empty: l10n.template('preview.page.empty'),
    renderFailed: l10n.template('preview.page.renderFailed'),
    legend: l10n.template('preview.page.legend'),
    toolbar: l10n.template('preview.page.toolbar'),
  };
}

/** Host-side notices of the update. */
export function updateStrings(l10n: Localizer = english): UpdateStrings {
  return {
    hostTooLarge: l10n.template('preview.update.hostTooLarge'),
    overBudget: l10n.template('preview.update.overBudget'),
  };
}


/** The page's words in English. */
export const ENGLISH_PREVIEW_STRINGS: PreviewStrings = previewStrings();

/** The host's notices in English. */
export const ENGLISH_UPDATE_STRINGS: UpdateStrings = updateStrings();
