import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { simulate, type SimulationResult } from '../../src/core/simulation';
import { toJson } from '../../src/core/simulation/export';
import { caseSeed, mulberry32, type Random } from './fuzz/prng';

// Random but well-formed stacks of every kind, with random sizes, limits, loads, jobs and
// dependencies, each simulated and checked against what must hold whatever the numbers:
// nothing thrown, nothing not finite, nothing granted beyond what was wanted or what exists,
// the same bytes on a second run. A failing case prints its seed.

const RUN_SEED = Number(process.env.SIM_FUZZ_SEED ?? 20261126);
const CASES = Number(process.env.SIM_FUZZ_CASES ?? 60);

function load(rng: Random): string {
  const lo = rng.int(60);
  const hi = lo + rng.int(100 - lo + 1);
  switch (rng.int(5)) {
    case 0: return `load constant ${rng.int(101)}%`;
    case 1: return `load daily ${lo}%..${hi}% peak ${String(rng.int(24)).padStart(2, '0')}:${rng.pick(['00', '30'])}`;
    case 2: return `load spikes ${lo}%..${hi}% every ${rng.between(1, 180)} m for ${rng.between(1, 60)} m`;
    case 3: return `load random ${lo}%..${hi}% seed ${rng.int(1000)}`;
    default: return '';
  }
}

function workload(rng: Random, name: string, names: string[], maxCores: number): string {
  const props: string[] = [];
  if (rng.chance(0.5)) props.push(`cpu ${Math.max(0.1, Math.round(rng.next() * maxCores * 10) / 10)}`);
  if (rng.chance(0.5)) props.push(`memory ${rng.between(16, 512)} MiB..${rng.between(512, 4096)} MiB`);
  if (names.length > 0 && rng.chance(0.25)) props.push(`depends ${rng.pick(names)}`);
  if (rng.chance(0.3)) {
    props.push(`work ${rng.between(1, 40)} core-m`);
    if (rng.chance(0.5)) props.push(`start ${rng.between(0, 120)} m`);
    return `job ${name} { ${props.join('; ')} }`;
  }
  const l = load(rng);
  if (l) props.push(l);
  return `app ${name} { ${props.join('; ')} }`;
}

function stack(rng: Random): string {
  const out: string[] = ['stack "random"'];
  const names: string[] = [];
  const hosts = rng.between(1, 3);
  for (let h = 0; h < hosts; h++) {
    const cores = rng.pick([2, 4, 8, 16]);
    const memGiB = rng.pick([4, 8, 16, 32]);
    const power = rng.pick(['', `power idle ${rng.between(20, 100)} W peak ${rng.between(100, 400)} W`]);
    out.push(`hardware h${h} {`, `  cpu ${cores} cores; memory ${memGiB} GiB; reserve ${rng.int(1024)} MiB; ${power}`);
    const kind = rng.int(5);
    const guests = rng.between(0, 4);
    const guestNames: string[] = [];
    if (kind === 0) {
      out.push('  hypervisor kvm {');
      for (let g = 0; g < guests; g++) {
        const name = `v${h}-${g}`;
        const app = workload(rng, `${name}-w`, names, 2);
        out.push(`    vm ${name} { vcpu ${rng.between(1, cores)}; memory ${rng.between(256, 2048)} MiB; os linux "Debian 12"; ${app} }`);
        guestNames.push(name, `${name}-w`);
      }
      out.push('  }');
    } else if (kind === 4) {
      // Containers in a VM, and a nested hypervisor beside them.
      out.push('  hypervisor kvm {', `    vm k${h} { vcpu ${cores}; memory ${memGiB / 2} GiB`, '      os linux "Debian 12"', `      runtime ${rng.pick(['docker', 'kata'])} {`);
      for (let g = 0; g < guests; g++) {
        const name = `k${h}-${g}`;
        out.push(`        container ${name} { cpu 0.5..${rng.between(1, cores)}; memory 64 MiB..${rng.between(128, 512)} MiB; ${workload(rng, `${name}-w`, names, 2)} }`);
        guestNames.push(name, `${name}-w`);
      }
      out.push('      }', `      hypervisor kvm as inner${h} { vm n${h} { vcpu 1; memory 256 MiB; os linux "Alpine 3.20"; ${workload(rng, `n${h}-w`, names, 1)} } }`, '    }', '  }');
      guestNames.push(`k${h}`, `n${h}`, `n${h}-w`);
    } else if (kind === 1 || kind === 2) {
      out.push(`  os linux "Debian 12"`, kind === 1 ? `  runtime ${rng.pick(['docker', 'containerd', 'kata', 'gvisor'])} {` : `  hypervisor ${rng.pick(['virtualbox', 'firecracker'])} {`);
      for (let g = 0; g < guests; g++) {
        const name = `c${h}-${g}`;
        const app = workload(rng, `${name}-w`, names, 2);
        if (kind === 1) {
          const req = Math.round(rng.next() * 10) / 10 + 0.1;
          out.push(`    container ${name} { cpu ${req}..${req + rng.int(3)}; memory ${rng.between(32, 256)} MiB..${rng.between(256, 1024)} MiB; ${app} }`);
        } else {
          out.push(`    vm ${name} { vcpu ${rng.between(1, cores)}; memory ${rng.between(128, 1024)} MiB; os linux "Alpine 3.20"; ${app} }`);
        }
        guestNames.push(name, `${name}-w`);
      }
      out.push('  }');
    } else {
      out.push(`  os linux "Debian 12" {`);
      for (let g = 0; g < guests; g++) {
        out.push(`    ${workload(rng, `b${h}-${g}`, names, cores)}`);
        guestNames.push(`b${h}-${g}`);
      }
      out.push('  }');
    }
    out.push('}');
    names.push(...guestNames);
  }
  out.push(`simulate { duration ${rng.between(1, 12)} h; step ${rng.pick([1, 5, 7, 15, 30])} m; seed ${rng.int(100)}; overcommit cpu ${rng.pick([1, 2, 4, 16])} memory ${rng.pick([1, 1.5])} }`);
  return out.join('\n') + '\n';
}

function check(r: SimulationResult, label: string): void {
  const eps = 1e-6;
  const finite = (x: number, what: string): void => assert.ok(Number.isFinite(x), `${label}: ${what} is ${x}`);
  r.entities.forEach((e, i) => {
    const s = r.series[i];
    s.demand.forEach((d, p) => {
      finite(d, `${e.name} demand`);
      finite(s.granted[p], `${e.name} granted`);
      finite(s.memory[p], `${e.name} memory`);
      assert.ok(s.granted[p] >= -eps && s.granted[p] <= d + 1e-3, `${label}: ${e.name} granted ${s.granted[p]} of ${d} at ${p}`);
      if (e.kind === 'host' || e.kind === 'vm') assert.ok(s.granted[p] <= e.cores + 1e-3, `${label}: ${e.name} granted ${s.granted[p]} of ${e.cores} cores`);
    });
    const st = r.stats[i];
    for (const [k, v] of Object.entries(st)) if (typeof v === 'number') finite(v, `${e.name}.${k}`);
    assert.ok(st.shortPct >= -eps && st.shortPct <= 100 + eps, `${label}: ${e.name} short ${st.shortPct}`);
    assert.ok(st.peakUtilization <= 1 + 1e-3, `${label}: ${e.name} peak ${st.peakUtilization}`);
    if (st.finishedAt !== null) assert.ok(st.startedAt !== null && st.finishedAt >= st.startedAt, `${label}: ${e.name} finished before it started`);
  });
  for (const [k, v] of Object.entries(r.summary)) if (typeof v === 'number') finite(v, `summary.${k}`);
  for (const row of r.consolidation?.rows ?? []) {
    const placed = (r.consolidation!.workloads.length - row.unplaced.length);
    assert.ok(row.ffd.servers <= placed && row.bfd.servers <= placed, `${label}: more servers than workloads`);
    assert.ok(placed === 0 || row.ffd.servers >= 1, `${label}: no server for ${placed} workloads`);
  }
  assert.ok(r.events.every((e, k) => k === 0 || e.t >= r.events[k - 1].t), `${label}: events out of order`);
}

describe('simulation: random stacks', () => {
  it(`keeps its invariants on ${CASES} random stacks (seed ${RUN_SEED})`, function () {
    this.timeout(120_000);
    let simulated = 0;
    for (let c = 0; c < CASES; c++) {
      const seed = caseSeed(RUN_SEED, c);
      const text = stack(mulberry32(seed));
      const label = `case ${c} (seed ${seed})`;
      const outcome = simulate(analyze(text));
      if (outcome.status === 'refused') {
        // Only the checker's own findings (a guest larger than its host, too much memory) may stop it.
        assert.equal(outcome.refusal.reason, 'errors', `${label}: ${outcome.refusal.message}\n${text}`);
        continue;
      }
      assert.equal(outcome.status, 'done', label);
      const result = (outcome as { result: SimulationResult }).result;
      check(result, `${label}\n${text}`);
      const again = simulate(analyze(text));
      assert.equal(toJson((again as { result: SimulationResult }).result), toJson(result), `${label}: a second run differs`);
      simulated++;
    }
    // Most generated stacks are valid, so the engine, not the checker, is what this exercises.
    assert.ok(simulated >= CASES / 2, `only ${simulated} of ${CASES} stacks could be simulated`);
  });
});
