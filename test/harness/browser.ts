import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { onCleanup } from './cleanup';
import { CHROMIUM, checkPrerequisites } from './prerequisites';
import type { RunningServer } from './server';

/** Debian's Chromium, headless, with nothing that phones home (the network is closed and would only add retries). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium with a fresh profile that is deleted again at cleanup. */
export async function launchBrowser(opts: { locale?: string } = {}): Promise<BrowserContext> {
  checkPrerequisites({ browser: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'virtstack-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
    // The browser workbench takes its display language from the browser when no language pack decides it.
    ...(opts.locale ? { locale: opts.locale } : {}),
  });
  onCleanup(async () => {
    await context.close().catch(() => undefined);
    fs.rmSync(profile, { recursive: true, force: true });
  });
  return context;
}

/** What the workbench URL carries: the folder to open and the `payload` (development and test paths). */
export interface WorkbenchOptions {
  folder: string;
  extensionDevelopmentPath?: string;
  extensionTestsPath?: string;
}

/** The workbench URL; payload paths become `vscode-remote://` URIs, the only form the web workbench honours. */
export function workbenchUrl(server: RunningServer, opts: WorkbenchOptions): string {
  const params = new URLSearchParams({ folder: opts.folder });
  const payload: [string, string][] = [];
  if (opts.extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', server.remoteUri(opts.extensionDevelopmentPath)]);
  if (opts.extensionTestsPath) payload.push(['extensionTestsPath', server.remoteUri(opts.extensionTestsPath)]);
  if (payload.length > 0) params.set('payload', JSON.stringify(payload));
  return `${server.origin}/?${params.toString()}`;
}

/** Waits for the smoke-test driver's "workbench restored" signal, the point where UI interaction is safe. */
export async function waitForWorkbench(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.waitForFunction(() => typeof (globalThis as { driver?: unknown }).driver === 'object', undefined, { timeout: timeoutMs });
  await page.evaluate(() => (globalThis as unknown as { driver: { whenWorkbenchRestored(): Promise<void> } }).driver.whenWorkbenchRestored());
}
