// `npm run bench:bundles`: what loading each bundle of the desktop extension costs, the time of
// its require() in a fresh Node process (bench/bundles/require.cjs): dist/extension.js on
// activation, dist/views.js on the first preview or simulation, dist/importers.js on the first
// import. Bundles are loaded in rounds, one fresh process each, so that drift in the machine's
// speed hits all alike; medians. `-- --vs DIR` loads another checkout's built bundles of the same
// names in the same rounds and prints the same-run ratio: what a split between bundles buys. Never
// fails on time.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../test/harness/paths';
import { median } from '../stats';

const ROUNDS = Math.max(1, Number(process.env.VIRTSTACK_BENCH_RUNS) || 9);
const BUNDLES: readonly [file: string, when: string][] = [
  ['dist/extension.js', 'activation'],
  ['dist/views.js', 'the first preview or simulation'],
  ['dist/importers.js', 'the first import'],
];

/** Milliseconds of one require() of the bundle, in a new process. */
function requireOnce(file: string): number {
  const run = spawnSync(process.execPath, [path.join(__dirname, 'require.cjs'), file], { encoding: 'utf8' });
  const ms = Number(run.stdout.trim());
  if (run.status !== 0 || !Number.isFinite(ms)) throw new Error(`${file} did not load: ${(run.stderr || run.stdout).slice(-500)}`);
  return ms;
}

const kB = (file: string): string => (fs.existsSync(file) ? `${(fs.statSync(file).size / 1000).toFixed(1)} kB` : '—');

function main(): void {
  const at = process.argv.indexOf('--vs');
  const other = at >= 0 ? path.resolve(process.argv[at + 1] ?? '') : undefined;
  for (const [file] of BUNDLES) if (!fs.existsSync(path.join(repoRoot, file))) throw new Error(`${file} is missing: npm run bench:bundles builds it first`);
  const ours = new Map<string, number[]>(BUNDLES.map(([file]) => [file, []]));
  const theirs = new Map<string, number[]>(BUNDLES.map(([file]) => [file, []]));
  const ratios = new Map<string, number[]>(BUNDLES.map(([file]) => [file, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [file] of BUNDLES) {
      const a = requireOnce(path.join(repoRoot, file));
      ours.get(file)!.push(a);
      if (other && fs.existsSync(path.join(other, file))) {
        const b = requireOnce(path.join(other, file));
        theirs.get(file)!.push(b);
        ratios.get(file)!.push(a / b);
      }
    }
  }
  console.log(`bundles: each production bundle's require() in a fresh Node process, vscode stood in; median of ${ROUNDS} rounds${other ? `, against ${other} in the same rounds` : ''}`);
  for (const [file, when] of BUNDLES) {
    const row = `${file.padEnd(18)} ${kB(path.join(repoRoot, file)).padStart(9)}  ${median(ours.get(file)!).toFixed(1).padStart(6)} ms  (${when})`;
    const vs = !other ? '' : theirs.get(file)!.length === 0 ? '; not in the other checkout' : `; other ${kB(path.join(other, file))}, ${median(theirs.get(file)!).toFixed(1)} ms, ratio ${median(ratios.get(file)!).toFixed(2)}`;
    console.log(row + vs);
  }
}

main();
