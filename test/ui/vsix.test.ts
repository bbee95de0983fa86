/**
 * End-to-end through the browser workbench, against the packaged VSIX installed the way a user
 * installs it (`--install-extension`), so that what ships is what is tested.
 * `npm run test:ui` packages first; screenshots land in test-results/ui/.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, waitForWorkbench, workbenchUrl } from '../harness/browser';
import { runCleanups } from '../harness/cleanup';
import { ensureCodeServer } from '../harness/install';
import { examplesDir, repoRoot, resultsDir } from '../harness/paths';
import { createServerDirs, installVsix, startServer } from '../harness/server';
import {
  firstContributedCommand,
  localize,
  notificationsText,
  openFromExplorer,
  quickInput,
  runFromPalette,
  screenshot,
  scrollListTo,
} from './workbench';

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  name: string;
  displayName?: string;
  publisher: string;
  version: string;
};
const displayName = localize(manifest.displayName ?? manifest.name);
const vsix = path.join(repoRoot, `${manifest.name}-${manifest.version}.vsix`);
const problemsPanel = '.panel .markers-panel';

describe('the packaged extension in the browser workbench', function () {
  let page: Page;
  let extensionsDir: string;

  before(async function () {
    // A cold code-server install alone takes minutes.
    this.timeout(15 * 60_000);
    assert.ok(fs.existsSync(vsix), `${vsix} is missing; run \`npm run package\` first (npm run test:ui does)`);
    // Screenshots of an earlier run, a failed one in particular, would be mistaken for this run's.
    fs.rmSync(path.join(resultsDir, 'ui'), { recursive: true, force: true });
    const install = await ensureCodeServer();
    const dirs = createServerDirs('ui');
    installVsix(install, dirs, vsix);
    extensionsDir = dirs.extensionsDir;
    const server = await startServer(install, dirs);
    const context = await launchBrowser();
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(workbenchUrl(server, { folder: examplesDir }));
    await waitForWorkbench(page);
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed' || !page) return;
    await screenshot(page, `failed-${this.currentTest.title.replace(/\W+/g, '-')}`);
    // Leave no modal editor or quick input behind to swallow the next test's keys.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  });

  after(async function () {
    this.timeout(30_000);
    await runCleanups();
  });

  it('installs from the VSIX into the extensions folder', () => {
    const installed = fs.readdirSync(extensionsDir);
    assert.ok(installed.includes(`${manifest.publisher}.${manifest.name}-${manifest.version}`), `extensions folder holds: ${installed.join(', ')}`);
  });

  it('opens hello.virt from the Explorer as a VirtStack file with highlighting', async () => {
    await openFromExplorer(page, 'hello.virt');
    // The language mode in the status bar shows the alias the VSIX contributes.
    await page.locator('.statusbar-item[id="status.editor.mode"]', { hasText: 'VirtStack' }).waitFor({ state: 'visible' });
    // The grammar colours keywords differently from strings: several token classes on the first line, once tokenized.
    const firstLine = page.locator('.monaco-editor .view-lines .view-line').first();
    const tokenClasses = () => firstLine.locator('span[class^="mtk"]').evaluateAll((spans) => [...new Set(spans.map((s) => s.className))]);
    const classes = await poll(tokenClasses, (c) => c.length > 1);
    assert.ok(classes.length > 1, `expected several token colours on 'stack "Hello"', got ${classes.join(' ')}`);
    await screenshot(page, '01-hello-virt');
  });

  it('activates the installed extension', async () => {
    await runFromPalette(page, 'Developer: Show Running Extensions');
    const list = page.locator('.runtime-extensions-editor .monaco-list');
    await list.waitFor({ state: 'visible' });
    const row = list.locator('.monaco-list-row', { hasText: displayName });
    // Sorted by activation time, so ours may be far down the list.
    assert.ok(await scrollListTo(page, list, row), `${displayName} is not among the running extensions`);
    // Listed extensions that have run activate() show their activation time.
    assert.match(await row.innerText(), /Activation: \d+/);
    await screenshot(page, '02-running-extensions');
    // It opens as a modal editor that swallows keys (F1 included) until closed.
    await page.keyboard.press('Escape');
    await page.locator('.runtime-extensions-editor').waitFor({ state: 'hidden' });
  });

  it('lists the diagnostics of mistakes.virt in the Problems panel', async () => {
    await openFromExplorer(page, 'mistakes.virt');
    await page.keyboard.press('Control+Shift+M');
    await page.locator(problemsPanel).waitFor({ state: 'visible' });
    // A row shows the message and its source with the code, e.g. "virtstack(VS103)".
    const unitRow = page.locator(`${problemsPanel} .monaco-list-row`, { hasText: 'Gbps is a unit of a bit rate' });
    await unitRow.first().waitFor({ state: 'visible', timeout: 20_000 });
    assert.match(await unitRow.first().innerText(), /VS103/);
    const rows = await page.locator(`${problemsPanel} .monaco-list-row`).count();
    assert.ok(rows > 10, `only ${rows} rows in the Problems panel`);
    await screenshot(page, '03-problems');
  });

  it('runs a command from the command palette by its title', async () => {
    const contributed = firstContributedCommand();
    const problemsWasVisible = await page.locator(problemsPanel).isVisible();
    await runFromPalette(page, contributed?.label ?? 'View: Toggle Problems');
    await page.waitForTimeout(500); // let the command's own UI (an editor, a message) appear before the screenshot
    await screenshot(page, '04-command');
    if (contributed) {
      const notes = await notificationsText(page, '05-notifications');
      assert.doesNotMatch(notes, new RegExp(`command '${contributed.id}' not found|Error running command`, 'i'));
    } else {
      // No command contributed yet: the built-in toggle must have flipped the panel.
      await page.locator(problemsPanel).waitFor({ state: problemsWasVisible ? 'hidden' : 'visible' });
    }
    assert.equal(await quickInput(page).isVisible(), false);
  });

  it('opens the preview with Ctrl+K V, and a window reload restores it', async function () {
    this.timeout(120_000);
    await openFromExplorer(page, 'hypervisor.virt');
    // The keybinding applies when a .virt editor has focus.
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+K');
    await page.keyboard.press('v');
    const tab = page.locator('.tabs-container .tab', { hasText: 'Preview hypervisor.virt' });
    await tab.first().waitFor({ state: 'visible', timeout: 30_000 });
    assert.ok((await drawnBlocks(page)) >= 10, 'the preview draws the stack');
    await screenshot(page, '06-preview');
    // Reload as a user does, so the workbench saves its editors (the preview's state with them) first.
    const reloaded = page.waitForEvent('load', { timeout: 60_000 });
    await runFromPalette(page, 'Developer: Reload Window');
    await reloaded;
    await waitForWorkbench(page);
    await tab.first().waitFor({ state: 'visible', timeout: 30_000 });
    assert.ok((await drawnBlocks(page)) >= 10, 'the restored preview draws the stack again');
    await screenshot(page, '07-preview-after-reload');
  });
});

/** Blocks of the stack diagram in whichever webview frame draws one, once it has drawn (0 if none within the time). */
async function drawnBlocks(page: Page, timeoutMs = 30_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const n = await frame.locator('svg g.node').count().catch(() => 0);
      if (n > 0) return n;
    }
    await page.waitForTimeout(250);
  }
  return 0;
}

/** Re-reads a value until it satisfies `done` or the time is up; returns the last value read. */
async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
