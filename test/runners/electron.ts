/**
 * Runs the integration suite in desktop VS Code through @vscode/test-electron, which
 * downloads VS Code into .vscode-test/ on first use. For desktops with internet access;
 * machines without it (CI here) use test/runners/code-server.ts on the same suite.
 *
 *   npm run build && node scripts/build-tests.mjs && node out/test/runners/electron.js
 *
 * VSCODE_VERSION picks the build (default: stable); VSCODE_EXECUTABLE uses an installed one instead.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { examplesDir, repoRoot } from '../harness/paths';

async function main(): Promise<void> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtstack-electron-'));
  try {
    await runTests({
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'out', 'test', 'integration', 'index.js'),
      ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : { version: process.env.VSCODE_VERSION ?? 'stable' }),
      // Other installed extensions and the user's settings would make results depend on the desktop.
      launchArgs: [examplesDir, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--user-data-dir', userDataDir],
    });
  } finally {
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error('integration tests failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
