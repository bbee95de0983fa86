// The HTML of VirtStack's webview pages: the shell they share and each page's policy. Kept free
// of `vscode` so the browser tests load exactly the pages the extension serves.
import { PREVIEW_PROTOCOL, type PreviewInit } from '../../shared/previewProtocol';
import { SIMULATION_PROTOCOL, type SimulationInit } from '../../shared/simulationProtocol';

/** Where a page's resources come from and the nonce its script carries. */
export interface PageResources {
  /** `webview.cspSource`: the origin of the extension's files inside the webview. */
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  readonly nonce: string;
  /** VS Code's display language (`vscode.env.language`), declared by `<html lang>` for screen readers and hyphenation. */
  readonly lang?: string;
}

/** What differs between pages: their policy, their init data and the element the script fills. */
export interface PageContent {
  readonly csp: string;
  /** Id of the `<meta>` whose `data-init` attribute carries the init data (no inline script needed). */
  readonly initId: string;
  readonly init: unknown;
  /** Markup placed before the script, e.g. the element the page renders into. */
  readonly body?: string;
}

/** A whole page: the init data travels in an attribute, so the CSP needs no inline script. */
export function webviewPage(r: PageResources, page: PageContent): string {
  return `<!DOCTYPE html>
<html lang="${escapeAttr(r.lang ?? 'en')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(page.csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta id="${escapeAttr(page.initId)}" data-init="${escapeAttr(JSON.stringify(page.init))}">
<link rel="stylesheet" href="${escapeAttr(r.styleUri)}">
</head>
<body>
${page.body ?? ''}<script type="module" nonce="${escapeAttr(r.nonce)}" src="${escapeAttr(r.scriptUri)}"></script>
</body>
</html>
`;
}

/** A fresh nonce for each page: 24 bytes of the Web Crypto API's secure random source (Node and browsers both have it), in hex. */
export function makeNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(24));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Text made safe for a double- or single-quoted HTML attribute. */
export function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// ---- The stack preview ------------------------------------------------------------------

/**
 * The preview's Content-Security-Policy, measured against what mermaid does: scripts only by
 * nonce ('strict-dynamic' lets the nonced module load its own chunks), inline styles because
 * mermaid writes `<style>` and `style=""` into every SVG, and `data:` images only because the
 * PNG export draws the SVG onto a canvas through one. No eval, no network.
 */
export function contentSecurityPolicy(r: Pick<PageResources, 'cspSource' | 'nonce'>): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${r.nonce}' 'strict-dynamic'`,
    `style-src ${r.cspSource} 'unsafe-inline'`,
    `img-src ${r.cspSource} data:`,
  ].join('; ');
}

/** The preview's whole page. */
export function previewHtml(r: PageResources, init: PreviewInit): string {
  return webviewPage(r, { csp: contentSecurityPolicy(r), initId: PREVIEW_PROTOCOL.initId, init });
}

// ---- The simulation results -------------------------------------------------------------

/**
 * Scripts only by nonce ('strict-dynamic' lets the module load its own chunks), styles only
 * from the extension's stylesheet: Chart.js draws on canvas and sets sizes through the CSSOM,
 * which style-src does not govern, so no 'unsafe-inline' is needed. No images, no network.
 */
export function simulationCsp(r: Pick<PageResources, 'cspSource' | 'nonce'>): string {
  return ["default-src 'none'", `script-src 'nonce-${r.nonce}' 'strict-dynamic'`, `style-src ${r.cspSource}`, `font-src ${r.cspSource}`].join('; ');
}

/**
 * The results page's whole page. Its main element is no live region: a screen reader would
 * read every redrawn chart and table out; the page's status line (role=status) says what changed.
 */
export function simulationHtml(r: PageResources, init: SimulationInit): string {
  return webviewPage(r, { csp: simulationCsp(r), initId: SIMULATION_PROTOCOL.initId, init, body: '<main id="app"></main>\n' });
}
