// `markdown 5 blocks`: a Markdown document with five ```virt blocks, from its text to every host
// drawn, as VS Code's Markdown preview does it: the markdown-it plugin in Node
// (src/extension/markdown), then a fresh page under the Markdown preview's Content-Security-Policy
// (scripts by nonce only) loading the built preview script (dist/webview/markdown/loader.js) and
// drawing the blocks, mermaid not yet loaded. Each run is a new page. Never fails on time.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { analyze, localizerFor } from '../../src/core/languageService';
import { extendMarkdownIt, type MarkdownIt } from '../../src/extension/markdown/plugin';
import { repoRoot } from '../../test/harness/paths';
import { median } from '../stats';

const ORIGIN = 'http://virtstack-markdown.test';
const NONCE = 'bench-nonce-1234567890';
const EXAMPLES = ['hypervisor.virt', 'container.virt', 'host-os.virt', 'nested.virt', 'storage.virt'];

interface Md extends MarkdownIt {
  render(text: string): string;
}

/** The document: one section per example, each a fenced virt block. */
export function fiveBlocks(): string {
  return EXAMPLES.map((name) => `## ${name}\n\nSome prose about ${name}.\n\n\`\`\`virt\n${fs.readFileSync(path.join(repoRoot, 'examples', name), 'utf8')}\`\`\`\n`).join('\n');
}

/** The page as the Markdown preview builds it: its CSP, the contributed style and script. */
function pageHtml(body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' ${ORIGIN} https: data:; style-src 'self' ${ORIGIN} 'unsafe-inline'; script-src 'nonce-${NONCE}'; font-src 'self' ${ORIGIN} data:;">
<link rel="stylesheet" href="${ORIGIN}/media/markdown.css"></head>
<body class="vscode-body vscode-light" style="--vscode-font-family: sans-serif">${body}
<script async src="${ORIGIN}/dist/webview/markdown/loader.js" nonce="${NONCE}" charset="UTF-8"></script></body></html>`;
}

/** Median ms from the text to every host drawn, and the parts: markdown-it in Node, the page. */
export async function markdownBench(context: BrowserContext, runs: number): Promise<{ total: number; node: number; page: number; hosts: number }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const MarkdownItCtor = require('markdown-it') as new (options?: { html?: boolean }) => Md;
  const text = fiveBlocks();
  const nodeMs: number[] = [];
  const pageMs: number[] = [];
  let hosts = 0;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const html = extendMarkdownIt(new MarkdownItCtor({ html: true }), { l10n: localizerFor('en'), analyze }).render(text);
    nodeMs.push(performance.now() - start);
    const page = await context.newPage();
    await page.route(`${ORIGIN}/**`, async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === '/index.html') return route.fulfill({ contentType: 'text/html', body: pageHtml(html) });
      const file = path.join(repoRoot, url.pathname);
      if (!file.startsWith(path.join(repoRoot, 'dist')) && !file.startsWith(path.join(repoRoot, 'media'))) return route.fulfill({ status: 404, body: '' });
      if (!fs.existsSync(file)) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ contentType: file.endsWith('.css') ? 'text/css' : 'text/javascript', body: fs.readFileSync(file) });
    });
    await page.goto(`${ORIGIN}/index.html`);
    await page.waitForFunction(() => {
      const all = document.querySelectorAll('.virtstack-host').length;
      return all > 0 && document.querySelectorAll('.virtstack-host .virtstack-canvas svg').length === all;
    }, undefined, { timeout: 60_000, polling: 10 });
    // performance.now() counts from the navigation's start: the page's whole time to the drawings.
    pageMs.push(await page.evaluate(() => performance.now()));
    hosts = await page.evaluate(() => document.querySelectorAll('.virtstack-host').length);
    await page.close();
  }
  const node = median(nodeMs);
  const shown = median(pageMs);
  return { total: node + shown, node, page: shown, hosts };
}
