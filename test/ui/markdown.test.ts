/**
 * ```virt blocks in VS Code's built-in Markdown preview, in the browser workbench of code-server,
 * with the extension loaded from this folder as a development extension (run `npm run build`
 * first; `npm run test:ui` packages, which builds). Opens examples/virtualization-notes.md (three
 * blocks, the last with an error), checks the drawn SVGs and the findings in the preview's
 * iframe, edits a block, switches the theme, and saves screenshots to test-results/markdown/.
 * One file alone: `npx mocha --config test/ui/.mocharc.json test/ui/markdown.test.ts`.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { launchBrowser, waitForWorkbench, workbenchUrl } from '../harness/browser';
import { onCleanup, runCleanups } from '../harness/cleanup';
import { ensureCodeServer } from '../harness/install';
import { examplesDir, repoRoot, resultsDir } from '../harness/paths';
import { createServerDirs, startServer } from '../harness/server';
import { openFromExplorer, runFromPalette } from './workbench';

const shots = path.join(resultsDir, 'markdown');

async function shoot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`) });
}

/** The state of the ```virt blocks in the Markdown preview's content frame, or undefined while no frame shows them. */
interface Blocks {
  readonly frame: Frame;
  readonly blocks: number;
  /** SVGs drawn per block. */
  readonly svgs: number[];
  readonly findings: string[];
  readonly titles: string[];
  readonly themes: string[];
  readonly bodyClass: string;
  readonly passes: number;
}

async function blocksIn(page: Page): Promise<Blocks | undefined> {
  for (const frame of page.frames()) {
    try {
      const state = await frame.evaluate(() => {
        const blocks = [...document.querySelectorAll<HTMLElement>('.virtstack-block')];
        if (blocks.length === 0) return undefined;
        return {
          blocks: blocks.length,
          svgs: blocks.map((b) => b.querySelectorAll('.virtstack-canvas svg').length),
          findings: blocks.map((b) => b.querySelector('.virtstack-findings')?.textContent ?? ''),
          titles: blocks.map((b) => b.querySelector('.virtstack-title')?.textContent ?? ''),
          themes: blocks.map((b) => b.dataset.theme ?? ''),
          bodyClass: document.body.className,
          passes: Number(document.body.dataset.virtstackDrawn ?? '0'),
        };
      });
      if (state) return { frame, ...state };
    } catch {
      // A frame navigating or detached: try the others.
    }
  }
  return undefined;
}

/** Polls until `ok` holds for the preview's blocks, or fails with the last state seen. */
async function waitForBlocks(page: Page, ok: (b: Blocks) => boolean, what: string, timeoutMs = 60_000): Promise<Blocks> {
  const until = Date.now() + timeoutMs;
  let last: Blocks | undefined;
  while (Date.now() < until) {
    last = await blocksIn(page);
    if (last && ok(last)) return last;
    await page.waitForTimeout(250);
  }
  const seen = last ? { ...last, frame: undefined } : undefined;
  await shoot(page, `failed-${what.replace(/\W+/g, '-')}`);
  throw new Error(`timed out waiting for ${what}; last seen ${JSON.stringify(seen)}`);
}

describe('```virt blocks in the Markdown preview (code-server)', function () {
  let page: Page;

  before(async function () {
    this.timeout(15 * 60_000);
    assert.ok(fs.existsSync(path.join(repoRoot, 'dist', 'webview', 'markdown', 'loader.js')), 'run `npm run build` first');
    fs.rmSync(shots, { recursive: true, force: true });
    const install = await ensureCodeServer();
    const dirs = createServerDirs('markdown');
    const server = await startServer(install, dirs);
    const context = await launchBrowser();
    page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 1600, height: 1000 });
    // A copy of the example in a folder of its own: the test edits it, and the workbench may save.
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'virtstack-markdown-'));
    onCleanup(() => fs.rmSync(folder, { recursive: true, force: true }));
    fs.copyFileSync(path.join(examplesDir, 'virtualization-notes.md'), path.join(folder, 'virtualization-notes.md'));
    await page.goto(workbenchUrl(server, { folder, extensionDevelopmentPath: repoRoot }));
    await waitForWorkbench(page);
  });

  after(async function () {
    this.timeout(30_000);
    await runCleanups();
  });

  it('draws every block of a document, and lists the findings of the one with an error', async function () {
    this.timeout(180_000);
    await openFromExplorer(page, 'virtualization-notes.md');
    // The editor title's button of Markdown files (the palette's order of its many Markdown commands varies).
    await page.locator('.editor-actions a[aria-label^="Open Preview to the Side"]').first().click();
    const state = await waitForBlocks(page, (b) => b.blocks === 3 && b.svgs.every((n) => n === 1), 'three drawn blocks', 120_000);
    assert.deepEqual(state.titles, ['Hypervisor virtualization', 'Container virtualization', 'Broken on purpose']);
    assert.equal(state.findings[0], '');
    assert.equal(state.findings[1], '');
    // The VM on a host OS, on line 72 of the Markdown file (the 7th line of the third block).
    assert.match(state.findings[2]!, /VS203.*line 72/);
    // The blocks' own text is in the SVG: a layer of the first block.
    const labels = await state.frame.evaluate(() => document.querySelector('.virtstack-block .virtstack-canvas svg')?.textContent ?? '');
    assert.match(labels, /VM web/);
    assert.match(labels, /Hardware server1/);
    await shoot(page, '01-markdown-preview');
    await state.frame.evaluate(() => document.querySelectorAll('.virtstack-block')[2]?.scrollIntoView());
    await page.waitForTimeout(500);
    await shoot(page, '02-findings');
  });

  it('follows an edit of a block', async function () {
    this.timeout(120_000);
    // Line 12 is `stack "Hypervisor virtualization"`: type into the title, before its closing quote.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+G');
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type(' (edited)');
    const state = await waitForBlocks(page, (b) => b.titles[0] === 'Hypervisor virtualization (edited)' && b.svgs.every((n) => n === 1), 'the edited title');
    assert.equal(state.blocks, 3);
    await shoot(page, '03-after-edit');
  });

  it('follows a theme switch', async function () {
    this.timeout(120_000);
    const before = await waitForBlocks(page, (b) => b.svgs.every((n) => n === 1), 'drawn blocks');
    const wasDark = /vscode-dark/.test(before.bodyClass);
    assert.deepEqual(before.themes, Array(3).fill(wasDark ? 'dark' : 'light'));
    await runFromPalette(page, 'Preferences: Toggle between Light/Dark Themes');
    const after = await waitForBlocks(page, (b) => b.themes.every((t) => t === (wasDark ? 'light' : 'dark')) && b.svgs.every((n) => n === 1), 'the other theme');
    assert.notEqual(/vscode-dark/.test(after.bodyClass), wasDark);
    // The palette's VM colour of the new theme on a drawn VM block.
    const fill = await after.frame.evaluate(() => {
      const rect = document.querySelector('.virtstack-block g.node.vm rect');
      return rect ? getComputedStyle(rect).fill : '';
    });
    const palette = await after.frame.evaluate(() => getComputedStyle(document.querySelector('.virtstack-block')!).getPropertyValue('--vs-vm-fill').trim());
    assert.ok(palette !== '', 'no palette on the block');
    assert.equal(normalise(fill), normalise(palette));
    await shoot(page, '04-other-theme');
    await runFromPalette(page, 'Preferences: Toggle between Light/Dark Themes');
  });
});

/** A CSS colour as `r,g,b` (getComputedStyle gives rgb(), the palette hex). */
function normalise(colour: string): string {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex) return hex.slice(1).map((h) => parseInt(h, 16)).join(',');
  const rgb = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour);
  return rgb ? rgb.slice(1).join(',') : colour;
}
