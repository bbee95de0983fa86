// The results page's HTML. Kept free of `vscode` so a browser test can load exactly the page
// the extension serves.
import type { SimulationInit } from '../../shared/messages';
import { type PageResources, webviewPage } from '../webviewPage';

/** Where the results page's resources come from. */
export type SimulationPageResources = PageResources;

/**
 * Scripts only by nonce ('strict-dynamic' lets the module load its own chunks), styles only
 * from the extension's stylesheet: Chart.js draws on canvas and sets sizes through the CSSOM,
 * which style-src does not govern, so no 'unsafe-inline' is needed. No images, no network.
 */
export function simulationCsp(r: Pick<SimulationPageResources, 'cspSource' | 'nonce'>): string {
  return ["default-src 'none'", `script-src 'nonce-${r.nonce}' 'strict-dynamic'`, `style-src ${r.cspSource}`, `font-src ${r.cspSource}`].join('; ');
}

/** The whole page; the init data travels in an attribute, so no inline script is needed. */
export function simulationHtml(r: SimulationPageResources, init: SimulationInit): string {
  return webviewPage(r, { csp: simulationCsp(r), initId: 'virtstack-simulation-init', init, body: '<main id="app" aria-live="polite"></main>\n' });
}
