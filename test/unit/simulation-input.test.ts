import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { LIMITS, parseDuration, simulate, type SimulationOutcome } from '../../src/core/simulation';
import { cell, seriesCsv, statsCsv, toJson } from '../../src/core/simulation/export';
import { dockerHost, entity, kvmHost, run, vm } from './simulation-helpers';

const example = (name: string): string => readFileSync(join(__dirname, '../../examples', name), 'utf8');

function refusal(text: string, overrides = {}): { reason: string; message: string; at?: string } {
  const outcome: SimulationOutcome = simulate(analyze(text), overrides);
  assert.equal(outcome.status, 'refused');
  const r = (outcome as Extract<SimulationOutcome, { status: 'refused' }>).refusal;
  return { reason: r.reason, message: r.message, at: r.span && text.slice(r.span.start, r.span.end) };
}

describe('simulation: bad input', () => {
  it('refuses a file with errors and points at the first one', () => {
    const r = refusal(example('mistakes.virt'));
    assert.equal(r.reason, 'errors');
    const first = analyze(example('mistakes.virt')).diagnostics.find((d) => d.severity === 'error')!;
    assert.match(r.message, new RegExp(`^The file has \\d+ errors; fix them first\\. The first one: ${first.code} `));
    assert.equal(r.at, example('mistakes.virt').slice(first.start, first.end));
  });

  it('refuses a file with one error in the singular sentence, naming its code', () => {
    // `cpu 0 cores` is the file's only error (VS104): "The file has 1 error; fix it first: …",
    // not the plural sentence of several errors.
    const text = 'hardware h { cpu 0 cores; memory 8 GiB }\n';
    const r = refusal(text);
    assert.equal(r.reason, 'errors');
    assert.match(r.message, /^The file has 1 error; fix it first: VS104 /);
  });

  it('points a bad setting at the file only when the file\'s value was used: an overriding duration of -5 s has no place in a file that writes `duration 1 h`', () => {
    const text = kvmHost(vm('v', 1, 1, 'load constant 10%'), undefined, 'duration 1 h; step 1 m');
    const r = refusal(text, { duration: -5 });
    assert.equal(r.reason, 'bad-setting');
    assert.match(r.message, /duration must be a positive time, not -5/);
    assert.equal(r.at, undefined);
  });

  it('points too many steps at the step when the file writes a step and no duration', () => {
    // The default duration, 24 h, in steps of 100 ms is 864,000 steps, over the limit of
    // 100,000; the duration is not in the file, so the refusal points at `step 100 ms`.
    const text = kvmHost(vm('v', 1, 1, 'load constant 10%'), undefined, 'step 100 ms');
    const r = refusal(text);
    assert.equal(r.reason, 'too-many-steps');
    assert.match(r.message, /864,000 steps; the limit is 100,000/);
    assert.equal(r.at, 'step 100 ms');
  });

  it('refuses zero or negative capacities through the checker (VS104)', () => {
    for (const bad of ['cpu 0 cores; memory 8 GiB', 'cpu 4 cores; memory -8 GiB']) {
      const r = refusal(`hardware h { ${bad} }\n`);
      assert.equal(r.reason, 'errors');
      assert.match(r.message, /VS104/);
    }
  });

  it('refuses hardware without cpu or memory, naming what is missing', () => {
    const r = refusal('hardware h { cpu 4 cores }\n');
    assert.equal(r.reason, 'no-capacity');
    assert.match(r.message, /Hardware 'h' needs memory/);
    assert.equal(r.at, 'h');
  });

  it('refuses a duration and step that mean billions of steps, naming the limit', () => {
    const text = kvmHost(vm('v', 1, 1, 'load constant 10%'), undefined, 'duration 100000 d; step 1 ms');
    const r = refusal(text);
    assert.equal(r.reason, 'too-many-steps');
    assert.match(r.message, /8,640,000,000,000 steps; the limit is 100,000/);
    assert.equal(r.at, 'duration 100000 d');
  });

  it('refuses too many entities times steps, naming that limit', () => {
    const many = Array.from({ length: 3100 }, (_, i) => `    container c${i} { cpu 0.1; memory 64 MiB }`).join('\n');
    const r = refusal(dockerHost(many, 'cpu 64 cores; memory 1024 GiB', 'duration 69 d; step 1 m'));
    assert.equal(r.reason, 'too-much-work');
    assert.match(r.message, new RegExp(`the limit is ${LIMITS.maxEntitySteps.toLocaleString('en-US')}`));
  });

  it('refuses a step longer than the duration, and bad overrides', () => {
    assert.equal(refusal(kvmHost(vm('v', 1, 1, ''), undefined, 'duration 1 m; step 1 h')).reason, 'bad-setting');
    assert.equal(refusal(kvmHost(vm('v', 1, 1, '')), { step: -5 }).reason, 'bad-setting');
  });

  it('refuses a file with no hardware', () => {
    assert.equal(refusal('stack "empty"\n').reason, 'no-hosts');
  });

  it('reports a workload that fits on no server of the consolidation, instead of dropping it', () => {
    const small = (n: string): string => `hardware ${n} {\n  cpu 8 cores; memory 32 GiB\n  hypervisor kvm { vm ${n}-vm { vcpu 2; memory 8 GiB; os linux "Debian 12" } }\n}`;
    const r = run(`${small('a')}\n${small('b')}\nhardware big {\n  cpu 64 cores; memory 512 GiB\n  hypervisor kvm { vm huge { vcpu 32; memory 256 GiB; os linux "Debian 12" } }\n}\nsimulate { duration 1 h }\n`);
    const c = r.consolidation!;
    assert.equal(c.server.name, 'a');
    const huge = c.workloads.findIndex((w) => w.entity === entity(r, 'huge'));
    for (const row of c.rows) assert.deepEqual(row.unplaced, [huge], row.kind);
    assert.equal(c.rows.find((row) => row.kind === 'hypervisor')!.ffd.servers, 1);
  });

  it('stops when the progress hook says so, and says how far it got', () => {
    const outcome = simulate(analyze(example('datacenter.virt')), {}, (done) => done < 500);
    assert.equal(outcome.status, 'cancelled');
    const c = outcome as Extract<SimulationOutcome, { status: 'cancelled' }>;
    assert.ok(c.stepsDone >= 500 && c.stepsDone < c.steps);
  });

  it('reads overriding durations as the language writes them', () => {
    assert.deepEqual(['48 h', '90 s', '1 m', '2d', '0 s', 'soon', '5 GiB'].map(parseDuration), [172800, 90, 60, 172800, undefined, undefined, undefined]);
  });
});

describe('simulation: determinism and export', () => {
  it('gives byte-identical JSON for the same file and seed, and different JSON for another seed', () => {
    const text = example('datacenter.virt');
    const a = toJson(run(text));
    assert.equal(toJson(run(text)), a);
    assert.notEqual(toJson(run(text, { seed: 43 })), a);
    assert.deepEqual(JSON.parse(a).settings.steps, 2880);
  });

  it('gives a file without a `stack` line an empty title, and one with it its title', () => {
    const text = kvmHost(vm('v', 1, 1, 'load constant 10%'));
    assert.equal(run(text).title, '');
    assert.equal(run(`stack "Lab"\n${text}`).title, 'Lab');
  });

  it('runs every example without errors to a complete result', () => {
    for (const name of ['host-os.virt', 'hypervisor.virt', 'container.virt', 'datacenter.virt', 'nested.virt', 'hello.virt']) {
      const r = run(example(name));
      assert.equal(r.series.length, r.entities.length, name);
      assert.equal(r.stats.length, r.entities.length, name);
      assert.ok(r.summary.startupSeconds !== null, name);
      assert.ok(r.summary.energyKWh > 0, name);
    }
  });

  it('keeps the series within their budget by averaging steps, while totals stay exact', () => {
    const text = example('datacenter.virt');
    const full = run(text);
    const coarse = run(text, { seriesBudget: 20_000 });
    const numbers = coarse.series.reduce((a, s) => a + 3 * s.demand.length, 0);
    assert.ok(numbers <= 20_000, `${numbers} numbers`);
    assert.ok(coarse.series.some((s) => s.every > 60));
    assert.deepEqual(coarse.summary, full.summary);
    assert.deepEqual(coarse.stats, full.stats);
  });

  it('exports the series and the totals as CSV', () => {
    const r = run(example('container.virt'));
    const series = seriesCsv(r).trimEnd().split('\n');
    assert.equal(series[0], 'time_s,entity,kind,host,demand_cores,granted_cores,utilization,memory_mib');
    assert.equal(series.length, 1 + r.entities.length * r.settings.steps);
    assert.match(series[1], /^0,node-a,host,node-a,/);
    const stats = statsCsv(r).trimEnd().split('\n');
    assert.equal(stats.length, 1 + r.entities.length);
    assert.equal(stats[0].split(',').length, stats[1].split(',').length);
    assert.equal(cell('a,"b"'), '"a,""b"""');
  });
});
