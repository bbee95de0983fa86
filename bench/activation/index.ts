// Activation time of the packaged extension, as VS Code itself records it. The VSIX that
// `npm run package` writes is installed into code-server (the harness of test/) next to a
// yardstick: an extension that does nothing, activated by a language of its own. A browser
// workbench opens a folder holding hello.virt and a yardstick file; each run opens both (in
// alternating order, after the extension host has settled) and reads each extension's row in
// "Developer: Show Running Extensions" ("Activation: N ms", the time to load its code plus the
// time of its activate() call) and its line in "Developer: Startup Performance" (load code,
// call activate, finish activate: until the promise activate() returned settled). Between runs
// the window is reloaded, which starts a new extension host, so every run is a fresh
// activation. The yardstick shows what any extension costs in the same run on the same
// machine; the difference is VirtStack's own. Run with `npm run bench:activation`
// (VIRTSTACK_BENCH_RUNS sets the number of runs, default 7). Prints medians, min and max, the
// same-run difference and the target; never fails on time.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, waitForWorkbench, workbenchUrl } from '../../test/harness/browser';
import { onCleanup, runCleanups } from '../../test/harness/cleanup';
import { ensureCodeServer } from '../../test/harness/install';
import { CODE_SERVER_VERSION, examplesDir, repoRoot } from '../../test/harness/paths';
import { createServerDirs, installVsix, startServer } from '../../test/harness/server';
import { localize, openFromExplorer, runFromPalette, scrollListTo } from '../../test/ui/workbench';
import { median, table } from '../stats';

/** The target for activation, in milliseconds. */
const TARGET_MS = 30;
const RUNS = Math.max(1, Number(process.env.VIRTSTACK_BENCH_RUNS) || 7);
/** Pause after the workbench is restored, before a file is opened: the new extension host's own start is not ours. */
const SETTLE_MS = 3_000;

/** An extension as the benchmark finds it in the workbench. */
interface Measured {
  /** `publisher.name`, as Startup Performance lists it. */
  readonly id: string;
  /** As Running Extensions lists it. */
  readonly displayName: string;
  /** The file whose opening activates it. */
  readonly file: string;
}

/** One activation: VS Code's figure and its parts, in ms. */
interface Activation {
  readonly shown: number;
  readonly load: number;
  readonly call: number;
  readonly finish: number;
}

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { name: string; displayName?: string; publisher: string; version: string };
const vsix = path.join(repoRoot, `${manifest.name}-${manifest.version}.vsix`);
const VIRTSTACK: Measured = { id: `${manifest.publisher}.${manifest.name}`, displayName: localize(manifest.displayName ?? manifest.name), file: 'hello.virt' };
const YARDSTICK: Measured = { id: 'virtstack-bench.yardstick', displayName: 'Activation yardstick', file: 'yardstick.vbench' };

/** Packages the yardstick (an empty activate(), activated by opening a .vbench file) into `dir`; returns its VSIX. */
function packYardstick(dir: string): string {
  const src = path.join(dir, 'yardstick');
  fs.mkdirSync(src, { recursive: true });
  fs.writeFileSync(path.join(src, 'package.json'), JSON.stringify({
    name: 'yardstick', displayName: YARDSTICK.displayName, publisher: 'virtstack-bench', version: '0.0.1', license: 'MIT',
    engines: { vscode: '^1.90.0' }, main: './extension.js', activationEvents: ['onLanguage:vbench'],
    contributes: { languages: [{ id: 'vbench', extensions: ['.vbench'] }] },
  }, null, 2));
  fs.writeFileSync(path.join(src, 'extension.js'), 'exports.activate = function () {};\n');
  fs.writeFileSync(path.join(src, 'README.md'), 'The yardstick of bench/activation: an extension that does nothing.\n');
  const out = path.join(dir, 'yardstick.vsix');
  const vsce = path.join(repoRoot, 'node_modules', '.bin', 'vsce');
  const result = spawnSync(vsce, ['package', '--allow-missing-repository', '--skip-license', '--out', out], { cwd: src, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`packaging the yardstick failed:\n${result.stdout}${result.stderr}`);
  return out;
}

/** VS Code's activation time of an extension, from its row in the Running Extensions editor (waits while it says "Activating..."). */
async function runningExtensionsTime(page: Page, extension: Measured): Promise<number> {
  await runFromPalette(page, 'Developer: Show Running Extensions');
  const editor = page.locator('.runtime-extensions-editor');
  const list = editor.locator('.monaco-list');
  await list.waitFor({ state: 'visible' });
  const row = list.locator('.monaco-list-row', { hasText: extension.displayName });
  // The list is sorted by activation time and virtualised: scroll until the row exists.
  if (!(await scrollListTo(page, list, row))) throw new Error(`${extension.displayName} is not among the running extensions`);
  const deadline = Date.now() + 30_000;
  let text = await row.innerText();
  while (!/Activation: \d+ms/.test(text) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    text = await row.innerText();
  }
  const match = /Activation: (\d+)ms/.exec(text);
  if (!match) throw new Error(`no activation time in the row of ${extension.displayName}: ${JSON.stringify(text)}`);
  // The editor is modal and swallows keys until it is closed; an Escape that arrives before it
  // has focus is lost, so focus it and try again.
  for (let attempt = 0; await editor.isVisible(); attempt++) {
    if (attempt === 10) throw new Error('the Running Extensions editor does not close');
    await list.click({ position: { x: 5, y: 5 } }).catch(() => undefined);
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'hidden', timeout: 2_000 }).catch(() => undefined);
  }
  return Number(match[1]);
}

/**
 * The extensions' lines of the "Extension Activation Stats" table of "Developer: Startup
 * Performance" (extension | eager | load code | call activate | finish activate | event | by),
 * as cells; undefined for a line not found.
 */
async function startupPerformanceRows(page: Page, extensions: readonly Measured[]): Promise<(string[] | undefined)[]> {
  await runFromPalette(page, 'Developer: Startup Performance');
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  await editor.locator('.view-lines').waitFor({ state: 'visible' });
  await editor.locator('.view-lines').click();
  const rows: (string[] | undefined)[] = [];
  for (const extension of extensions) {
    // Only the lines in view exist in the DOM: finding the line scrolls it into view.
    await page.keyboard.press('Control+F');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(`| ${extension.id} |`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    const line = editor.locator('.view-line', { hasText: extension.id }).first();
    await line.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => undefined);
    const cells = (await line.innerText().catch(() => '')).replace(/\u00a0/g, ' ').split('|').map((c) => c.trim()).filter((c) => c.length > 0);
    rows.push(cells.length >= 5 && cells[0] === extension.id ? cells : undefined);
  }
  await runFromPalette(page, 'View: Close All Editors');
  return rows;
}

function summary(samples: readonly number[]): string {
  const known = samples.filter((n) => !Number.isNaN(n));
  return known.length === 0 ? 'n/a' : `${median(known)} (${Math.min(...known)}–${Math.max(...known)})`;
}

async function main(): Promise<void> {
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} is missing; npm run bench:activation packages it first`);
  console.log(`activation benchmark: ${path.basename(vsix)} (${fs.statSync(vsix).size} bytes, production build) in code-server ${CODE_SERVER_VERSION}, headless Chromium, ${RUNS} runs`);
  console.log('a run opens hello.virt and the yardstick\'s file (an extension that does nothing), reads VS Code\'s figures, and reloads the window\n');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'virtstack-bench-activation-'));
  onCleanup(() => fs.rmSync(work, { recursive: true, force: true }));
  const folder = path.join(work, 'workspace');
  fs.mkdirSync(folder);
  fs.copyFileSync(path.join(examplesDir, VIRTSTACK.file), path.join(folder, VIRTSTACK.file));
  fs.writeFileSync(path.join(folder, YARDSTICK.file), 'yardstick\n');

  const install = await ensureCodeServer();
  const dirs = createServerDirs('bench-activation');
  installVsix(install, dirs, vsix);
  installVsix(install, dirs, packYardstick(work));
  const server = await startServer(install, dirs);
  const context = await launchBrowser();
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(workbenchUrl(server, { folder }));
  await waitForWorkbench(page);

  const results = new Map<Measured, Activation[]>([[VIRTSTACK, []], [YARDSTICK, []]]);
  const rows: string[][] = [];
  for (let run = 1; run <= RUNS; run++) {
    // Alternate which one activates first, so that neither always meets a busier extension host.
    const order = run % 2 === 1 ? [VIRTSTACK, YARDSTICK] : [YARDSTICK, VIRTSTACK];
    const shown = new Map<Measured, number>();
    for (const extension of order) {
      await page.waitForTimeout(SETTLE_MS);
      await openFromExplorer(page, extension.file);
      shown.set(extension, await runningExtensionsTime(page, extension));
    }
    const lines = await startupPerformanceRows(page, order).catch(() => order.map(() => undefined));
    order.forEach((extension, i) => {
      const cells = lines[i];
      const a: Activation = { shown: shown.get(extension) ?? NaN, load: Number(cells?.[2] ?? NaN), call: Number(cells?.[3] ?? NaN), finish: Number(cells?.[4] ?? NaN) };
      results.get(extension)?.push(a);
    });
    const v = results.get(VIRTSTACK)![run - 1];
    const y = results.get(YARDSTICK)![run - 1];
    rows.push([String(run), String(v.shown), String(v.load), String(v.call), String(v.finish), String(y.shown), String(v.shown - y.shown)]);
    console.log(`run ${run}${run === 1 ? ' (the server\'s first start)' : ''}: VirtStack ${v.shown} ms (load ${v.load}, activate ${v.call}, finish ${v.finish}), yardstick ${y.shown} ms`);
    if (run === RUNS) break;
    // Nothing is open after the reload, so that nothing activates before its file is opened.
    const reloaded = page.waitForEvent('load', { timeout: 60_000 });
    await runFromPalette(page, 'Developer: Reload Window');
    await reloaded;
    await waitForWorkbench(page);
  }

  const v = results.get(VIRTSTACK)!;
  const y = results.get(YARDSTICK)!;
  const pick = (list: Activation[], key: keyof Activation) => list.map((a) => a[key]);
  console.log(`\n${table(['run', 'VirtStack ms', 'load code', 'call activate', 'finish activate', 'yardstick ms', 'difference'], rows)}`);
  console.log('\nmedian (min–max), ms         VirtStack        yardstick');
  for (const [label, key] of [['activation (VS Code shows)', 'shown'], ['  load code', 'load'], ['  call activate', 'call'], ['  finish activate', 'finish']] as const) {
    console.log(`${label.padEnd(28)} ${summary(pick(v, key)).padEnd(16)} ${summary(pick(y, key))}`);
  }
  const med = median(pick(v, 'shown'));
  const difference = median(v.map((a, i) => a.shown - y[i].shown));
  console.log(`\nVirtStack activation: median ${med} ms over ${RUNS} runs, ${difference} ms more than an extension that does nothing (median of the same-run differences)`);
  console.log(`target: at most ${TARGET_MS} ms (${med <= TARGET_MS ? 'met' : 'missed'}); the machine's load inflates both figures alike: quote the median, read the spread`);
}

main()
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exitCode = 1;
  })
  .finally(async () => {
    await runCleanups();
    process.exit();
  });
