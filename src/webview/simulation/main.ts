// The simulation results page: shows what the host sends, restores its last view after a
// reload from the saved state, redraws its charts when the theme changes, and reports what
// it drew so that tests in VS Code can see the charts are there.
import { parseSimulationStatus, parseSimulationView, SIMULATION_PROTOCOL, type SimulationInit, type SimulationStatus, type SimulationView } from '../../shared/simulationProtocol';
import { connect, readInit } from '../channel';
import { ResultsPage } from './page';
import { onThemeChange } from './theme';
import './style.css';

const host = connect(SIMULATION_PROTOCOL);
const init = readInit<SimulationInit>(SIMULATION_PROTOCOL);
const root = document.getElementById('app')!;
const page = new ResultsPage(root, init.strings, {
  rerun: () => host.post({ type: 'rerun' }),
  cancel: () => host.post({ type: 'cancel' }),
  reveal: (start, end) => host.post({ type: 'reveal', start, end }),
  copyMarkdown: (part) => host.post({ type: 'copyMarkdown', part }),
  exportChart: (format, name, data) => host.post({ type: 'chartExport', format, name, data }),
}, init.title);
let view: SimulationView | undefined;

// The saved view and status are checked like a message from the host: a state from an older
// version of the page is shown only if it still has the shape this page draws.
const saved = host.restore();
const savedView = parseSimulationView(saved?.view);
const savedStatus = parseSimulationStatus(saved?.status);
if (savedView) show(savedView, savedStatus ?? { state: 'done' });
else if (savedStatus) setStatus(savedStatus);

host.onMessage((message) => {
  if (message.type === 'show') show(message.view, message.status, message.focus);
  else setStatus(message.status);
});
onThemeChange(() => page.redraw());
host.post({ type: 'ready' });

function show(next: SimulationView, nextStatus: SimulationStatus, focus?: 'consolidation'): void {
  view = next;
  const charts = page.show(next, focus);
  setStatus(nextStatus);
  host.post({ type: 'rendered', version: next.version, charts });
}

function setStatus(next: SimulationStatus): void {
  page.setStatus(next);
  // A reload in the middle of a run cannot resume it: keep the results, drop the progress.
  const keep = next.state === 'running' ? { state: 'idle' as const } : next;
  host.save({ resource: init.resource, view, status: keep });
}
