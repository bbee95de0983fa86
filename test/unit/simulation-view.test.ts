import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildView, clock, duration, english, VIEW_LIMITS } from '../../src/extension/simulation/view';
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
    // 19 VMs and containers: the ten busiest are drawn, and the chart says so.
    assert.equal(view.charts[1].lines.length, VIEW_LIMITS.lines);
    assert.match(view.charts[1].note ?? '', /^The 10 busiest of \d+ VMs and containers/);
    assert.deepEqual(view.consolidation?.kinds, ['One server each (no virtualization)', 'VMs on a type-1 hypervisor', 'Containers']);
    const job = (name: string): string | undefined => view.jobs?.rows.find((r) => r[0] === name)?.join(' | ');
    assert.equal(job('nightly-etl'), 'nightly-etl | 01:00:00 | 03:30:00 | 2 h 30 min');
    // It waits for nightly-etl, then does 120 core-h on 48 cores.
    assert.equal(job('model-training'), 'model-training | 03:30:00 | 06:00:00 | 2 h 30 min');
    // It waits for image-build-1 (3 core-h on 4 vCPUs at 0.98: 45 min 55 s) and starts at the next step.
    assert.equal(job('image-build-1'), 'image-build-1 | 22:00:00 | 22:45:55.102 | 45 min 55 s');
    assert.equal(job('image-build-2'), 'image-build-2 | 22:46:00 | 23:31:55.102 | 45 min 55 s');
    const finished = view.events.find((e) => e.text === 'job nightly-etl has finished its work');
    assert.ok(finished);
    assert.equal(text.slice(finished.start, finished.end), 'nightly-etl');
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

  it('writes durations and clock times the way people read them', () => {
    assert.deepEqual([0.6, 0.125, 90, 3600, 5400, 90000, 172800].map(duration), ['0.6 s', '0.125 s', '1 min 30 s', '1 h', '1 h 30 min', '1 d 1 h', '2 d']);
    assert.deepEqual([0, 3725, 86400 + 60, 60.6].map(clock), ['00:00:00', '01:02:05', 'd2 00:01:00', '00:01:00.600']);
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
