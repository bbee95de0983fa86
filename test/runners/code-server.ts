/**
 * Runs the integration suite (out/test/integration) inside the extension host of a real
 * VS Code: code-server on 127.0.0.1, its workbench loaded in headless Chromium.
 * `--web` runs it in the workbench's web worker extension host instead, where the extension
 * runs from its `browser` bundle, as on vscode.dev (out/test/web, docs/testing.md).
 * Exit code: the suite's, or 1 when the harness itself fails or times out.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { automationLogLine } from '../harness/automation-log';
import { launchBrowser, workbenchUrl } from '../harness/browser';
import { exitWhenDone } from '../harness/cleanup';
import { ensureCodeServer } from '../harness/install';
import { examplesDir, repoRoot } from '../harness/paths';
import { createServerDirs, installLanguagePack, runAsWebExtension, startServer, tail, type RunningServer, type ServerDirs } from '../harness/server';

const TIMEOUT_MS = Number(process.env.VIRTSTACK_TEST_TIMEOUT_MS ?? 10 * 60_000);
const VERBOSE = process.env.VIRTSTACK_TEST_VERBOSE === '1';
// `--locale ko` runs the suite with VS Code's display language set to Korean (the suite then runs only its localization tests).
const LOCALE = process.argv.includes('--locale') ? process.argv[process.argv.indexOf('--locale') + 1] : undefined;
const WEB = process.argv.includes('--web');
const suiteIndex = WEB ? path.join(repoRoot, 'out', 'test', 'web', 'index.js') : path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
let server: RunningServer | undefined;

async function main(): Promise<number> {
  const t0 = Date.now();
  const since = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
  const install = await ensureCodeServer();
  const dirs = createServerDirs('integration');
  if (LOCALE) {
    // The extension host inherits code-server's environment: the suite reads the locale from it.
    dirs.env.VIRTSTACK_TEST_LOCALE = LOCALE;
    installLanguagePack(install, dirs, LOCALE);
  }
  if (WEB) prepareWebRun(dirs);
  server = await startServer(install, dirs, { keepTemp: VERBOSE, locale: LOCALE });
  console.log(`code-server listening on ${server.origin} (${since()})`);

  const context = await launchBrowser({ locale: LOCALE });
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
  console.log(`integration suite${WEB ? ' (web worker extension host)' : ''} exited with code ${code} after ${since()}`);
  const warnings = extensionHostWarnings(dirs.userDataDir);
  console.log(`${warnings.length} warning(s) or error(s) about VirtStack in the extension host's log`);
  if (warnings.length > 0) {
    console.error(warnings.slice(0, 5).join('\n'));
    return code === 0 ? 1 : code;
  }
  return code;
}

/**
 * A web run: the workbench runs a development extension that has both `main` and `browser` in
 * its remote Node host unless the user's `remote.extensionKind` asks for `web` (the only kind
 * that lands it in the web worker host), and the suite, which cannot read the environment
 * there, reads its options from a file beside it.
 */
function prepareWebRun(dirs: ServerDirs): void {
  runAsWebExtension(dirs);
  const options = { locale: LOCALE, grep: process.env.VIRTSTACK_TEST_GREP, scratch: dirs.env.TMPDIR };
  fs.writeFileSync(path.join(path.dirname(suiteIndex), 'options.json'), JSON.stringify(options, null, 2));
}

/**
 * Warnings and errors the extension host logged about VirtStack. VS Code logs one each time an
 * extension reads a window setting for a file or a resource setting without one, registers a
 * document selector without a scheme, or activates slowly; every `virtstack.*` setting declares
 * its scope and is read in it, and every selector names its schemes, so a normal session, which
 * the suite is, must leave none behind (issue 13).
 */
function extensionHostWarnings(userDataDir: string): string[] {
  const logs = path.join(userDataDir, 'logs');
  if (!fs.existsSync(logs)) return [];
  const found: string[] = [];
  for (const file of fs.readdirSync(logs, { recursive: true }).map(String)) {
    if (!/exthost\d*[\\/][^\\/]*exthost\.log$/i.test(file)) continue;
    for (const line of fs.readFileSync(path.join(logs, file), 'utf8').split('\n')) {
      if (/\[(warning|error)\]/i.test(line) && /virtstack/i.test(line)) found.push(line);
    }
  }
  return found;
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

exitWhenDone(Promise.race([main(), overallTimeout()]));
