/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Functions passed to page.evaluate() run in the browser page, where the DOM is the global scope.
// Loads the built preview page (dist/webview/preview) in headless Chromium exactly as the
// extension serves it, with its CSP, and a stub of the VS Code webview API that records what
// the page posts. Files are served through request interception: no port, no server.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { analyze } from '../../src/core/analyze';
import { DEFAULT_DIAGRAM_OPTIONS } from '../../src/core/diagram/strings';
import { DEFAULT_MAX_BLOCKS, MAX_HOST_BLOCKS } from '../../src/core/diagram/types';
import { previewHtml } from '../../src/extension/panel/page';
import { buildUpdate, type Shown } from '../../src/extension/preview/update';
import { ENGLISH_PREVIEW_STRINGS, ENGLISH_UPDATE_STRINGS } from '../../src/extension/preview/strings';
import type { PreviewFromWebview, PreviewInit, PreviewTheme, PreviewToWebview, PreviewUpdate } from '../../src/shared/previewProtocol';
import { launchBrowser } from '../harness/browser';
import { repoRoot } from '../harness/paths';

const ORIGIN = 'http://virtstack.test';
const DIST = path.join(repoRoot, 'dist', 'webview', 'preview');
const MEDIA = path.join(repoRoot, 'media');

/** VS Code's theme as the webview sees it: a class on the body and variables on the root. */
export const THEMES = {
  light: { bodyClass: 'vscode-light', vars: { '--vscode-editor-background': '#ffffff', '--vscode-editor-foreground': '#1f1f1f', '--vscode-font-family': 'sans-serif', '--vscode-font-size': '13px' } },
  dark: { bodyClass: 'vscode-dark', vars: { '--vscode-editor-background': '#1f1f1f', '--vscode-editor-foreground': '#cccccc', '--vscode-font-family': 'sans-serif', '--vscode-font-size': '13px' } },
  highContrast: { bodyClass: 'vscode-high-contrast', vars: { '--vscode-editor-background': '#000000', '--vscode-editor-foreground': '#ffffff', '--vscode-font-family': 'sans-serif', '--vscode-font-size': '13px' } },
} as const;

/** The page and what it posted. */
export interface PreviewPage {
  readonly page: Page;
  /** Messages the page posted through the stub, oldest first. */
  posted(): Promise<PreviewFromWebview[]>;
  /** Sends a message as the extension host would. */
  send(message: PreviewToWebview): Promise<void>;
  /** Waits for a posted message that matches. */
  waitForPosted<T extends PreviewFromWebview['type']>(type: T, match?: (m: Extract<PreviewFromWebview, { type: T }>) => boolean, timeoutMs?: number): Promise<Extract<PreviewFromWebview, { type: T }>>;
  /** Errors thrown in the page. */
  readonly pageErrors: string[];
}

/** The stub of `acquireVsCodeApi`: posted messages and saved state land on `window`. */
const STUB = `
  window.__posted = [];
  window.__state = undefined;
  let acquired = false;
  window.acquireVsCodeApi = function () {
    if (acquired) throw new Error('acquireVsCodeApi may be called only once');
    acquired = true;
    return {
      postMessage: function (m) { window.__posted.push(JSON.parse(JSON.stringify(m))); },
      getState: function () { return window.__state; },
      setState: function (s) { window.__state = s; },
    };
  };
`;

let context: BrowserContext | undefined;

/** One browser for the whole run (launching Chromium costs a second or two). */
export async function browser(): Promise<BrowserContext> {
  assert.ok(fs.existsSync(path.join(DIST, 'main.js')), 'dist/webview/preview/main.js is missing; run `npm run build` first (npm run test:webview does)');
  context ??= await launchBrowser();
  return context;
}

/** Opens the preview page with the given init data and theme. */
export async function openPreview(init: Partial<PreviewInit> = {}, theme: keyof typeof THEMES = 'light'): Promise<PreviewPage> {
  const ctx = await browser();
  const page = await ctx.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const fullInit: PreviewInit = { resource: 'file:///stack.virt', locked: false, theme: 'auto', strings: ENGLISH_PREVIEW_STRINGS, ...init };
  const html = previewHtml({ cspSource: ORIGIN, scriptUri: `${ORIGIN}/dist/main.js`, styleUri: `${ORIGIN}/media/preview.css`, nonce: 'test-nonce-1234567890' }, fullInit);
  const t = THEMES[theme];
  // VS Code puts the theme class on the body and the colour variables on <html> before the page runs.
  const themed = html
    .replace('<html lang="en">', `<html lang="en" style="${Object.entries(t.vars).map(([k, v]) => `${k}: ${v}`).join('; ')}">`)
    .replace('<body>', `<body class="${t.bodyClass}">`);
  await page.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/preview.html') return route.fulfill({ contentType: 'text/html', body: themed });
    const [root, rest] = url.pathname.startsWith('/dist/') ? [DIST, url.pathname.slice(6)] : url.pathname.startsWith('/media/') ? [MEDIA, url.pathname.slice(7)] : ['', ''];
    const file = path.join(root, rest);
    if (!root || !file.startsWith(root) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ contentType: file.endsWith('.css') ? 'text/css' : 'text/javascript', body: fs.readFileSync(file) });
  });
  // A string, not a function: tsx would wrap a function's inner functions in helpers the page lacks.
  await page.addInitScript(STUB);
  await page.goto(`${ORIGIN}/preview.html`);
  const preview: PreviewPage = {
    page,
    pageErrors,
    posted: () => page.evaluate(() => (window as unknown as { __posted: PreviewFromWebview[] }).__posted),
    send: (message) => page.evaluate((m) => window.postMessage(m, '*'), message),
    async waitForPosted(type, match, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = (await preview.posted()).filter((m) => m.type === type).find((m) => !match || match(m as never));
        if (found) return found as never;
        if (Date.now() > deadline) assert.fail(`the page posted no matching '${type}' within ${timeoutMs} ms; posted: ${JSON.stringify((await preview.posted()).map((m) => m.type))}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
  await preview.waitForPosted('ready');
  return preview;
}

/** The update the extension would send for a text. */
export function updateFor(text: string, version = 1, extra: { theme?: PreviewTheme; lastGood?: Shown; maxBlocks?: number; notice?: string; columns?: number } = {}): { message: PreviewUpdate; shown: Shown } {
  const analysis = analyze(text);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const { message, shown } = buildUpdate({
    analysis, version, resource: 'file:///stack.virt', locked: false, theme: extra.theme ?? 'auto', options: { ...DEFAULT_DIAGRAM_OPTIONS, maxColumns: extra.columns },
    maxBlocks: extra.maxBlocks ?? DEFAULT_MAX_BLOCKS, maxHostBlocks: MAX_HOST_BLOCKS, strings: ENGLISH_UPDATE_STRINGS,
    lineOf: (o) => lineStarts.filter((s) => s <= o).length, lastGood: extra.lastGood, notice: extra.notice,
  });
  return { message, shown };
}

/**
 * The column budget the page last asked for (with `ready`, then `columns` on a resize), as the
 * extension would pass it to the diagram. Waits two frames first: a resize reaches the page's
 * ResizeObserver before the next frame is painted.
 */
export async function pageColumns(preview: PreviewPage): Promise<number> {
  await preview.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const asked = (await preview.posted()).flatMap((m) => (m.type === 'ready' || m.type === 'columns') && m.columns !== undefined ? [m.columns] : []);
  assert.ok(asked.length > 0, 'the page asked for a column budget');
  return asked[asked.length - 1];
}

/** Sends an update and waits until the page reports it drawn. */
export async function render(preview: PreviewPage, message: PreviewUpdate): Promise<Extract<PreviewFromWebview, { type: 'rendered' }>> {
  await preview.send(message);
  return preview.waitForPosted('rendered', (m) => m.version === message.version, 60_000);
}

/** Reads an example file. */
export function example(name: string): string {
  return fs.readFileSync(path.join(repoRoot, 'examples', name), 'utf8');
}
