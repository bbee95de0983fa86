// SVG and PNG on the command line, drawn by the preview page itself (dist/webview/preview) in a
// headless Chromium driven by playwright-core, so that a file exported here is the file the
// preview's Export button saves. Nothing is downloaded: the browser is one already installed
// (CHROME_PATH, else the usual places), and when there is none the command says what is missing.
// The page is served by request interception (no port, no server), under its own CSP.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Analysis, DEFAULT_MAX_BLOCKS, type DiagramOptions, type Localizer, MAX_HOST_BLOCKS, positionsOf, stackDescription, xmlChars } from '../core/languageService';
import { previewHtml } from '../extension/panel/page';
import { previewStrings, updateStrings } from '../extension/preview/strings';
import { buildUpdate } from '../extension/preview/update';
import type { PreviewExportTheme, PreviewFromWebview } from '../shared/previewProtocol';
import { CliError } from './command';

const ORIGIN = 'http://virtstack.cli';

/** Where Chromium or Chrome usually is, after CHROME_PATH. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** The browser to run: CHROME_PATH when set (and then only it), else the first usual place that exists. */
export function findChromium(env: Readonly<Record<string, string | undefined>>, l10n: Localizer, exists: (p: string) => boolean = fs.existsSync): string {
  const chosen = env.CHROME_PATH;
  if (chosen) {
    if (!exists(chosen)) throw new CliError(l10n.t('cli.export.chromeNotThere', chosen));
    return chosen;
  }
  const found = CANDIDATES.find(exists);
  if (!found) throw new CliError(l10n.t('cli.export.noChromium'));
  return found;
}

/** What to draw and how. */
export interface RenderRequest {
  readonly analysis: Analysis;
  readonly options: DiagramOptions;
  readonly format: 'svg' | 'png';
  readonly theme: Extract<PreviewExportTheme, 'light' | 'dark'>;
  readonly title: string;
  readonly l10n: Localizer;
  readonly packageRoot: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The exported SVG text or PNG bytes. */
export async function renderImage(r: RenderRequest): Promise<string | Uint8Array> {
  const dist = path.join(r.packageRoot, 'dist', 'webview', 'preview');
  const media = path.join(r.packageRoot, 'media');
  const executablePath = findChromium(r.env, r.l10n);
  let chromium: typeof import('playwright-core').chromium;
  try {
    // Loaded only here: checking and formatting never pay for it.
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new CliError(r.l10n.t('cli.export.noPlaywright'));
  }
  if (!fs.existsSync(path.join(dist, 'main.js'))) throw new CliError(r.l10n.t('cli.export.noPage', dist));
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] })
    .catch((err: Error) => {
      throw new CliError(r.l10n.t('cli.export.launchFailed', executablePath, err.message.split('\n')[0]));
    });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const html = previewHtml(
      { cspSource: ORIGIN, scriptUri: `${ORIGIN}/dist/main.js`, styleUri: `${ORIGIN}/media/preview.css`, nonce: 'virtstack-cli-export-nonce', lang: r.l10n.locale },
      { resource: 'file:///stack.virt', locked: false, theme: r.theme, strings: previewStrings(r.l10n) },
    ).replace('<body>', `<body class="${r.theme === 'dark' ? 'vscode-dark' : 'vscode-light'}">`);
    await page.route(`${ORIGIN}/**`, async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === '/preview.html') return route.fulfill({ contentType: 'text/html', body: html });
      const [root, rest] = url.pathname.startsWith('/dist/') ? [dist, url.pathname.slice(6)] : url.pathname.startsWith('/media/') ? [media, url.pathname.slice(7)] : ['', ''];
      const file = path.join(root, decodeURIComponent(rest));
      if (!root || !file.startsWith(root + path.sep) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ contentType: file.endsWith('.css') ? 'text/css' : 'text/javascript', body: fs.readFileSync(file) });
    });
    await page.addInitScript(STUB);
    await page.goto(`${ORIGIN}/preview.html`);
    const posted = (): Promise<PreviewFromWebview[]> => page.evaluate('window.__posted') as Promise<PreviewFromWebview[]>;
    const waitFor = async <T extends PreviewFromWebview['type']>(type: T, ok: (m: Extract<PreviewFromWebview, { type: T }>) => boolean = () => true): Promise<Extract<PreviewFromWebview, { type: T }>> => {
      const deadline = Date.now() + 60_000;
      for (;;) {
        const found = (await posted()).find((m) => m.type === type && ok(m as never));
        if (found) return found as never;
        if (Date.now() > deadline) throw new CliError(r.l10n.t('cli.export.pageTimeout'));
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    };
    await waitFor('ready');
    const at = positionsOf(r.analysis.text);
    const { message } = buildUpdate({
      analysis: r.analysis, version: 1, resource: 'file:///stack.virt', locked: false, theme: r.theme, options: r.options,
      maxBlocks: DEFAULT_MAX_BLOCKS, maxHostBlocks: MAX_HOST_BLOCKS, strings: updateStrings(r.l10n), lineOf: (offset) => at(offset).line,
    });
    await page.evaluate((m) => window.postMessage(m, '*'), message);
    await waitFor('rendered', (m) => m.version === 1);
    const kinds = r.options.strings?.kinds;
    const desc = kinds ? stackDescription(r.analysis.model, kinds, r.l10n.t('preview.export.descMore', '{0}')) : '';
    await page.evaluate((m) => window.postMessage(m, '*'), { type: 'exportRequest', format: r.format, id: 1, theme: r.theme, title: xmlChars(r.title), desc: xmlChars(desc) });
    const exported = await waitFor('exported', (m) => m.id === 1);
    return r.format === 'svg' ? exported.data : new Uint8Array(Buffer.from(exported.data, 'base64'));
  } finally {
    await browser.close().catch(() => undefined);
  }
}

/** The stub of VS Code's webview API: what the page posts lands in `window.__posted`. */
const STUB = `
  window.__posted = [];
  window.acquireVsCodeApi = function () {
    return {
      postMessage: function (m) { window.__posted.push(JSON.parse(JSON.stringify(m))); },
      getState: function () { return undefined; },
      setState: function () {},
    };
  };
`;
