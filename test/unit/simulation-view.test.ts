import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildView, english, VIEW_LIMITS } from '../../src/extension/simulation/view';
import { parseSimulationMessage, parseSimulationState } from '../../src/shared/simulationProtocol';
import { dockerHost, run } from './simulation-helpers';

const example = (name: string): string => readFileSync(join(__dirname, '../../examples', name), 'utf8');

describe('simulation: results view', () => {
  it('formats the data centre example into cards, charts, tables and events that point at the source', () => {
    const text = example('datacenter.virt');
    const view = buildView(run(text), 'datacenter.virt', 7, english);
    assert.equal(view.version, 7);
    assert.equal(view.title, 'Mixed data centre');
    assert.match(view.subtitle, /^datacenter\.virt · 2 d in steps of 1 min · seed 42 · overcommit CPU 4, memory 1$/);
    assert.equal(view.cards.find((c) => c.label === 'Start-up')?.value, '3 min 30 s');
    assert.deepEqual(view.charts.map((c) => c.id), ['hosts', 'guests', 'memory']);
    const hosts = view.charts[0];
    assert.equal(hosts.lines.length, 6);
    assert.equal(hosts.times.length, 2880);
    assert.ok(hosts.lines.every((l) => l.values.every((v) => v >= 0 && v <= 100)));
    // 13 VMs and containers (VMs: 2 on esx-01, 2 on kvm-01, 2 on hv-01, 3 microVMs on fc-01;
    // 4 containers on k8s-01): the ten busiest are drawn, and the chart says so.
    assert.equal(view.charts[1].lines.length, VIEW_LIMITS.lines);
    assert.match(view.charts[1].note ?? '', /^The 10 busiest of 13 VMs and containers/);
    assert.deepEqual(view.consolidation?.kinds, ['One server each (no virtualization)', 'VMs on a type-1 hypervisor', 'Containers']);
    const job = (name: string): string | undefined => view.jobs?.rows.find((r) => r[0] === name)?.join(' | ');
    // A two-day run names the day of every time, and a run in steps of a minute shows times to the second (core/format.ts).
    assert.equal(job('nightly-etl'), 'nightly-etl | Day 1 01:00:00 | Day 1 03:30:00 | 2 h 30 min');
    // It waits for nightly-etl, then does 120 core-h on 48 cores.
    assert.equal(job('model-training'), 'model-training | Day 1 03:30:00 | Day 1 06:00:00 | 2 h 30 min');
    // One format per kind (core/format.ts): percentages with one decimal, energy with three
    // significant digits, every event time of this two-day run with its day and to the second.
    for (const label of ['Peak utilization', 'Mean utilization', 'Ready / steal', 'Throttled', 'Unmet demand']) {
      assert.match(view.cards.find((c) => c.label === label)?.value ?? '', /^(\d+\.\d|< 0\.1) %$/, label);
    }
    const threeDigits = '(?:\\d{3}|\\d{2}\\.\\d|\\d\\.\\d{2}) k?Wh';
    assert.match(view.cards.find((c) => c.label === 'Energy')?.value ?? '', new RegExp(`^${threeDigits} · ${threeDigits} a day$`));
    assert.deepEqual(view.events.filter((e) => !/^Day [12] \d\d:\d\d:\d\d$/.test(e.time)).map((e) => e.time), []);
    const finished = view.events.find((e) => e.text === 'job nightly-etl has finished its work');
    assert.ok(finished);
    assert.equal(text.slice(finished.start, finished.end), 'nightly-etl');
  });

  it('times the jobs of the nested lab (nested.virt), one after the other', () => {
    const view = buildView(run(example('nested.virt')), 'nested.virt', 1, english);
    const job = (name: string): string | undefined => view.jobs?.rows.find((r) => r[0] === name)?.join(' | ');
    // A run of exactly one day names no day (core/format.ts: only runs longer than a day do).
    // image-build-1: 3 core-h on 4 vCPUs at 0.98 is 2755.1 s, 45 min 55 s, from 22:00.
    assert.equal(job('image-build-1'), 'image-build-1 | 22:00:00 | 22:45:55 | 45 min 55 s');
    // image-build-2 waits for image-build-1 and starts at the next step, 22:46.
    assert.equal(job('image-build-2'), 'image-build-2 | 22:46:00 | 23:31:55 | 45 min 55 s');
  });

  it('flags OOM kills and lists the assumptions it made', () => {
    const view = buildView(run(dockerHost('    container c { cpu 1; memory 64 MiB..128 MiB; app a { memory 150 MiB } }')), 'oom.virt', 1, english);
    const oom = view.cards.find((c) => c.label === 'OOM kills')!;
    assert.ok(oom.alert);
    assert.notEqual(oom.value, '0');
    assert.ok(view.events.some((e) => e.alert && e.text === 'container c is OOM-killed: 150 MiB in use, limit 128 MiB'));
    assert.deepEqual(view.notes, ['app a has no load profile; it was taken as constant 10 %.']);
    assert.deepEqual(view.charts.find((c) => c.id === 'contention'), undefined, 'no contention chart when nothing was short of CPU');
  });
});

describe('simulation: messages from the results page', () => {
  it('accepts well-formed messages and rebuilds them with only the known fields', () => {
    assert.deepEqual(parseSimulationMessage({ type: 'reveal', start: 3, end: 9, extra: 'x' }), { type: 'reveal', start: 3, end: 9 });
    assert.deepEqual(parseSimulationMessage({ type: 'rendered', version: 2, charts: 5 }), { type: 'rendered', version: 2, charts: 5 });
    assert.deepEqual(parseSimulationMessage({ type: 'rerun' }), { type: 'rerun' });
    assert.deepEqual(parseSimulationMessage({ type: 'cancel' }), { type: 'cancel' });
  });

  it('rejects anything else', () => {
    for (const bad of [null, 'reveal', [], { type: 'reveal', start: 9, end: 3 }, { type: 'reveal', start: -1, end: 3 }, { type: 'reveal', start: 0.5, end: 3 }, { type: 'reveal', start: 0, end: 2 ** 31 },
      { type: 'rendered', version: 1, charts: 1e6 }, { type: 'rendered', version: '1', charts: 2 }, { type: 'open', path: '/etc/passwd' }, { type: '__proto__' }]) {
      assert.equal(parseSimulationMessage(bad), undefined, JSON.stringify(bad));
    }
  });

  it('reads a saved state only when it names a resource', () => {
    assert.deepEqual(parseSimulationState({ resource: 'file:///a.virt', view: 1 }), { resource: 'file:///a.virt', view: 1 });
    assert.equal(parseSimulationState({ resource: '' }), undefined);
    assert.equal(parseSimulationState({ view: {} }), undefined);
    assert.equal(parseSimulationState('file:///a.virt'), undefined);
  });
});
