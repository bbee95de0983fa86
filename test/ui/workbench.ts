/** Small page-object helpers for driving the VS Code workbench the way a user does. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { repoRoot, resultsDir } from '../harness/paths';

/** A command as the command palette lists it: "Category: Title". */
export interface PaletteCommand {
  id: string;
  label: string;
}

/** The first command contributed in package.json, titles resolved through package.nls.json; undefined if none. */
export function firstContributedCommand(): PaletteCommand | undefined {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    contributes?: { commands?: { command: string; title: string; category?: string }[] };
  };
  const first = manifest.contributes?.commands?.[0];
  if (!first) return undefined;
  const title = localize(first.title);
  return { id: first.command, label: first.category ? `${localize(first.category)}: ${title}` : title };
}

/** A package.json string as the English UI shows it: `%key%` placeholders resolved through package.nls.json. */
export function localize(text: string): string {
  const nlsFile = path.join(repoRoot, 'package.nls.json');
  const nls = fs.existsSync(nlsFile) ? (JSON.parse(fs.readFileSync(nlsFile, 'utf8')) as Record<string, string>) : {};
  return text.replace(/^%(.+)%$/, (whole, key: string) => nls[key] ?? whole);
}

/** Saves a full-page screenshot into test-results/ui/, which CI keeps. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(resultsDir, 'ui', `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
  return file;
}

/** Opens a file by double-clicking its row in the Explorer (quick open does not open files in headless runs). */
export async function openFromExplorer(page: Page, name: string): Promise<void> {
  const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`);
  await row.waitFor({ state: 'visible' });
  await row.dblclick();
  await page.locator(`.tabs-container .tab.active[aria-label="${name}"]`).waitFor({ state: 'visible' });
}

/** The palette's quick-input widget. */
export function quickInput(page: Page): Locator {
  return page.locator('.quick-input-widget');
}

/**
 * Runs a command from the command palette by its label (F1, type, Enter), after checking that
 * the palette's top match is exactly that command, so a typo cannot run a neighbour instead.
 */
export async function runFromPalette(page: Page, label: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = quickInput(page).locator('.quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${label}`);
  const top = quickInput(page).locator('.quick-input-list .monaco-list-row').first();
  await top.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }).waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await quickInput(page).waitFor({ state: 'hidden' });
}

/**
 * Scrolls a virtualised list (only rows in view exist in the DOM) until `row` is visible.
 * Returns false when the end of the list is reached without finding it.
 */
export async function scrollListTo(page: Page, list: Locator, row: Locator, maxSteps = 40): Promise<boolean> {
  await list.hover();
  for (let step = 0; step < maxSteps; step++) {
    if (await row.isVisible()) return true;
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(100);
  }
  return row.isVisible();
}

/** Text of the notifications center, which is the only place notifications show while the smoke-test driver is on. */
export async function notificationsText(page: Page, screenshotName?: string): Promise<string> {
  await runFromPalette(page, 'Notifications: Show Notifications');
  const center = page.locator('.notifications-center');
  await center.waitFor({ state: 'visible' });
  const text = await center.innerText();
  if (screenshotName) await screenshot(page, screenshotName);
  await page.keyboard.press('Escape');
  return text;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
