// The simulation results page in headless Chromium, served exactly as the extension serves it
// (its HTML, CSP and built bundle from dist/webview/simulation) with a stub of the webview API.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { analyze } from '../../src/core/analyze';
import { simulate, type SimulationResult } from '../../src/core/simulation';
import { simulationHtml } from '../../src/extension/panel/page';
import { buildView, english, simulationStrings } from '../../src/extension/simulation/view';
import type { SimulationFromWebview, SimulationToWebview, SimulationView } from '../../src/shared/simulationProtocol';
import { launchBrowser } from '../harness/browser';
import { repoRoot } from '../harness/paths';
import { readability } from './hooks';

const ORIGIN = 'http://virtstack-simulation.test';
const DIST = path.join(repoRoot, 'dist', 'webview', 'simulation');

const THEMES = {
  light: ['vscode-light', '--vscode-editor-background: #ffffff; --vscode-foreground: #1f1f1f; --vscode-charts-blue: #1a85ff'],
  dark: ['vscode-dark', '--vscode-editor-background: #1f1f1f; --vscode-foreground: #cccccc; --vscode-charts-blue: #3794ff'],
  highContrast: ['vscode-high-contrast', '--vscode-editor-background: #000000; --vscode-foreground: #ffffff; --vscode-contrastBorder: #6fc3df'],
} as const;

/** Records posts and state, and CSP violations, before the page's own script runs. */
const STUB = `
  window.__posted = []; window.__csp = []; window.__state = window.__initialState;
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
  window.acquireVsCodeApi = () => ({
    postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))),
    getState: () => window.__state,
    setState: (s) => { window.__state = JSON.parse(JSON.stringify(s)); },
  });
`;

let context: BrowserContext | undefined;

async function open(theme: keyof typeof THEMES = 'light', state?: unknown): Promise<Page> {
  assert.ok(fs.existsSync(path.join(DIST, 'main.js')), 'dist/webview/simulation/main.js is missing: run `npm run build` first');
  context ??= await launchBrowser();
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const [bodyClass, vars] = THEMES[theme];
  const html = simulationHtml({ cspSource: ORIGIN, scriptUri: `${ORIGIN}/main.js`, styleUri: `${ORIGIN}/main.css`, nonce: 'nonce-for-the-test-0123' }, { resource: 'file:///stack.virt', strings: simulationStrings(english) })
    .replace('<html lang="en">', `<html lang="en" style="${vars}">`)
    .replace('<body>', `<body class="${bodyClass}">`);
  await page.route(`${ORIGIN}/**`, async (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    if (name === 'page.html') return route.fulfill({ contentType: 'text/html', body: html });
    const file = path.join(DIST, name);
    if (!file.startsWith(DIST) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ contentType: file.endsWith('.css') ? 'text/css' : 'text/javascript', body: fs.readFileSync(file) });
  });
  await page.addInitScript(`window.__initialState = ${JSON.stringify(state ?? null) === 'null' ? 'undefined' : JSON.stringify(state)};\n${STUB}`);
  await page.goto(`${ORIGIN}/page.html`);
  await waitForPosted(page, (m) => m.type === 'ready');
  return page;
}

const posted = (page: Page): Promise<SimulationFromWebview[]> => page.evaluate(() => (window as unknown as { __posted: SimulationFromWebview[] }).__posted);

async function waitForPosted(page: Page, match: (m: SimulationFromWebview) => boolean): Promise<SimulationFromWebview> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = (await posted(page)).find(match);
    if (found) return found;
    if (Date.now() > deadline) assert.fail(`nothing matching was posted; posted: ${JSON.stringify(await posted(page))}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const send = (page: Page, m: SimulationToWebview): Promise<void> => page.evaluate((message) => window.postMessage(message, '*'), m);

function resultOf(name: string): { text: string; result: SimulationResult } {
  const text = fs.readFileSync(path.join(repoRoot, 'examples', name), 'utf8');
  const outcome = simulate(analyze(text));
  assert.equal(outcome.status, 'done');
  return { text, result: (outcome as { result: SimulationResult }).result };
}

describe('simulation results page', () => {
  after(async () => context?.close());
  const { text, result } = resultOf('datacenter.virt');
  const view: SimulationView = buildView(result, 'datacenter.virt', 1, english);

  for (const theme of Object.keys(THEMES) as (keyof typeof THEMES)[]) {
    it(`draws every chart in the ${theme} theme, within its CSP`, async () => {
      const page = await open(theme);
      await send(page, { type: 'show', resource: 'file:///stack.virt', view, status: { state: 'done' } });
      const rendered = (await waitForPosted(page, (m) => m.type === 'rendered')) as Extract<SimulationFromWebview, { type: 'rendered' }>;
      assert.equal(rendered.charts, view.charts.length + 1);
      assert.equal(await page.locator('canvas').count(), rendered.charts);
      // The canvases have been drawn on: some pixels are not transparent.
      const inked = await page.evaluate(() => Array.from(document.querySelectorAll('canvas')).map((c) => {
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
        return n;
      }));
      assert.ok(inked.every((n) => n > 500), JSON.stringify(inked));
      assert.equal(await page.locator('.card').count(), view.cards.length);
      assert.deepEqual(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), []);
      await page.screenshot({ path: path.join(repoRoot, 'test-results', 'webview', `simulation-${theme}.png`), fullPage: true });
      await page.close();
    });
  }

  for (const width of [360, 800, 1600]) {
    it(`draws time axes whose tick labels never overlap and name the day, in a ${width} px panel`, async () => {
      const page = await open('light');
      await page.setViewportSize({ width, height: 900 });
      await send(page, { type: 'show', resource: 'file:///stack.virt', view, status: { state: 'done' } });
      await waitForPosted(page, (m) => m.type === 'rendered');
      // Each line chart writes where its time axis drew its labels (charts.ts, data-tick-labels).
      const axes = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLCanvasElement>('#charts canvas')).map((c) => JSON.parse(c.dataset.tickLabels ?? 'null') as [string, number, number][] | null));
      assert.equal(axes.length, view.charts.length);
      for (const [k, labels] of axes.entries()) {
        assert.ok(labels && labels.length > 0, `chart ${k} drew no time labels`);
        // The data centre runs for two days: every label names its day (core/format.ts), at a round step.
        for (const [label] of labels) assert.match(label, /^Day [12] (00|03|06|09|12|15|18|21):00$/, `chart ${k}`);
        for (let i = 1; i < labels.length; i++) {
          const overlaps = labels[i][1] < labels[i - 1][2];
          readability.overlaps = (readability.overlaps ?? 0) + (overlaps ? 1 : 0);
          assert.ok(!overlaps, `chart ${k} at ${width} px: ${JSON.stringify(labels[i - 1])} overlaps ${JSON.stringify(labels[i])}`);
        }
      }
      await page.close();
    });
  }

  it('shows a tooltip with the values at the pointer', async () => {
    const page = await open('dark');
    await send(page, { type: 'show', resource: 'file:///stack.virt', view, status: { state: 'done' } });
    await waitForPosted(page, (m) => m.type === 'rendered');
    // Keep the first chart's pixels in the page, then count how many change under the pointer.
    await page.evaluate(() => {
      const c = document.querySelector('#charts canvas') as HTMLCanvasElement;
      (window as unknown as { __before: Uint8ClampedArray }).__before = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    });
    const box = (await page.locator('#charts canvas').first().boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.4);
    await page.waitForTimeout(200);
    // Chart.js draws the tooltip (and the hovered points) onto the canvas itself.
    const changed = await page.evaluate(() => {
      const c = document.querySelector('#charts canvas') as HTMLCanvasElement;
      const before = (window as unknown as { __before: Uint8ClampedArray }).__before;
      const after = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < after.length; i++) if (after[i] !== before[i]) n++;
      return n;
    });
    assert.ok(changed > 2000, `${changed} channel values changed under the pointer`);
    await page.close();
  });

  it('jumps to the source line of an event, and asks the host to run again', async () => {
    const page = await open('light');
    await send(page, { type: 'show', resource: 'file:///stack.virt', view, status: { state: 'done' } });
    await waitForPosted(page, (m) => m.type === 'rendered');
    const row = view.events.findIndex((e) => e.text.includes('nightly-etl starts'));
    await page.locator('ol.events button').nth(row).click();
    const reveal = (await waitForPosted(page, (m) => m.type === 'reveal')) as Extract<SimulationFromWebview, { type: 'reveal' }>;
    assert.equal(text.slice(reveal.start, reveal.end), 'nightly-etl');
    await page.getByRole('button', { name: 'Run again' }).click();
    await waitForPosted(page, (m) => m.type === 'rerun');
    await page.close();
  });

  it('keeps its results when a run is cancelled, and restores them after a reload', async () => {
    const page = await open('light');
    await send(page, { type: 'show', resource: 'file:///stack.virt', view, status: { state: 'done' } });
    await waitForPosted(page, (m) => m.type === 'rendered');
    await send(page, { type: 'status', status: { state: 'running', percent: 40, message: 'Simulating… 40 %' } });
    assert.ok(await page.getByRole('button', { name: 'Cancel' }).isVisible());
    await send(page, { type: 'status', status: { state: 'cancelled', message: 'Cancelled at 40 %. The results below are from the last complete run.' } });
    assert.equal(await page.locator('.status-text').textContent(), 'Cancelled at 40 %. The results below are from the last complete run.');
    assert.equal(await page.locator('h1').textContent(), 'Mixed data centre');
    const state = await page.evaluate(() => (window as unknown as { __state: unknown }).__state);
    await page.close();

    const reloaded = await open('light', state);
    assert.equal(await reloaded.locator('h1').textContent(), 'Mixed data centre');
    assert.equal(await reloaded.locator('canvas').count(), view.charts.length + 1);
    assert.match((await reloaded.locator('.status-text').textContent()) ?? '', /^Cancelled at 40 %/);
    await reloaded.close();
  });

  it('says why a file was refused and links to the error', async () => {
    const page = await open('light');
    await send(page, { type: 'status', status: { state: 'refused', message: 'The simulation needs a file without errors.', at: { start: 10, end: 14 } } });
    await page.getByRole('button', { name: 'Go to the source line' }).click();
    const reveal = (await waitForPosted(page, (m) => m.type === 'reveal')) as Extract<SimulationFromWebview, { type: 'reveal' }>;
    assert.deepEqual([reveal.start, reveal.end], [10, 14]);
    await page.close();
  });

  it('ignores a malformed message from the host and reports it, and ignores a saved view of another shape', async () => {
    const page = await open('light', { resource: 'file:///stack.virt', view: { title: 'old', cards: 'none' }, status: { state: 'done' } });
    await page.evaluate(() => window.postMessage({ type: 'show', resource: 'file:///stack.virt', view: { title: 'half a view' }, status: { state: 'done' } }, '*'));
    const rejected = (await waitForPosted(page, (m) => m.type === 'rejected')) as Extract<SimulationFromWebview, { type: 'rejected' }>;
    assert.match(rejected.message, /half a view/);
    assert.equal(await page.locator('h1').count(), 0, 'neither the bad message nor the bad saved view was drawn');
    assert.equal((await posted(page)).filter((m) => m.type === 'rendered').length, 0);
    // A good message after it is drawn as usual.
    await send(page, { type: 'show', resource: 'file:///stack.virt', view, status: { state: 'done' } });
    await waitForPosted(page, (m) => m.type === 'rendered');
    assert.equal(await page.locator('h1').textContent(), 'Mixed data centre');
    await page.close();
  });
});
