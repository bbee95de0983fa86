// The preview page's HTML. Kept free of `vscode` so the browser test loads exactly the page
// the extension serves, with a stub in place of the webview API.
import type { PreviewInit } from '../../shared/messages';
import { type PageResources, webviewPage } from '../webviewPage';

export { makeNonce, type PageResources } from '../webviewPage';

/**
 * The Content-Security-Policy of the page, measured against what mermaid does: scripts only
 * by nonce ('strict-dynamic' lets the nonced module load its own chunks), inline styles
 * because mermaid writes `<style>` and `style=""` into every SVG, and `data:` images only
 * because the PNG export draws the SVG onto a canvas through one. No eval, no network.
 */
export function contentSecurityPolicy(r: Pick<PageResources, 'cspSource' | 'nonce'>): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${r.nonce}' 'strict-dynamic'`,
    `style-src ${r.cspSource} 'unsafe-inline'`,
    `img-src ${r.cspSource} data:`,
  ].join('; ');
}

/** The whole page: the init data travels in an attribute, so no inline script is needed. */
export function previewHtml(r: PageResources, init: PreviewInit): string {
  return webviewPage(r, { csp: contentSecurityPolicy(r), initId: 'virtstack-preview-init', init });
}
