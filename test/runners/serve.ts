/**
 * `npm start`: code-server on 127.0.0.1 with this repository loaded as an extension in
 * development mode and examples/ open. Prints the URL (which carries the payload that loads
 * the extension) and runs until Ctrl+C or SIGTERM, then kills the server's process group.
 * VIRTSTACK_PORT picks a fixed port; by default a free one is used. `npm start -- --locale ko`
 * (or `npm run start:ko`) sets VS Code's display language, so the extension speaks Korean.
 * `--web` (`npm run start:web`) runs the extension as VS Code for the Web does: from its `browser`
 * bundle in the workbench's web worker extension host, with simulations in Web Workers.
 */
import { workbenchUrl } from '../harness/browser';
import { cleanupStarted, exitWhenDone, runCleanups } from '../harness/cleanup';
import { ensureCodeServer } from '../harness/install';
import { examplesDir, repoRoot } from '../harness/paths';
import { createServerDirs, installLanguagePack, runAsWebExtension, startServer, tail } from '../harness/server';

async function main(): Promise<number> {
  const install = await ensureCodeServer();
  const port = process.env.VIRTSTACK_PORT ? Number(process.env.VIRTSTACK_PORT) : undefined;
  const locale = process.argv.includes('--locale') ? process.argv[process.argv.indexOf('--locale') + 1] : undefined;
  const web = process.argv.includes('--web');
  const dirs = createServerDirs('start');
  if (locale) installLanguagePack(install, dirs, locale);
  if (web) runAsWebExtension(dirs);
  const started = Date.now();
  const server = await startServer(install, dirs, { port, locale });
  const url = workbenchUrl(server, { folder: examplesDir, extensionDevelopmentPath: repoRoot });
  console.log(`\ncode-server is up after ${Date.now() - started} ms. Open VirtStack in VS Code at:\n\n  ${url}\n`);
  console.log(locale ? `Display language: ${locale}.` : 'For the Korean interface: npm run start:ko (or npm start -- --locale ko).');
  console.log(web
    ? 'The extension runs as on vscode.dev: its browser bundle, in the web worker extension host.'
    : 'For the web flavour (as on vscode.dev): npm run start:web (or npm start -- --web).');
  console.log('After `npm run build` (or with `npm run watch` running), "Developer: Reload Window" loads the new build.');
  console.log(`Server log: ${server.logFile}\nPress Ctrl+C to stop.`);
  watchParent();
  const how = await server.exited;
  // Stopped by Ctrl+C or SIGTERM: the signal handler finishes the cleanup and sets the exit code.
  if (cleanupStarted()) return new Promise<number>(() => undefined);
  console.error(`code-server stopped unexpectedly (${how}):\n${tail(server.logFile)}`);
  return 1;
}

/** Stops when the parent (npm, a terminal) dies without signalling us, instead of serving on as an orphan. */
function watchParent(): void {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) {
      console.error('parent process went away, stopping…');
      void runCleanups().finally(() => process.exit(1));
    }
  }, 1000).unref();
}

exitWhenDone(main());
