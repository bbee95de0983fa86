/**
 * Runs the integration suite (out/test/integration) inside the extension host of a real
 * VS Code: code-server on 127.0.0.1, its workbench loaded in headless Chromium.
 * Exit code: the suite's, or 1 when the harness itself fails or times out.
 */
import * as path from 'node:path';
import { automationLogLine } from '../harness/automation-log';
import { launchBrowser, workbenchUrl } from '../harness/browser';
import { runCleanups } from '../harness/cleanup';
import { ensureCodeServer } from '../harness/install';
import { examplesDir, repoRoot } from '../harness/paths';
import { createServerDirs, startServer, tail, type RunningServer } from '../harness/server';

const TIMEOUT_MS = Number(process.env.VIRTSTACK_TEST_TIMEOUT_MS ?? 10 * 60_000);
const VERBOSE = process.env.VIRTSTACK_TEST_VERBOSE === '1';
const suiteIndex = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
let server: RunningServer | undefined;

async function main(): Promise<number> {
  const t0 = Date.now();
  const since = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
  const install = await ensureCodeServer();
  const dirs = createServerDirs('integration');
  server = await startServer(install, dirs, { keepTemp: VERBOSE });
  console.log(`code-server listening on ${server.origin} (${since()})`);

  const context = await launchBrowser();
  const page = context.pages()[0] ?? (await context.newPage());
  const exit = new Promise<number>((resolve) => {
    void page.exposeFunction('codeAutomationExit', (code: number) => resolve(Number(code)));
  });
  await page.exposeFunction('codeAutomationLog', (level: string, args: unknown[]) => {
    const line = automationLogLine(level, args, VERBOSE);
    if (line !== undefined) console.log(line);
  });
  page.on('pageerror', (err) => VERBOSE && console.error('[page error]', err));

  const url = workbenchUrl(server, { folder: examplesDir, extensionDevelopmentPath: repoRoot, extensionTestsPath: suiteIndex });
  if (VERBOSE) console.log(`opening ${url}`);
  await page.goto(url);
  console.log(`workbench loading, waiting for the suite (${since()})`);

  const code = await exit;
  console.log(`integration suite exited with code ${code} after ${since()}`);
  return code;
}

/** Resolves to 1 after the overall time limit: a payload the workbench cannot use makes it hang silently. */
function overallTimeout(): Promise<number> {
  return new Promise((resolve) => {
    setTimeout(() => {
      console.error(`integration run did not finish within ${TIMEOUT_MS / 1000} s`);
      if (server) console.error(`last lines of the code-server log:\n${tail(server.logFile)}`);
      resolve(1);
    }, TIMEOUT_MS);
  });
}

Promise.race([main(), overallTimeout()])
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    return 1;
  })
  .then(async (code) => {
    await runCleanups();
    process.exit(code);
  });
