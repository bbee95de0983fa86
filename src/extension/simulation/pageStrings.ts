import type { SimulationStrings } from '../../shared/messages';
import type { Translate } from './view';

/** The results page's own words, in the user's language. */
export function simulationStrings(t: Translate): SimulationStrings {
  return {
    rerun: t('Run again'),
    cancel: t('Cancel'),
    summary: t('Summary'),
    charts: t('Over time'),
    consolidation: t('Consolidation: servers needed per kind of virtualization'),
    jobs: t('Batch jobs'),
    isolation: t('Isolation of the kinds used, strongest first'),
    events: t('Events'),
    notes: t('Assumptions'),
    noEvents: t('Nothing happened worth listing.'),
    noResults: t('No results yet.'),
    goToSource: t('Go to the source line'),
    servers: t('Servers'),
    ffd: t('First-fit decreasing'),
    bfd: t('Best-fit decreasing'),
    time: t('Time'),
  };
}
