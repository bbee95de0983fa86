import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { analyze } from '../../src/core/analyze';
import type { parse } from '../../src/core/syntax/parser';

/**
 * analyze() as the extension ships it: bundled by esbuild, without the per-function name
 * wrappers and export getters that running the sources through tsx adds (about a fifth of the time).
 */
export function bundledAnalyze(root = join(__dirname, '../..')): typeof analyze {
  return bundled<{ analyze: typeof analyze }>(join(root, 'src/core/analyze.ts')).analyze;
}

/** parse() alone, bundled the same way: the share of the syntax tree in analyze()'s time. */
export function bundledParse(): typeof parse {
  return bundled<{ parse: typeof parse }>(join(__dirname, '../..', 'src/core/syntax/parser.ts')).parse;
}

function bundled<T>(entry: string): T {
  const out = buildSync({ entryPoints: [entry], bundle: true, format: 'cjs', platform: 'node', write: false, logLevel: 'error' });
  const dir = mkdtempSync(join(tmpdir(), 'virt-bench-'));
  try {
    const file = join(dir, 'bundle.cjs');
    writeFileSync(file, out.outputFiles[0].text);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loading the freshly built bundle is the point
    return require(file) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
