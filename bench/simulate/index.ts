// Speed and memory of the simulation engine at three fleet sizes, each in a fresh Node process
// running the esbuild bundle (as the extension's worker does). Run with `npm run bench:simulate`;
// the last line is the one to quote. Nothing fails on a time: the machine is shared and noisy.
import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, table } from '../stats';

const SIZES = [5_000, 10_000, 20_000];
const RUNS = Number(process.env.BENCH_ROUNDS ?? 3);

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

const dir = mkdtempSync(join(tmpdir(), 'virt-sim-bench-'));
try {
  const bundle = join(dir, 'child.cjs');
  buildSync({ entryPoints: [join(__dirname, 'child.ts')], bundle: true, format: 'cjs', platform: 'node', target: 'node20', outfile: bundle, logLevel: 'error' });
  console.log(`simulation benchmark: median of ${RUNS} runs per size, each size in a fresh process; one day in 1-minute steps`);
  console.log('guests = VMs and containers; each runs one app, so entities = hosts + guests + apps');
  console.log('times are CPU time of the process (wall time suffers when other jobs share the cores; it is shown too)\n');
  const samples: Sample[] = [];
  for (const guests of SIZES) {
    const child = spawnSync(process.execPath, [bundle, String(guests), String(RUNS)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`size ${guests} failed:\n${child.stderr}`);
    samples.push(JSON.parse(child.stdout.trim().split('\n').pop()!) as Sample);
  }
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
} finally {
  rmSync(dir, { recursive: true, force: true });
}
