import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { onCleanup, onExitSync } from './cleanup';
import type { CodeServerInstall } from './install';
import { repoRoot } from './paths';

/** A running code-server on 127.0.0.1 with throw-away user data. */
export interface RunningServer {
  port: number;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Temp folder holding user data, extensions, XDG folders and the server log. */
  tempDir: string;
  extensionsDir: string;
  logFile: string;
  /** Settles when the code-server process exits, with its exit code or signal. */
  exited: Promise<string>;
  /** Turns a server path into the `vscode-remote://` URI the workbench payload needs. */
  remoteUri(serverPath: string): string;
  /** Kills the server's whole process group (extension hosts included) and removes the temp folder. */
  stop(): Promise<void>;
}

/** Throw-away folders for one code-server run, created before the server so extensions can be installed first. */
export interface ServerDirs {
  tempDir: string;
  userDataDir: string;
  extensionsDir: string;
  env: NodeJS.ProcessEnv;
}

/** User settings that keep the workbench quiet and deterministic offline. */
const SETTINGS = {
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  // The empty secondary side bar (chat) would take a third of every screenshot.
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
};

/** Creates fresh temp folders and the environment that keeps code-server from writing to $HOME or /tmp. */
export function createServerDirs(label: string): ServerDirs {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), `virtstack-${label}-`));
  const dir = (name: string) => {
    const p = path.join(tempDir, name);
    fs.mkdirSync(p, { recursive: true });
    return p;
  };
  const userDataDir = dir('user-data');
  const extensionsDir = dir('extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    // Variables of an enclosing VS Code or npm run would leak into the extension host and confuse it.
    if (!/^(VSCODE_|ELECTRON_|npm_)/.test(key)) env[key] = value;
  }
  Object.assign(env, {
    CODE_SERVER_CONFIG: path.join(tempDir, 'config.yaml'),
    XDG_CONFIG_HOME: dir('xdg-config'),
    XDG_DATA_HOME: dir('xdg-data'),
    XDG_CACHE_HOME: dir('xdg-cache'),
    TMPDIR: dir('tmp'),
  });
  fs.writeFileSync(env.CODE_SERVER_CONFIG!, 'auth: none\ncert: false\n');
  return { tempDir, userDataDir, extensionsDir, env };
}

/** The extension's `publisher.name`, as settings and the API name it. */
export const EXTENSION_ID = 'virtstack.virtstack';

/**
 * Makes the workbench run the extension in its web worker extension host, from package.json's
 * `browser` bundle, as vscode.dev would: the user setting `remote.extensionKind` with the kind
 * `web` (docs/testing.md says why this is the way for a development extension in code-server).
 */
export function runAsWebExtension(dirs: ServerDirs): void {
  const settingsFile = path.join(dirs.userDataDir, 'User', 'settings.json');
  const settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8')) as Record<string, unknown>;
  settings['remote.extensionKind'] = { [EXTENSION_ID]: ['web'] };
  fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
}

/** Installs a VSIX the way a user would, into the run's own extensions folder. */
export function installVsix(install: CodeServerInstall, dirs: ServerDirs, vsix: string): void {
  const args = [install.entry, ...commonArgs(dirs), '--install-extension', vsix];
  const result = spawnSync(install.node, args, { env: dirs.env, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) {
    throw new Error(`code-server --install-extension ${vsix} failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
  }
}

/** Starts code-server detached in its own process group and waits until /healthz answers. */
export async function startServer(
  install: CodeServerInstall,
  dirs: ServerDirs,
  opts: { keepTemp?: boolean; port?: number; locale?: string } = {},
): Promise<RunningServer> {
  const port = opts.port ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const logFile = path.join(dirs.tempDir, 'server.log');
  const out = fs.openSync(logFile, 'a');
  const args = [
    install.entry,
    ...commonArgs(dirs),
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    // Without it the workbench silently ignores the payload's development and test paths.
    '--vscode-option', 'enable-smoke-test-driver',
    // The display language, for the localized run of the suite.
    ...(opts.locale ? ['--locale', opts.locale] : []),
  ];
  const child = spawn(install.node, args, { env: dirs.env, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const pgid = child.pid;
  if (pgid === undefined) throw new Error(`could not start code-server (${install.node})`);
  let exitedEarly: string | undefined;
  const exited = new Promise<string>((resolve) => {
    child.on('exit', (code, signal) => {
      exitedEarly = `code-server exited (${code ?? signal}); see ${logFile}`;
      resolve(String(code ?? signal));
    });
  });

  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= killGroup(pgid).then(() => {
    if (!opts.keepTemp) fs.rmSync(dirs.tempDir, { recursive: true, force: true });
  }));
  onCleanup(stop);
  onExitSync(() => killGroupNow(pgid));

  const server: RunningServer = {
    port,
    origin,
    tempDir: dirs.tempDir,
    extensionsDir: dirs.extensionsDir,
    logFile,
    exited,
    remoteUri: (p) => `vscode-remote://127.0.0.1:${port}${p.split(path.sep).map(encodeURIComponent).join('/')}`,
    stop,
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exitedEarly) throw new Error(`${exitedEarly}\n${tail(logFile)}`);
    try {
      const res = await fetch(`${origin}/healthz`);
      if (res.ok) return server;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer /healthz within 60 s\n${tail(logFile)}`);
    await sleep(100);
  }
}

function commonArgs(dirs: ServerDirs): string[] {
  return ['--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir];
}

/**
 * Makes a locale VS Code's display language in the server: VS Code falls back to English unless
 * a language pack offers the locale, so a stub one (test/fixtures/language-pack-<locale>) is
 * packed, installed and registered. The extension then speaks that language; VS Code's own
 * menus stay English, since the stub translates none of them.
 */
export function installLanguagePack(install: CodeServerInstall, dirs: ServerDirs, locale: string): void {
  installVsix(install, dirs, packageLanguagePack(locale, dirs.tempDir));
  registerLanguagePack(locale, dirs.userDataDir, dirs.extensionsDir);
}

/** Packs the stub language pack of test/fixtures into a VSIX in `dir`. */
function packageLanguagePack(locale: string, dir: string): string {
  const source = path.join(repoRoot, 'test', 'fixtures', `language-pack-${locale}`);
  const vsix = path.join(dir, `language-pack-${locale}.vsix`);
  const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '-o', vsix], { cwd: source, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`could not pack ${source}:\n${result.stdout}${result.stderr}`);
  return vsix;
}

/**
 * Writes the index of language packs that VS Code's server reads at start-up. Desktop VS Code
 * writes it when a pack is installed from the UI; `--install-extension` does not, so we do.
 */
function registerLanguagePack(locale: string, userDataDir: string, extensionsDir: string): void {
  const folder = fs.readdirSync(extensionsDir).find((f) => f.startsWith(`virtstack-tests.test-language-pack-${locale}-`));
  if (!folder) throw new Error(`the ${locale} language pack is not in ${extensionsDir}`);
  const pack = {
    hash: `test-${locale}-1`,
    label: locale,
    extensions: [{ extensionIdentifier: { id: `virtstack-tests.test-language-pack-${locale}` }, version: '0.0.1' }],
    translations: { vscode: path.join(extensionsDir, folder, 'translations', 'main.i18n.json') },
  };
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({ [locale]: pack }));
}

/** Last lines of a log file, for error messages. */
export function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

async function killGroup(pgid: number): Promise<void> {
  if (!signalGroup(pgid, 'SIGTERM')) return;
  // Give the server a moment to stop its extension hosts, then make sure.
  for (let i = 0; i < 50; i++) {
    await sleep(100);
    if (!signalGroup(pgid, 0)) return;
  }
  signalGroup(pgid, 'SIGKILL');
}

function killGroupNow(pgid: number): void {
  signalGroup(pgid, 'SIGKILL');
}

/** Signals a process group; false when the group no longer exists. */
function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Promise-based delay. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
