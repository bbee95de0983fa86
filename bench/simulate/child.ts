// One size of the simulation benchmark, run in a fresh process so that its peak memory is its
// own. Prints one JSON line: the wall and CPU times of each run, a baseline loop's CPU times,
// and the peak resident memory before and after simulating. Built into a bundle by index.ts and run with plain node.
import { analyze } from '../../src/core/analyze';
import { simulate } from '../../src/core/simulation';
import { simulationFleet } from './fleet';

const guests = Number(process.argv[2]);
const runs = Number(process.argv[3] ?? 3);
const analysis = analyze(simulationFleet(guests));
const mb = (): number => process.resourceUsage().maxRSS / 1024;
const beforeMb = mb();
const times: number[] = [];
const cpuTimes: number[] = [];
const cpu = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
let entities = 0;
let steps = 0;
let checksum = 0;
// The extension starts a fresh worker for each run, so the first run's peak is the one that counts.
let firstPeakMb = 0;
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  const c0 = cpu();
  const outcome = simulate(analysis);
  cpuTimes.push(cpu() - c0);
  times.push(performance.now() - t0);
  if (outcome.status !== 'done') throw new Error(`the benchmark fleet did not simulate: ${JSON.stringify(outcome)}`);
  entities = outcome.result.entities.length;
  steps = outcome.result.settings.steps;
  checksum = outcome.result.summary.meanUtilization;
  if (r === 0) firstPeakMb = mb();
}
const baseline = baselineMs(entities, steps);
console.log(JSON.stringify({ guests, entities, steps, times, cpuTimes, baseline, beforeMb, peakMb: firstPeakMb, checksum }));

/**
 * CPU milliseconds of a plain loop over as many entity-steps as the run: three passes over
 * four typed arrays each, about the least any time-stepped engine of this shape can do. The
 * ratio to it says how the engine fares whatever the machine and its load.
 */
function baselineMs(n: number, steps: number): number[] {
  const arrays = Array.from({ length: 8 }, (_, k) => new Float64Array(n).fill(k + 1));
  const [a, b, c, d, e, f, g, h] = arrays;
  const out: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c0 = cpu();
    for (let k = 0; k < steps; k++) {
      for (let i = 0; i < n; i++) a[i] = b[i] * c[i] + d[i];
      for (let i = n - 1; i >= 0; i--) e[i] = a[i] * f[i] + g[i];
      for (let i = 0; i < n; i++) h[i] += e[i] * b[i];
    }
    out.push(cpu() - c0);
  }
  return out;
}
