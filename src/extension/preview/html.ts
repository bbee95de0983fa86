// The preview page's HTML. Kept free of `vscode` so the browser test loads exactly the page
// the extension serves, with a stub in place of the webview API.
import { randomBytes } from 'node:crypto';
import type { PreviewInit } from '../../shared/messages';

/** Where the page's resources come from and the nonce its script carries. */
export interface PageResources {
  /** `webview.cspSource`: the origin of the extension's files inside the webview. */
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  readonly nonce: string;
}

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
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(r))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta id="virtstack-preview-init" data-init="${attr(JSON.stringify(init))}">
<link rel="stylesheet" href="${attr(r.styleUri)}">
</head>
<body>
<script type="module" nonce="${attr(r.nonce)}" src="${attr(r.scriptUri)}"></script>
</body>
</html>
`;
}

/** A fresh nonce for each page, from the system's secure random source. */
export function makeNonce(): string {
  return randomBytes(24).toString('base64').replace(/[+/=]/g, '');
}

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
