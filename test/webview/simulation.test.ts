// The simulation results page in headless Chromium, served exactly as the extension serves it
// (its HTML, CSP and built bundle from dist/webview/simulation) with a stub of the webview API.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { analyze } from '../../src/core/analyze';
import { simulate, type SimulationResult } from '../../src/core/simulation';
import { simulationHtml } from '../../src/extension/panel/page';
import { buildView, english, simulationStrings, type Translate } from '../../src/extension/simulation/view';
import { MAX_CHART_EXPORT_LENGTH, type SimulationFromWebview, type SimulationStrings, type SimulationToWebview, type SimulationView } from '../../src/shared/simulationProtocol';
import { KOREAN } from '../unit/bundles';
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

async function open(theme: keyof typeof THEMES = 'light', state?: unknown, title?: string, strings: SimulationStrings = simulationStrings(english)): Promise<Page> {
  assert.ok(fs.existsSync(path.join(DIST, 'main.js')), 'dist/webview/simulation/main.js is missing: run `npm run build` first');
  context ??= await launchBrowser();
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const [bodyClass, vars] = THEMES[theme];
  const html = simulationHtml({ cspSource: ORIGIN, scriptUri: `${ORIGIN}/main.js`, styleUri: `${ORIGIN}/main.css`, nonce: 'nonce-for-the-test-0123' }, { resource: 'file:///stack.virt', title, strings })
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

/** Opens the page at a width, shows a view and waits until it is drawn. */
async function shown(view: SimulationView, width = 1280, theme: keyof typeof THEMES = 'light', strings?: SimulationStrings): Promise<Page> {
  const page = await open(theme, undefined, undefined, strings);
  await page.setViewportSize({ width, height: 900 });
  await send(page, { type: 'show', resource: 'file:///stack.virt', view, status: { state: 'done' } });
  await waitForPosted(page, (m) => m.type === 'rendered');
  return page;
}

/** A view whose VM-and-container chart has `n` rows in its heatmap: the first row's values repeated, each row a little lower. */
function withRows(view: SimulationView, n: number): SimulationView {
  const charts = view.charts.map((c) => {
    if (!c.heatmap) return c;
    const first = c.heatmap.rows[0];
    const rows = Array.from({ length: n }, (_, k) => ({ label: `VM generated-${k}`, values: first.values.map((v) => v * (1 - k / n)), mean: first.mean * (1 - k / n), peak: first.peak * (1 - k / n) }));
    return { ...c, heatmap: { ...c.heatmap, rows } };
  });
  return { ...view, charts };
}

/** A chart's export as the page posts it to the host. */
type ChartExport = Extract<SimulationFromWebview, { type: 'chartExport' }>;

/** What the page tests read of an exported SVG (simulation.test.ts readSvg). */
interface SvgContent {
  error: boolean;
  tag: string;
  role: string | null;
  size: (string | null)[];
  title: string;
  desc: string;
  /** Raster images, foreign objects and scripts: an SVG of shapes has none. */
  images: number;
  background: string;
  /** Stroked paths and polylines: the lines of a chart, with the points each goes through. */
  lines: { stroke: string; points: number }[];
  bars: string[];
  cells: number;
  xLabels: string[];
  yLabels: string[];
  legend: string[];
  names: string[];
  allText: string[];
}

// The Okabe–Ito colours (Okabe & Ito 2008, "Color Universal Design"), as published.
const OKABE_ITO = ['#000000', '#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7'];

describe('simulation results page', () => {
  after(async () => {
    await context?.close();
    // The next group of tests opens a browser of its own.
    context = undefined;
  });
  const { text, result } = resultOf('datacenter.virt');
  const view: SimulationView = buildView(result, 'datacenter.virt', 1, english);
  // The VMs and containers the file declares, each a row of the per-entity heatmap.
  const guests = result.entities.filter((e) => e.kind === 'vm' || e.kind === 'container').length;

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

    it(`draws no more lines than the palette has colours, each a different Okabe–Ito colour, in the ${theme} theme`, async () => {
      const page = await shown(view, 1280, theme);
      const series = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLCanvasElement>('#charts canvas[data-series]')).map((c) => JSON.parse(c.dataset.series!) as [string, string][]));
      // The per-entity chart shows its heatmap: the other charts draw lines.
      assert.equal(series.length, view.charts.length - 1);
      for (const lines of series) {
        assert.ok(lines.length >= 1 && lines.length <= 7, JSON.stringify(lines));
        const colours = lines.map(([, c]) => c.toUpperCase());
        assert.equal(new Set(colours).size, colours.length, `two lines share a colour: ${colours.join(' ')}`);
        for (const c of colours) assert.ok(OKABE_ITO.includes(c), `${c} is not an Okabe–Ito colour`);
        // Each background leaves out the colour it hides: yellow on light, black on dark.
        assert.ok(!colours.includes(theme === 'light' ? '#F0E442' : '#000000'), colours.join(' '));
      }
      await page.close();
    });
  }

  // Issue 13's screenshots: 360, 800 and 1,600 px in each theme, and the widest panel asked for (2,000 px) in light.
  const sizes = [360, 800, 1600].flatMap((width) => (Object.keys(THEMES) as (keyof typeof THEMES)[]).map((theme) => ({ width, theme }))).concat([{ width: 2000, theme: 'light' }]);
  for (const { width, theme } of sizes) {
    it(`fits a ${width} px panel in the ${theme} theme: no horizontal scrollbar, titles wrap instead of being cut, charts as wide as their box`, async () => {
      const page = await shown(view, width, theme);
      const m = await page.evaluate(() => {
        const root = document.scrollingElement!;
        const cut = Array.from(document.querySelectorAll<HTMLElement>('h1, h2, figcaption .title, .card-label')).filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent);
        const wide = Array.from(document.querySelectorAll<HTMLElement>('figure.chart')).filter((f) => f.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).length;
        return { overflow: root.scrollWidth - root.clientWidth, cut, wide };
      });
      readability.overflow = Math.max(readability.overflow ?? 0, m.overflow);
      assert.ok(m.overflow <= 0, `the page is ${m.overflow} px wider than its ${width} px panel`);
      assert.deepEqual(m.cut, []);
      assert.equal(m.wide, 0);
      await page.screenshot({ path: path.join(repoRoot, 'test-results', 'webview', `simulation-${width}px-${theme}.png`), fullPage: true });
      await page.close();
    });
  }

  it('fits its charts to the panel again when it narrows from 1,600 to 360 px: fewer buckets, no overflow', async () => {
    const page = await shown(view, 1600);
    const measure = (): Promise<{ buckets: number; lineFrame: number; overflow: number; heat: number; frame: number }> => page.evaluate(() => {
      const root = document.scrollingElement!;
      const heat = document.querySelector<HTMLCanvasElement>('#charts figure.wide canvas')!;
      const line = document.querySelector<HTMLCanvasElement>('#charts canvas[data-buckets]')!;
      return {
        buckets: Number(line.dataset.buckets),
        lineFrame: line.parentElement!.clientWidth,
        overflow: root.scrollWidth - root.clientWidth,
        heat: heat.width / devicePixelRatio,
        frame: heat.parentElement!.clientWidth,
      };
    });
    const wide = await measure();
    await page.setViewportSize({ width: 360, height: 900 });
    // The page fits its charts once a frame after the resize (page.ts); wait until the heatmap has been drawn again.
    await page.waitForFunction(() => {
      const c = document.querySelector<HTMLCanvasElement>('#charts figure.wide canvas')!;
      return Math.abs(c.width / devicePixelRatio - c.parentElement!.clientWidth) <= 1;
    });
    const narrow = await measure();
    // A bucket every 3 px of the chart's frame (charts.ts PX_PER_BUCKET), at either width.
    assert.equal(wide.buckets, Math.floor(wide.lineFrame / 3));
    assert.equal(narrow.buckets, Math.floor(narrow.lineFrame / 3));
    assert.ok(narrow.buckets < wide.buckets, `${wide.buckets} buckets at 1,600 px, ${narrow.buckets} at 360 px`);
    assert.ok(narrow.overflow <= 0, `${narrow.overflow} px of overflow`);
    assert.ok(narrow.heat <= narrow.frame + 1);
    await page.close();
  });

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

  it('shows every VM and container as a heatmap row, busiest first, with a tooltip naming the entity, the day and the value', async () => {
    const heat = view.charts.find((c) => c.heatmap)!.heatmap!;
    assert.equal(heat.rows.length, guests);
    const page = await shown(view, 1280, 'dark');
    const canvas = page.locator('#charts figure.wide canvas');
    assert.equal(await canvas.count(), 1);
    const box = (await canvas.boundingBox())!;
    // Rows are 16 px tall for a few entities (heatmap.ts): the middle of the first row, 70 % of the way along.
    await canvas.hover({ position: { x: box.width * 0.7, y: 8 } });
    const tip = page.locator('#charts figure.wide .tip');
    await tip.waitFor({ state: 'visible' });
    const [who, when, value] = ((await tip.textContent()) ?? '').split('\n');
    assert.equal(who, heat.rows[0].label);
    assert.match(when, /^Day [12] \d\d:\d\d$/);
    // core/format.ts: one decimal and a spaced % sign, with the range of the cells under the pointer when they differ.
    assert.match(value, /^(\d+\.\d|< 0\.1) %( \(min (\d+\.\d|< 0\.1) %, max (\d+\.\d|< 0\.1) %\))?$/);
    await page.locator('h1').hover();
    await tip.waitFor({ state: 'hidden' });
    await page.close();
  });

  it('swaps the heatmap for the five busiest as lines and back, with a pressed toggle button', async () => {
    const page = await shown(view, 1280);
    const toggle = page.getByRole('button', { name: 'The 5 busiest as lines' });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    const lines = await page.evaluate(() => JSON.parse(document.querySelector<HTMLCanvasElement>('#charts figure.wide canvas')!.dataset.series ?? '[]') as [string, string][]);
    const heat = view.charts.find((c) => c.heatmap)!.heatmap!;
    // The lines are the heatmap's top five rows, in the host's order of entities.
    assert.deepEqual(lines.map(([label]) => label).sort(), heat.rows.slice(0, 5).map((r) => r.label).sort());
    const back = page.getByRole('button', { name: 'All as a heatmap' });
    assert.equal(await back.getAttribute('aria-pressed'), 'true');
    assert.equal((await page.locator('#charts figure.wide p.muted').textContent()) ?? '', `The 5 busiest of ${guests} VMs and containers; the other ${guests - 5} are left out here and are in the CSV export.`);
    await back.click();
    assert.equal(await page.locator('#charts figure.wide canvas[data-series]').count(), 0);
    assert.match((await page.locator('#charts figure.wide p.muted').textContent()) ?? '', new RegExp(`^All ${guests} VMs and containers, one per row`));
    await page.close();
  });

  for (const width of [360, 2000]) {
    it(`draws a heatmap of 1,000 entities a pixel a row at ${width} px, without overflow, every row reachable by the tooltip`, async () => {
      const big = withRows(view, 1000);
      const page = await shown(big, width);
      const m = await page.evaluate(() => {
        const c = document.querySelector<HTMLCanvasElement>('#charts figure.wide canvas')!;
        const root = document.scrollingElement!;
        return { height: c.getBoundingClientRect().height, width: c.getBoundingClientRect().width, overflow: root.scrollWidth - root.clientWidth, ticks: JSON.parse(c.dataset.tickLabels ?? '[]') as unknown[] };
      });
      readability.overflow = Math.max(readability.overflow ?? 0, m.overflow);
      assert.ok(m.overflow <= 0, `${m.overflow} px of overflow`);
      // 1,000 rows of 1 px, and under them the axis and the colour scale.
      assert.ok(m.height >= 1000 && m.height < 1100, `canvas ${m.height} px tall`);
      assert.ok(m.ticks.length > 0);
      // The last row, below the fold: hover scrolls it into view first.
      const canvas = page.locator('#charts figure.wide canvas');
      await canvas.hover({ position: { x: m.width / 2, y: 999.5 } });
      const tip = page.locator('#charts figure.wide .tip');
      await tip.waitFor({ state: 'visible' });
      assert.equal(((await tip.textContent()) ?? '').split('\n')[0], 'VM generated-999');
      await page.close();
    });
  }

  it('puts a table under every chart that the keyboard opens, and has no live region but the status line', async () => {
    const page = await shown(view, 1280);
    const summaries = page.locator('#charts details.table-alt summary');
    assert.equal(await summaries.count(), view.charts.length);
    // Tab from the page's start until the first chart's summary has the focus, then open it with Enter.
    await page.locator('body').focus();
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement === document.querySelector('#charts details.table-alt summary'));
    }
    assert.ok(reached, 'the keyboard never reached the first table\'s summary');
    await page.keyboard.press('Enter');
    const first = page.locator('#charts figure').first().locator('table');
    await first.waitFor();
    const hosts = view.charts[0];
    // 24 spans of time (values.ts TABLE_SPANS), a column per host after the time.
    assert.equal(await first.locator('tbody tr').count(), 24);
    assert.deepEqual(await first.locator('thead th').allTextContents(), ['Time', ...hosts.lines.map((l) => l.label)]);
    assert.match((await first.locator('tbody tr th').first().textContent()) ?? '', /^Day 1 00:00$/);
    for (const cell of await first.locator('tbody td').allTextContents()) assert.match(cell, /^(\d+\.\d|< 0\.1) %( \(min .+ %, max .+ %\))?$/);
    // The heatmap's table: an entity a row, busiest first, with its mean and peak.
    const wide = page.locator('#charts figure.wide');
    await wide.locator('summary').click();
    const heatRows = wide.locator('table tbody tr');
    // The table is built on the details' toggle event, which fires after the click returns.
    await heatRows.first().waitFor();
    assert.equal(await heatRows.count(), guests);
    const heat = view.charts.find((c) => c.heatmap)!.heatmap!;
    assert.equal(await heatRows.first().locator('th').textContent(), heat.rows[0].label);
    const live = await page.evaluate(() => Array.from(document.querySelectorAll('[aria-live], [role=status], [role=alert], [role=log]')).map((e) => e.className));
    assert.deepEqual(live, ['status']);
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

  it('names the file and says why its first run was refused, with a button to the error', async () => {
    const page = await open('light', undefined, 'Simulation: stack.virt');
    assert.equal(await page.locator('h1').textContent(), 'Simulation: stack.virt', 'the heading names the file before any results');
    await send(page, { type: 'status', status: { state: 'refused', message: 'The simulation needs a file without errors.', at: { start: 10, end: 14 } } });
    assert.equal(await page.locator('.status-text').textContent(), 'The simulation needs a file without errors.');
    await page.getByRole('button', { name: 'Go to Error' }).click();
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

describe('simulation results page: the recovery section', () => {
  after(async () => {
    await context?.close();
    // The next group of tests opens a browser of its own.
    context = undefined;
  });
  const { result } = resultOf('recovery.virt');
  const view = buildView(result, 'recovery.virt', 1, english);
  const rec = view.recovery!;
  const korean: Translate = (id, ...args) => KOREAN.t(id, ...args);
  const koView = buildView(result, 'recovery.virt', 1, korean);

  /** What the section shows and how it fits: overflow, rows, bars inside their tracks, axis labels apart. */
  const measure = (page: Page) => page.evaluate(() => {
    const root = document.scrollingElement!;
    const section = document.getElementById('recovery')!;
    const outside = Array.from(section.querySelectorAll<HTMLElement>('ul.tl .tl-bar')).filter((b) => {
      const bar = b.getBoundingClientRect();
      const track = b.parentElement!.getBoundingClientRect();
      // A bar is at least 3 px wide (style.css), so a short one at the very end may pass its track by that much.
      return bar.left < track.left - 0.5 || bar.right > track.right + 3.5 || bar.width < 2.5;
    }).length;
    const ticks = Array.from(section.querySelectorAll<HTMLElement>('.tl-tick')).map((t) => t.getBoundingClientRect());
    const axis = section.querySelector('.tl-ticks')!.getBoundingClientRect();
    const overlaps = ticks.filter((t, i) => i > 0 && t.left < ticks[i - 1].right).length;
    const offAxis = ticks.filter((t) => t.left < axis.left - 0.5 || t.right > axis.right + 0.5).length;
    const cut = Array.from(section.querySelectorAll<HTMLElement>('h2, h3, figcaption .title')).filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent);
    return {
      overflow: root.scrollWidth - root.clientWidth,
      heading: section.querySelector('h2')?.textContent,
      // No helper functions in here: the test's compiler would name them with a function the page lacks.
      parts: Array.from(section.querySelectorAll('h3')).map((e) => e.textContent ?? ''),
      timelineRows: Array.from(section.querySelectorAll('ul.tl .tl-label')).map((e) => e.textContent ?? ''),
      bars: section.querySelectorAll('ul.tl .tl-bar').length,
      lost: section.querySelectorAll('ul.tl .tl-bar.lost').length,
      workloadRows: section.querySelectorAll('.workloads tbody tr').length,
      firstWorkload: Array.from(section.querySelectorAll('.workloads tbody tr:first-child td')).map((c) => c.textContent),
      failureRows: section.querySelectorAll('.failures tbody tr').length,
      poolRows: section.querySelectorAll('.pools tbody tr').length,
      comparison: Array.from(section.querySelectorAll('.comparison tbody tr')).map((r) => r.firstElementChild?.textContent),
      summary: section.querySelector('.recovery-summary')?.textContent,
      outside, overlaps, offAxis, ticks: ticks.length, cut,
    };
  });

  // The narrowest and widest panels asked for, and a common wide one.
  for (const width of [360, 1600, 2000]) {
    it(`shows downtime, failures, a timeline and the comparison of recovery.virt in a ${width} px panel, without horizontal overflow`, async () => {
      const page = await shown(view, width);
      const m = await measure(page);
      readability.overflow = Math.max(readability.overflow ?? 0, m.overflow);
      assert.ok(m.overflow <= 0, `the page is ${m.overflow} px wider than its ${width} px panel`);
      assert.equal(m.heading, 'Disaster recovery: what the host failures took down');
      assert.equal(m.summary, rec.summary);
      assert.deepEqual(m.parts, ['Downtime per workload, longest first', 'Host failures and the capacity lost', 'Storage pools after the failures', 'The same workloads by kind of virtualization']);
      // esx-01's failure degrades the two-host vSAN pool, which cannot re-protect (docs/simulation.md).
      assert.equal(m.poolRows, 1);
      // Three failed hosts and the five workloads they took down, one bar each; node-01 is never repaired.
      assert.deepEqual(m.timelineRows, ['hardware esx-01', 'VM web', 'app storefront', 'hardware node-01', 'container api', 'app orders', 'hardware legacy', 'app payroll']);
      assert.equal(m.bars, 8);
      assert.equal(m.lost, 1);
      assert.equal(m.outside, 0, 'a bar lies outside its track');
      assert.ok(m.ticks > 0, 'the time axis has labels');
      assert.equal(m.overlaps, 0);
      assert.equal(m.offAxis, 0);
      assert.deepEqual(m.cut, []);
      // payroll waits an hour and a minute for legacy's repair and boot: the longest, first.
      assert.deepEqual(m.firstWorkload, ['app payroll', '1 h 1 min', '1', 'on legacy after its repair, at 10:01:00']);
      assert.equal(m.workloadRows, 5);
      assert.equal(m.failureRows, 3);
      assert.deepEqual(m.comparison, ['As written', 'VMs with HA', 'Containers under Kubernetes', 'One server each (no virtualization)']);
      // The section alone: the rest of the page has screenshots of its own.
      await page.locator('#recovery').screenshot({ path: path.join(repoRoot, 'test-results', 'webview', `simulation-recovery-${width}px.png`) });
      await page.close();
    });
  }

  it('speaks Korean with the Korean bundle, in a 360 px panel without overflow', async () => {
    const page = await shown(koView, 360, 'dark', simulationStrings(korean));
    const m = await measure(page);
    assert.ok(m.overflow <= 0, `${m.overflow} px of overflow`);
    // l10n/bundle.l10n.ko.json's texts of the section.
    assert.equal(m.heading, '재해 복구: 호스트 장애로 멈춘 것');
    assert.deepEqual(m.parts, ['워크로드별 중단 시간(긴 순)', '호스트 장애와 잃은 용량', '장애 이후의 스토리지 풀', '같은 워크로드를 가상화 종류별로']);
    assert.deepEqual(m.comparison, ['파일대로', 'HA가 있는 가상 머신', '쿠버네티스의 컨테이너', '워크로드마다 서버 한 대(가상화 없음)']);
    assert.equal(await page.locator('#recovery figure.timeline summary').textContent(), '표로 보기');
    assert.equal(m.outside, 0);
    assert.equal(m.overlaps, 0);
    await page.locator('#recovery').screenshot({ path: path.join(repoRoot, 'test-results', 'webview', 'simulation-recovery-360px-ko.png') });
    await page.close();
  });

  it('lets the keyboard reach each bar, which names itself, and open the timeline as a table', async () => {
    const page = await shown(view, 1280);
    await page.locator('body').focus();
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.classList.contains('tl-bar') ?? false);
    }
    assert.ok(reached, 'the keyboard never reached a bar of the timeline');
    const first = rec.timeline.rows[0].spans[0].text;
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), first);
    assert.equal(await page.locator('#recovery .tl-readout').textContent(), first);
    // Past the eight bars to the table's summary, which Enter opens.
    for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.closest('details')?.parentElement?.classList.contains('timeline')), true);
    await page.keyboard.press('Enter');
    const rows = page.locator('#recovery figure.timeline table tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), rec.timeline.table.rows.length);
    assert.deepEqual(await rows.nth(2).locator('td').allTextContents(), ['02:01:05', 'VM web runs again on esx-02']);
    const live = await page.evaluate(() => Array.from(document.querySelectorAll('[aria-live], [role=status], [role=alert], [role=log]')).map((e) => e.className));
    assert.deepEqual(live, ['status']);
    await page.close();
  });

  it('puts names from the file into the page as text, never as HTML, and shows no section for a run without failures', async () => {
    const markup = '<img src=x onerror="window.__pwned=1">';
    const hostile: SimulationView = {
      ...view,
      recovery: {
        ...rec,
        timeline: { ...rec.timeline, rows: rec.timeline.rows.map((r, k) => (k === 0 ? { ...r, label: markup } : r)) },
        workloads: { ...rec.workloads, table: { ...rec.workloads.table, rows: rec.workloads.table.rows.map((r, k) => (k === 0 ? [markup, ...r.slice(1)] : r)) } },
      },
    };
    const page = await shown(hostile, 800);
    assert.equal(await page.locator('#recovery img').count(), 0);
    assert.equal(await page.locator('#recovery ul.tl .tl-label').first().textContent(), markup);
    assert.equal(await page.locator('#recovery .workloads tbody td').first().textContent(), markup);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    const plain = buildView(resultOf('datacenter.virt').result, 'datacenter.virt', 2, english);
    await send(page, { type: 'show', resource: 'file:///stack.virt', view: plain, status: { state: 'done' } });
    await waitForPosted(page, (m) => m.type === 'rendered' && m.version === 2);
    assert.equal(await page.locator('#recovery').count(), 0);
    await page.close();
  });
});

describe('simulation results page: output for documents (issue 15)', () => {
  after(async () => {
    await context?.close();
    context = undefined;
  });
  const { result } = resultOf('datacenter.virt');
  const view: SimulationView = buildView(result, 'datacenter.virt', 1, english);

  it('asks the host to copy the summary and the consolidation table as Markdown', async () => {
    const page = await shown(view);
    await page.click('#summary button.copy-md');
    await waitForPosted(page, (m) => m.type === 'copyMarkdown' && m.part === 'summary');
    await page.click('#consolidation button.copy-md');
    await waitForPosted(page, (m) => m.type === 'copyMarkdown' && m.part === 'consolidation');
    await page.close();
  });

  /** Clicks a chart's PNG and SVG buttons and returns the two exports the page posted. */
  async function exportsOf(page: Page, figure: Locator): Promise<[ChartExport, ChartExport]> {
    const before = (await posted(page)).filter((m) => m.type === 'chartExport').length;
    await figure.locator('button.export', { hasText: 'PNG' }).click();
    await figure.locator('button.export', { hasText: 'SVG' }).click();
    const deadline = Date.now() + 20_000;
    while ((await posted(page)).filter((m) => m.type === 'chartExport').length < before + 2) {
      if (Date.now() > deadline) assert.fail('the chart exported nothing');
      await new Promise((r) => setTimeout(r, 25));
    }
    const [png, svg] = (await posted(page)).filter((m) => m.type === 'chartExport').slice(before) as ChartExport[];
    return [png, svg];
  }

  /** What an exported SVG holds, read back by the browser's XML parser as a reader would. */
  // The function runs in the page, where tsx's helpers for named inner functions do not exist: it has none.
  const readSvg = (page: Page, data: string): Promise<SvgContent> => page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    const texts = Object.fromEntries(Object.entries({
      xLabels: 'g.scale[data-axis="x"] g.labels text',
      yLabels: 'g.scale[data-axis="y"] g.labels text',
      legend: 'g.legend text',
      names: 'g.names text',
      allText: 'text',
    }).map(([key, selector]) => [key, Array.from(root.querySelectorAll(selector)).map((t) => t.textContent ?? '')]));
    return {
      error: doc.querySelector('parsererror') !== null,
      tag: root.tagName,
      role: root.getAttribute('role'),
      size: [root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')],
      title: root.querySelector('title')?.textContent ?? '',
      desc: root.querySelector('desc')?.textContent ?? '',
      images: root.querySelectorAll('image, foreignObject, script').length,
      background: root.querySelector(':scope > rect')?.getAttribute('fill') ?? '',
      lines: Array.from(root.querySelectorAll('path[fill="none"], polyline[fill="none"]')).map((l) => ({ stroke: l.getAttribute('stroke') ?? '', points: (l.getAttribute('d') ?? l.getAttribute('points') ?? '').split(/[ML,]/).filter((p) => p.trim() !== '').length })),
      bars: Array.from(root.querySelectorAll('rect.bar')).map((r) => r.getAttribute('fill') ?? ''),
      cells: root.querySelectorAll('g.cells rect').length,
      ...texts,
    } as SvgContent;
  }, data);

  /**
   * Shows an exported SVG as an <img> in a page of its own, as a document would, screenshots it
   * beside the PNG export into test-results/webview, and returns how far its pixels are from the
   * PNG's: the mean difference of a channel, 0 to 255, both drawn at the SVG's size.
   */
  async function shoot(name: string, png: string, svg: string): Promise<number> {
    const dir = path.join(repoRoot, 'test-results', 'webview');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${name}.png`), Buffer.from(png, 'base64'));
    fs.writeFileSync(path.join(dir, `${name}.svg`), svg);
    const page = await context!.newPage();
    try {
      await page.setContent(`<body style="margin:0"><img id="svg" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"><img id="png" src="data:image/png;base64,${png}" style="display:none"></body>`);
      await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete && i.naturalWidth > 0));
      // At twice its size, where a picture would blur and a drawing stays sharp.
      await page.evaluate(() => {
        const img = document.getElementById('svg') as HTMLImageElement;
        img.style.width = `${2 * img.naturalWidth}px`;
      });
      await page.setViewportSize({ width: 2 * (await page.locator('#svg').evaluate((i: HTMLImageElement) => i.naturalWidth)) + 20, height: 900 });
      await page.locator('#svg').screenshot({ path: path.join(dir, `${name}-svg.png`) });
      return await page.evaluate(() => {
        const images = ['svg', 'png'].map((id) => document.getElementById(id) as HTMLImageElement);
        const w = images[0].naturalWidth;
        const h = images[0].naturalHeight;
        const [p, q] = images.map((img) => {
          const c = document.createElement('canvas');
          c.width = w;
          c.height = h;
          const ctx = c.getContext('2d')!;
          ctx.drawImage(img, 0, 0, w, h);
          return ctx.getImageData(0, 0, w, h).data;
        });
        let sum = 0;
        for (let i = 0; i < p.length; i++) if (i % 4 !== 3) sum += Math.abs(p[i] - q[i]);
        return sum / ((p.length / 4) * 3);
      });
    } finally {
      await page.close();
    }
  }

  /** `rgb(r, g, b)` as getComputedStyle writes it, in #rrggbb. */
  const hexOf = (rgb: string): string => `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((c) => Number(c).toString(16).padStart(2, '0')).join('')}`;

  it('exports every chart, lines, heatmap and bars alike, as a PNG and as a vector SVG of the same chart, its labels as text', async () => {
    const page = await shown(view, 1280, 'dark');
    const figures = page.locator('figure.chart');
    const count = await figures.count();
    assert.equal(count, view.charts.length + 1, 'every chart and the consolidation bars have export buttons');
    const background = hexOf(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    const heat = view.charts.find((c) => c.heatmap)!.heatmap!;
    const kinds: string[] = [];
    for (let i = 0; i < count; i++) {
      const [png, svg] = await exportsOf(page, figures.nth(i));
      assert.equal(png.format, 'png');
      const bytes = Buffer.from(png.data, 'base64');
      assert.deepEqual([...bytes.subarray(0, 8)], PNG_SIGNATURE, `chart ${i}: a PNG`);
      const canvas = figures.nth(i).locator('canvas').first();
      const drawn = await canvas.evaluate((c) => ({ width: c.clientWidth, height: c.clientHeight, series: c.dataset.series, ticks: c.dataset.tickLabels, buckets: c.dataset.buckets }));
      // At least twice the CSS size of the canvas: sharp in documents.
      assert.ok(bytes.readUInt32BE(16) >= 2 * drawn.width, `chart ${i}: ${bytes.readUInt32BE(16)} px for ${drawn.width} CSS px`);

      assert.equal(svg.format, 'svg');
      const content = await readSvg(page, svg.data);
      assert.deepEqual({ error: content.error, tag: content.tag, role: content.role, images: content.images }, { error: false, tag: 'svg', role: 'img', images: 0 }, `chart ${i}: an SVG of shapes, no picture inside`);
      assert.deepEqual(content.size, [String(drawn.width), String(drawn.height), `0 0 ${drawn.width} ${drawn.height}`], `chart ${i}: the canvas's CSS size`);
      assert.equal(content.title, svg.name);
      assert.ok(content.desc.length > 0, `chart ${i}: a description`);
      assert.equal(content.background, background, `chart ${i}: the page's background`);
      // The x axis's labels are those the canvas drew (data-tick-labels), in the same order.
      const ticks = (JSON.parse(drawn.ticks ?? '[]') as [string, number, number][]).map(([label]) => label).filter((l) => l !== '');
      assert.ok(ticks.length > 0, `chart ${i}: drew x labels`);
      assert.deepEqual(content.xLabels, ticks, `chart ${i}: x labels`);

      const kind = drawn.series ? 'lines' : drawn.buckets ? 'heatmap' : 'bars';
      kinds.push(kind);
      if (kind === 'lines') {
        // One stroked path per line, in that line's colour, through every bucket the chart drew.
        const series = JSON.parse(drawn.series!) as [string, string][];
        assert.deepEqual(content.lines.map((l) => l.stroke.toLowerCase()).sort(), series.map(([, c]) => c.toLowerCase()).sort(), `chart ${i}: a path per line`);
        for (const l of content.lines) assert.equal(l.points, Number(drawn.buckets), `chart ${i}: a point per bucket`);
        assert.deepEqual(content.legend, series.map(([label]) => label), `chart ${i}: the legend`);
        assert.ok(content.yLabels.length >= 2, `chart ${i}: y labels`);
      } else if (kind === 'heatmap') {
        // A rect per cell shown: a row per entity, a column per bucket the canvas drew.
        assert.ok(Number(drawn.buckets) > 0);
        assert.equal(content.cells, heat.rows.length * Number(drawn.buckets), `chart ${i}: a rect per cell`);
        assert.deepEqual(content.names, heat.rows.map((r) => r.label), `chart ${i}: the rows' names`);
      } else {
        // A rect per bar: a bar per kind of server for each of the two packings, each packing its colour.
        const c = view.consolidation!;
        assert.equal(content.bars.length, c.kinds.length * 2, `chart ${i}: a rect per bar`);
        assert.equal(new Set(content.bars).size, 2, `chart ${i}: a colour per packing`);
        assert.deepEqual(content.xLabels, [...c.kinds]);
        assert.deepEqual(content.legend, [simulationStrings(english).ffd, simulationStrings(english).bfd]);
      }
      // Drawn as an image, the SVG is the PNG's chart: on average a channel differs by little (text is anti-aliased differently).
      const difference = await shoot(`simulation-export-${i}-${kind}`, png.data, svg.data);
      assert.ok(difference < 3, `chart ${i}: the SVG's pixels differ from the PNG's by ${difference.toFixed(2)} a channel`);
    }
    assert.deepEqual([...new Set(kinds)].sort(), ['bars', 'heatmap', 'lines']);
    await page.close();
  });

  it('exports a heatmap of 1,000 entities as an SVG the host accepts: its cells as one image of a pixel per cell, the rest as shapes and text', async () => {
    const page = await shown(withRows(view, 1000), 1280);
    const figure = page.locator('#charts figure.wide');
    const [png, svg] = await exportsOf(page, figure);
    const drawn = await figure.locator('canvas').evaluate((c) => ({ ticks: c.dataset.tickLabels, buckets: Number(c.dataset.buckets) }));
    assert.ok(svg.data.length <= MAX_CHART_EXPORT_LENGTH, `${svg.data.length} characters`);
    const content = await readSvg(page, svg.data);
    assert.deepEqual({ error: content.error, images: content.images, cells: content.cells, names: content.names }, { error: false, images: 1, cells: 0, names: [] });
    const href = await page.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('g.cells image')?.getAttribute('href') ?? '', svg.data);
    const cells = Buffer.from(href.replace(/^data:image\/png;base64,/, ''), 'base64');
    // The PNG's IHDR: width and height at bytes 16 and 20; a pixel per cell.
    assert.deepEqual([cells.readUInt32BE(16), cells.readUInt32BE(20)], [drawn.buckets, 1000]);
    assert.deepEqual(content.xLabels, (JSON.parse(drawn.ticks ?? '[]') as [string][]).map(([label]) => label));
    const difference = await shoot('simulation-export-heatmap-1000', png.data, svg.data);
    assert.ok(difference < 3, `the SVG's pixels differ from the PNG's by ${difference.toFixed(2)} a channel`);
    await page.close();
  });

  it('puts names from the file into the SVG export as text, never as markup', async () => {
    // XML 1.0 cannot carry U+0007, so the export drops it; the rest must come back as written.
    const name = '<script>alert(1)</script>&"\'\u0007';
    const expected = '<script>alert(1)</script>&"\'';
    const hostile: SimulationView = {
      ...view,
      charts: view.charts.map((c, k) => (k === 0 ? { ...c, lines: c.lines.map((l, j) => (j === 0 ? { ...l, label: name } : l)) } : c.heatmap ? { ...c, heatmap: { ...c.heatmap, rows: c.heatmap.rows.map((r, j) => (j === 0 ? { ...r, label: name } : r)) } } : c)),
      consolidation: { ...view.consolidation!, kinds: view.consolidation!.kinds.map((kind, j) => (j === 0 ? name : kind)) },
    };
    const page = await shown(hostile, 1280);
    const figures = page.locator('figure.chart');
    const heatIndex = view.charts.findIndex((c) => c.heatmap);
    for (const [i, where] of [[0, 'legend'], [heatIndex, 'names'], [view.charts.length, 'xLabels']] as const) {
      const [, svg] = await exportsOf(page, figures.nth(i));
      assert.ok(!svg.data.includes('<script'), `chart ${i}: no <script> tag in the file`);
      const content = await readSvg(page, svg.data);
      assert.equal(content.error, false, `chart ${i}: well-formed XML`);
      assert.equal(content.images, 0, `chart ${i}: no script element`);
      assert.ok(content[where].includes(expected), `chart ${i}: the name as text in ${where}: ${JSON.stringify(content[where])}`);
      if (i === 0) assert.ok(content.desc.includes(expected), 'the description names the line as text');
    }
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    await page.close();
  });
});
