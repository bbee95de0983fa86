import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { analyze } from '../../src/core/analyze';

/**
 * analyze() as the extension ships it: bundled by esbuild, without the per-function name
 * wrappers and export getters that running the sources through tsx adds (about a fifth of the time).
 */
export function bundledAnalyze(): typeof analyze {
  const out = buildSync({ entryPoints: [join(__dirname, '../../src/core/analyze.ts')], bundle: true, format: 'cjs', platform: 'node', write: false, logLevel: 'error' });
  const dir = mkdtempSync(join(tmpdir(), 'virt-bench-'));
  try {
    const file = join(dir, 'analyze.cjs');
    writeFileSync(file, out.outputFiles[0].text);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loading the freshly built bundle is the point
    return (require(file) as { analyze: typeof analyze }).analyze;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
