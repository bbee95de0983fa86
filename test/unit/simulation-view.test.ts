import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildView, english, VIEW_LIMITS } from '../../src/extension/simulation/view';
import { parseSimulationMessage, parseSimulationState, parseSimulationView } from '../../src/shared/simulationProtocol';
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
    // No chart has more lines than the page's palette has colours (7, Okabe–Ito less one).
    assert.equal(VIEW_LIMITS.lines, 7);
    assert.ok(view.charts.every((c) => c.lines.length <= VIEW_LIMITS.lines));
    // 13 VMs and containers (VMs: 2 on esx-01, 2 on kvm-01, 2 on hv-01, 3 microVMs on fc-01;
    // 4 containers on k8s-01): all are rows of a heatmap, and the five busiest are its lines on request.
    const guests = view.charts[1];
    const heat = guests.heatmap;
    assert.ok(heat);
    assert.equal(heat.rows.length, 13);
    assert.equal(guests.lines.length, 5);
    assert.equal(guests.note, 'The 5 busiest of 13 VMs and containers; the other 8 are left out here and are in the CSV export.');
    assert.deepEqual(guests.lines.map((l) => l.label).sort(), heat.rows.slice(0, 5).map((r) => r.label).sort());
    // Busiest first by mean.
    for (let k = 1; k < heat.rows.length; k++) assert.ok(heat.rows[k - 1].mean >= heat.rows[k].mean, `${heat.rows[k - 1].label} before ${heat.rows[k].label}`);
    // 2,880 one-minute points in columns of 4 (ceil(2880 / 720)): 720 columns four minutes apart, each the mean of its points.
    assert.equal(heat.times.length, 720);
    assert.deepEqual(heat.times.slice(0, 3), [0, 240, 480]);
    assert.deepEqual(heat.timeLabels.slice(0, 2), ['Day 1 00:00', 'Day 1 00:04']);
    assert.match(heat.note, /^All 13 VMs and containers, one per row, busiest first by mean CPU utilization; each column is the mean over 4 min\.$/);
    for (const row of heat.rows) assert.equal(row.values.length, 720);
    const top = guests.lines.find((l) => l.label === heat.rows[0].label)!;
    heat.rows[0].values.forEach((v, c) => {
      const points = top.values.slice(4 * c, 4 * c + 4);
      assert.ok(Math.abs(v - points.reduce((a, x) => a + x, 0) / 4) <= 0.05 + 1e-9, `column ${c}`);
    });
    assert.equal(heat.rows[0].peak, Math.max(...top.values));
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

describe('simulation: the heatmap in a view from the host', () => {
  const view = buildView(run(example('datacenter.virt')), 'datacenter.virt', 1, english);
  const withHeat = (change: (h: Record<string, unknown>) => void): unknown => {
    const copy = JSON.parse(JSON.stringify(view)) as { charts: { heatmap?: Record<string, unknown> }[] };
    change(copy.charts.find((c) => c.heatmap)!.heatmap!);
    return copy;
  };

  it('passes the page\'s check as the host builds it', () => {
    assert.ok(parseSimulationView(view));
  });

  it('is refused when a row lacks a column, a field is missing or of the wrong kind', () => {
    const rows = (h: Record<string, unknown>): { values: unknown[]; mean: unknown; label: unknown }[] => h.rows as never;
    const bad: [string, (h: Record<string, unknown>) => void][] = [
      ['a row one value short', (h) => rows(h)[3].values.pop()],
      ['a value that is text', (h) => (rows(h)[0].values[0] = '12')],
      ['a mean that is missing', (h) => delete rows(h)[0].mean],
      ['a label that is a number', (h) => (rows(h)[0].label = 7)],
      ['one time label too few', (h) => (h.timeLabels as unknown[]).pop()],
      ['no note', (h) => delete h.note],
      ['no rows label', (h) => delete h.rowsLabel],
      ['a toggle label that is not text', (h) => (h.linesLabel = null)],
      ['rows that are not a list', (h) => (h.rows = {})],
    ];
    for (const [what, change] of bad) assert.equal(parseSimulationView(withHeat(change)), undefined, what);
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
