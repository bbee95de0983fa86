// Speed and memory of the simulation engine at three fleet sizes, each in a fresh Node process
// running the esbuild bundle (as the extension's worker does). Run with `npm run bench:simulate`;
// the last line is the one to quote. Nothing fails on a time: the machine is shared and noisy.
//
// `npm run bench:simulate -- --vs DIR` compares this checkout (A) with another one at DIR (B, a
// `git worktree add DIR <commit>` of the code before a change): for each size it runs A's and
// B's processes in turn, A B B A A B …, BENCH_PAIRS pairs (default 5), and prints the ratio of
// their CPU times pair by pair, so that drift in the machine's speed hits both alike.
import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median, table } from '../stats';

const SIZES = [5_000, 10_000, 20_000];
const RUNS = Number(process.env.BENCH_ROUNDS ?? 3);
const PAIRS = Number(process.env.BENCH_PAIRS ?? 5);

interface Sample {
  guests: number;
  entities: number;
  steps: number;
  times: number[];
  cpuTimes: number[];
  baseline: number[];
  beforeMb: number;
  peakMb: number;
}

const vsAt = process.argv.indexOf('--vs');
const vs = vsAt >= 0 ? resolve(process.argv[vsAt + 1] ?? '') : undefined;
const dir = mkdtempSync(join(tmpdir(), 'virt-sim-bench-'));
try {
  const bundle = (root: string, name: string): string => {
    const out = join(dir, name);
    buildSync({ entryPoints: [join(root, 'bench', 'simulate', 'child.ts')], bundle: true, format: 'cjs', platform: 'node', target: 'node20', outfile: out, logLevel: 'error' });
    return out;
  };
  const run = (file: string, guests: number): Sample => {
    const child = spawnSync(process.execPath, [file, String(guests), String(RUNS)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`size ${guests} failed:\n${child.stderr}`);
    return JSON.parse(child.stdout.trim().split('\n').pop()!) as Sample;
  };
  const a = bundle(join(__dirname, '..', '..'), 'a.cjs');
  if (vs) compare(a, bundle(vs, 'b.cjs'), vs, run);
  else report(SIZES.map((guests) => run(a, guests)));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function report(samples: Sample[]): void {
  console.log(`simulation benchmark: median of ${RUNS} runs per size, each size in a fresh process; one day in 1-minute steps`);
  console.log('guests = VMs and containers; each runs one app, so entities = hosts + guests + apps');
  console.log('times are CPU time of the process (wall time suffers when other jobs share the cores; it is shown too)\n');
  const rows = samples.map((s) => {
    const ms = median(s.cpuTimes);
    return [
      String(s.guests), String(s.entities), String(s.steps), ms.toFixed(0), median(s.times).toFixed(0),
      ((s.guests * s.steps) / (ms / 1000) / 1e6).toFixed(1), ((s.entities * s.steps) / (ms / 1000) / 1e6).toFixed(1),
      (ms / median(s.baseline)).toFixed(1), s.beforeMb.toFixed(0), s.peakMb.toFixed(0),
    ];
  });
  console.log(table(['guests', 'entities', 'steps', 'CPU ms', 'wall ms', 'M guest-steps/s', 'M entity-steps/s', 'x baseline', 'MB before', 'MB peak'], rows));
  console.log('x baseline: CPU time over that of a bare loop of three passes over four arrays for as many entity-steps, in the same process.');
  console.log('MB before: resident memory after reading the file (text, syntax tree, model); MB peak: the process at its largest during the first run (the extension runs each simulation in a fresh worker).');
  console.log('\nlinear scaling (time of 2x guests / time of x guests; 2.00 is linear):');
  for (let i = 1; i < samples.length; i++) {
    console.log(`  ${samples[i - 1].guests} -> ${samples[i].guests}: ${(median(samples[i].cpuTimes) / median(samples[i - 1].cpuTimes)).toFixed(2)}`);
  }
  const big = samples[samples.length - 1];
  const seconds = median(big.cpuTimes) / 1000;
  console.log(`\ntargets for ${big.guests} guests: under 2 s (${seconds < 2 ? 'met' : 'MISSED'}), under 500 MB (${big.peakMb < 500 ? 'met' : 'MISSED'})`);
  console.log(`simulate ${big.guests} entities x ${big.steps} steps: ${seconds.toFixed(2)} s, ${big.peakMb.toFixed(0)} MB peak, ${((big.guests * big.steps) / seconds / 1e6).toFixed(1)} M entity-steps/s`);
}

function compare(a: string, b: string, bDir: string, run: (file: string, guests: number) => Sample): void {
  console.log(`simulation benchmark, A = this checkout, B = ${bDir}: ${PAIRS} pairs of processes per size, A and B in turn, each process the median of ${RUNS} runs`);
  console.log('times are CPU time; A/B is the median of the pairs\' ratios (below 1: A is faster)\n');
  const rows: string[][] = [];
  let last = { a: [] as number[], b: [] as number[], ratios: [] as number[], guests: 0, steps: 0 };
  for (const guests of SIZES) {
    const times = { a: [] as number[], b: [] as number[] };
    const peaks = { a: [] as number[], b: [] as number[] };
    const ratios: number[] = [];
    let steps = 0;
    for (let p = 0; p < PAIRS; p++) {
      // A B, then B A: neither always runs on the heels of the other.
      const order = p % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const);
      const pair = { a: 0, b: 0 };
      for (const side of order) {
        const s = run(side === 'a' ? a : b, guests);
        pair[side] = median(s.cpuTimes);
        times[side].push(pair[side]);
        peaks[side].push(s.peakMb);
        steps = s.steps;
      }
      ratios.push(pair.a / pair.b);
    }
    rows.push([String(guests), median(times.a).toFixed(0), median(times.b).toFixed(0), median(ratios).toFixed(3), `${Math.min(...ratios).toFixed(2)}..${Math.max(...ratios).toFixed(2)}`, median(peaks.a).toFixed(0), median(peaks.b).toFixed(0)]);
    last = { a: times.a, b: times.b, ratios, guests, steps };
  }
  console.log(table(['guests', 'A CPU ms', 'B CPU ms', 'A/B', 'A/B range', 'A MB peak', 'B MB peak'], rows));
  console.log(`\nsimulate ${last.guests} entities x ${last.steps} steps: A ${(median(last.a) / 1000).toFixed(2)} s, B ${(median(last.b) / 1000).toFixed(2)} s, A/B ${median(last.ratios).toFixed(3)}`);
}
