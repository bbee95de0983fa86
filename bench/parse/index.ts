// Throughput of parse + validate on generated fleets, its scaling with size, and the
// comparison with jsonc-parser (the JSON parser VS Code itself uses) on as many bytes.
// Run with `npm run bench:parse`; the last line is the one to quote. `npm run bench:parse -- --vs
// DIR` also times the shipped analyze() of another checkout at DIR (a `git worktree add DIR
// <commit>` of the code before a change) in the same rounds, and prints the ratio.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseTree } from 'jsonc-parser';
import { analyze } from '../../src/core/analyze';
import { MB, mbPerSecond, median, sample, sampleRoundRobin, table } from '../stats';
import { bundledAnalyze, bundledParse } from './bundled';
import { jsonFile, virtFile } from './generate';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);

const inputs = {
  '10,000 lines': virtFile({ lines: 10_000 }),
  '1 MB': virtFile({ bytes: MB }),
  '2 MB': virtFile({ bytes: 2 * MB }),
  '4 MB': virtFile({ bytes: 4 * MB }),
};
const json = jsonFile(bytes(inputs['4 MB']));

console.log(`parse+validate benchmark: median of ${ROUNDS} interleaved rounds after warm-up; MB = 2^20 bytes\n`);
const fns: Record<string, () => unknown> = {};
for (const [name, text] of Object.entries(inputs)) fns[name] = () => analyze(text);
const shipped = bundledAnalyze();
fns['bundle 4 MB'] = () => shipped(inputs['4 MB']);
const parseOnly = bundledParse();
fns['parse 4 MB'] = () => parseOnly(inputs['4 MB']);
fns['json 4 MB'] = () => parseTree(json);
const vsAt = process.argv.indexOf('--vs');
const vs = vsAt >= 0 ? resolve(process.argv[vsAt + 1] ?? '') : undefined;
if (vs) {
  const other = bundledAnalyze(vs);
  fns['other 4 MB'] = () => other(inputs['4 MB']);
}
const times = sampleRoundRobin(fns, ROUNDS);
const ms = (name: string): number => median(times[name]);

const rows = Object.entries(inputs).map(([name, text]) => row(`.virt ${name}`, text, times[name], analyze(text).diagnostics.length));
rows.push(row('.virt 4 MB, esbuild bundle*', inputs['4 MB'], times['bundle 4 MB'], shipped(inputs['4 MB']).diagnostics.length));
rows.push(row('.virt 4 MB, parse only, bundle', inputs['4 MB'], times['parse 4 MB'], parseOnly(inputs['4 MB']).diagnostics.length));
rows.push(row('JSON 4 MB, jsonc parseTree', json, times['json 4 MB'], parseErrors(json)));
console.log(table(['input', 'lines', 'MB', 'median ms', 'min ms', 'MB/s', 'findings'], rows));
console.log('* as the extension ships it, and as the last line compares it; the rows above run the sources through tsx, whose wrappers cost extra.');
console.log(`  Of the bundle's time, the syntax tree alone (parse only) takes ${((100 * ms('parse 4 MB')) / ms('bundle 4 MB')).toFixed(0)} %; the rest builds the model and checks it.`);

console.log('\nlinear scaling (time of 2x input / time of x input; 2.00 is linear):');
console.log(`  1 MB -> 2 MB: ${(ms('2 MB') / ms('1 MB')).toFixed(2)}`);
console.log(`  2 MB -> 4 MB: ${(ms('4 MB') / ms('2 MB')).toFixed(2)}`);

const example = largestExample();
const exampleMs = median(sample(() => analyze(example.text), 200, 50));
console.log(`\nlargest example ${example.name} (${bytes(example.text)} bytes): ${exampleMs.toFixed(3)} ms median (target < 5 ms: ${exampleMs < 5 ? 'met' : 'MISSED'})`);

if (vs) {
  // Round by round: both ran in the same shuffled rounds, so drift in the machine's speed hits both alike.
  const ratios = times['bundle 4 MB'].map((a, i) => a / times['other 4 MB'][i]);
  console.log(`\nthis checkout vs ${vs}, shipped analyze() on 4 MB in the same rounds: ${ms('bundle 4 MB').toFixed(1)} ms vs ${ms('other 4 MB').toFixed(1)} ms; median ratio ${median(ratios).toFixed(2)} (below 1.00: this checkout is faster)`);
}

// Both sides as they ship: the extension's esbuild bundle against jsonc-parser's compiled JavaScript.
const virtRate = mbPerSecond(bytes(inputs['4 MB']), ms('bundle 4 MB'));
const jsonRate = mbPerSecond(bytes(json), ms('json 4 MB'));
console.log(`parse+validate vs jsonc parseTree: ${virtRate.toFixed(1)} MB/s vs ${jsonRate.toFixed(1)} MB/s = ${(virtRate / jsonRate).toFixed(2)}x`);

function row(name: string, text: string, samples: number[], findings: number): string[] {
  const b = bytes(text);
  return [name, String(lineCount(text)), (b / MB).toFixed(2), median(samples).toFixed(1), Math.min(...samples).toFixed(1), mbPerSecond(b, median(samples)).toFixed(1), String(findings)];
}

function lineCount(text: string): number {
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function parseErrors(text: string): number {
  const errors: unknown[] = [];
  parseTree(text, errors as never);
  return errors.length;
}

function largestExample(): { name: string; text: string } {
  const dir = join(__dirname, '../../examples');
  const files = readdirSync(dir).filter((f) => f.endsWith('.virt'));
  const all = files.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  return all.reduce((a, b) => (bytes(b.text) > bytes(a.text) ? b : a));
}
