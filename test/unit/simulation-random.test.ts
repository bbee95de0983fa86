import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { simulate, type SimulationResult } from '../../src/core/simulation';
import { toJson } from '../../src/core/simulation/export';
import { caseSeed, mulberry32 } from './fuzz/prng';
import { randomStack } from './simulation-stacks';

// Random stacks, each simulated and checked against what must hold whatever the numbers:
// nothing thrown, nothing not finite, nothing granted beyond what was wanted or what exists,
// the same bytes on a second run. A failing case prints its seed.

const RUN_SEED = Number(process.env.SIM_FUZZ_SEED ?? 20261126);
const CASES = Number(process.env.SIM_FUZZ_CASES ?? 60);

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
      const text = randomStack(mulberry32(seed));
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
