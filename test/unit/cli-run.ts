// Runs the built command line as a user would, a subprocess of `node dist/cli/virtstack.js`
// with pipes for its streams (so never a terminal), built once per test run by build.mjs --cli.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../harness/paths';

/** The built entry. */
export const CLI = path.join(repoRoot, 'dist', 'cli', 'virtstack.js');

let built = false;

/** Builds dist/cli/virtstack.js from the current sources, once. */
export function buildCli(): void {
  if (built) return;
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs'), '--cli'], { cwd: repoRoot, stdio: 'pipe' });
  built = true;
}

/** What a run printed and how it ended. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly bytes: Buffer;
}

/** Runs the CLI with arguments, in `cwd` (the repository by default), in English unless `env` says otherwise. */
export function runCli(args: readonly string[], opts: { cwd?: string; env?: Record<string, string | undefined>; input?: string | Buffer } = {}): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? repoRoot, env: env as NodeJS.ProcessEnv, input: opts.input, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), bytes: r.stdout };
}

/** A fresh temporary folder, removed after the run. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtstack-cli-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The example files. */
export function examples(): string[] {
  return fs.readdirSync(path.join(repoRoot, 'examples')).filter((f) => f.endsWith('.virt')).sort();
}
