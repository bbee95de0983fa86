import * as path from 'node:path';

/** Pinned so that every run, local or CI, tests against the same VS Code build. */
export const CODE_SERVER_VERSION = '4.139.1';
/** code-server's postinstall refuses any other Node major. */
export const NODE_MAJOR = 24;

/** Repository root, found from this file whether it runs as TS (tsx) or compiled into out/test/harness. */
export const repoRoot = findRepoRoot(__dirname);

/** The folder the workbench opens: the examples double as the fixture workspace. */
export const examplesDir = path.join(repoRoot, 'examples');

/** Screenshots and logs that CI keeps as artefacts. */
export const resultsDir = path.join(repoRoot, 'test-results');

/** The cache folder for one code-server version; kept outside node_modules so `npm ci` does not wipe it. */
export const cacheDir = path.join(repoRoot, '.cache', `code-server-${CODE_SERVER_VERSION}`);

function findRepoRoot(start: string): string {
  // Both `test/harness` and `out/test/harness` sit under the root; walk up to the package.json that owns them.
  let dir = start;
  for (;;) {
    if (path.basename(dir) === 'test') {
      const parent = path.dirname(dir);
      return path.basename(parent) === 'out' ? path.dirname(parent) : parent;
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`cannot find the repository root above ${start}`);
    dir = up;
  }
}
