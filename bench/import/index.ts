// Speed of the importers on generated inputs: a Compose file of 1,000 services and a Kubernetes
// manifest of 5,000 objects (Nodes, Deployments, Services and ConfigMaps, as a cluster dump mixes
// them), each imported whole: guards, parse, map, place, write. Run with `npm run bench:import`;
// the last line is the one to quote (target: each at most 1 s). Timings on a shared machine are
// noisy, so the table also shows the CPU time the import itself used.
import { loadavg } from 'node:os';
import { importInventory, type ImportResult } from '../../src/core/languageService';
import { median, sample, table } from '../stats';
import { composeFile, manifest } from './generate';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);

const composeText = composeFile(1000);
const manifestText = manifest(5000);
const runs = {
  compose: () => importInventory([{ name: 'compose.yaml', text: composeText }]),
  kubernetes: () => importInventory([{ name: 'cluster.yaml', text: manifestText }]),
};

function checked(r: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!r.ok) throw new Error(r.error);
  return r;
}

/** Median CPU milliseconds of the process over `rounds` calls (GC helper threads included). */
function cpuMs(fn: () => unknown, rounds: number): number {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1000);
  }
  return median(times);
}

const composeResult = checked(runs.compose());
const kubeResult = checked(runs.kubernetes());
const composeMs = median(sample(runs.compose, ROUNDS, 2));
const kubeMs = median(sample(runs.kubernetes, ROUNDS, 2));
const composeCpu = cpuMs(runs.compose, ROUNDS);
const kubeCpu = cpuMs(runs.kubernetes, ROUNDS);

console.log(`import benchmark: median of ${ROUNDS} runs after warm-up; load average ${loadavg()[0].toFixed(1)}\n`);
console.log(table(['input', 'KB', 'hosts', 'containers', 'median ms', 'CPU ms'], [
  ['Compose, 1,000 services', (composeText.length / 1024).toFixed(0), String(composeResult.counts.hosts), String(composeResult.counts.containers), composeMs.toFixed(1), composeCpu.toFixed(1)],
  ['Kubernetes, 5,000 objects', (manifestText.length / 1024).toFixed(0), String(kubeResult.counts.hosts), String(kubeResult.counts.containers), kubeMs.toFixed(1), kubeCpu.toFixed(1)],
]));
console.log(`\ntarget: each at most 1000 ms: ${composeMs <= 1000 && kubeMs <= 1000 ? 'met' : 'MISSED'}`);
console.log(`import 1000 services: ${composeMs.toFixed(0)} ms; 5000 objects: ${kubeMs.toFixed(0)} ms`);
