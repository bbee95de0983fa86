// The results page's HTML. Kept free of `vscode` so a browser test can load exactly the page
// the extension serves.
import { randomBytes } from 'node:crypto';
import type { SimulationInit } from '../../shared/messages';

/** Where the page's resources come from and the nonce its script carries. */
export interface SimulationPageResources {
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  readonly nonce: string;
}

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
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(simulationCsp(r))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta id="virtstack-simulation-init" data-init="${attr(JSON.stringify(init))}">
<link rel="stylesheet" href="${attr(r.styleUri)}">
</head>
<body>
<main id="app" aria-live="polite"></main>
<script type="module" nonce="${attr(r.nonce)}" src="${attr(r.scriptUri)}"></script>
</body>
</html>
`;
}

/** A fresh nonce for each page. */
export function simulationNonce(): string {
  return randomBytes(24).toString('base64').replace(/[+/=]/g, '');
}

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
