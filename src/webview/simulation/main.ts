// The simulation results page: shows what the host sends, restores its last view after a
// reload from the saved state, redraws its charts when the theme changes, and reports what
// it drew so that tests in VS Code can see the charts are there.
import type { SimulationStatus, SimulationToWebview, SimulationView } from '../../shared/messages';
import { post, readInit, savedState, saveState } from './api';
import { ResultsPage } from './page';
import { onThemeChange } from './theme';
import './style.css';

const init = readInit();
const root = document.getElementById('app')!;
const page = new ResultsPage(root, init.strings, {
  rerun: () => post({ type: 'rerun' }),
  cancel: () => post({ type: 'cancel' }),
  reveal: (start, end) => post({ type: 'reveal', start, end }),
});
let view: SimulationView | undefined;

const saved = savedState();
if (saved?.view) show(saved.view, saved.status ?? { state: 'done' });
else if (saved?.status) setStatus(saved.status);

window.addEventListener('message', (event: MessageEvent<SimulationToWebview>) => {
  const message = event.data;
  if (message?.type === 'show') show(message.view, message.status, message.focus);
  else if (message?.type === 'status') setStatus(message.status);
});
onThemeChange(() => page.redraw());
post({ type: 'ready' });

function show(next: SimulationView, nextStatus: SimulationStatus, focus?: 'consolidation'): void {
  view = next;
  const charts = page.show(next, focus);
  setStatus(nextStatus);
  post({ type: 'rendered', version: next.version, charts });
}

function setStatus(next: SimulationStatus): void {
  page.setStatus(next);
  // A reload in the middle of a run cannot resume it: keep the results, drop the progress.
  const keep = next.state === 'running' ? { state: 'idle' as const } : next;
  saveState({ resource: init.resource, view, status: keep });
}
