import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildView, english, type Translate, VIEW_LIMITS } from '../../src/extension/simulation/view';
import { parseSimulationMessage, parseSimulationState, parseSimulationView } from '../../src/shared/simulationProtocol';
import { KOREAN } from './bundles';
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

describe('simulation: the recovery section of the view', () => {
  const recoveryView = buildView(run(example('recovery.virt')), 'recovery.virt', 1, english);
  const rec = recoveryView.recovery!;
  // A VM too large for the one survivor of its cluster, and an app on a host that is never repaired.
  const notBackText = [
    'cluster c {',
    '  hardware a { cpu 8 cores; memory 32 GiB; hypervisor esxi { vm big { vcpu 2; memory 24 GiB } } }',
    '  hardware b { cpu 8 cores; memory 32 GiB; hypervisor esxi { vm other { vcpu 2; memory 16 GiB } } }',
    '}',
    'hardware solo { cpu 4 cores; memory 16 GiB; os linux "Debian 12" { app batch { load constant 10% } } }',
    'simulate { duration 4 h; fail a at 1 h; fail solo at 2 h }',
  ].join('\n');

  it('is absent from a run without fail lines', () => {
    const view = buildView(run(example('datacenter.virt')), 'datacenter.virt', 1, english);
    assert.equal('recovery' in view, false);
  });

  it('lists each workload of recovery.virt by downtime, longest first, with how and where it came back', () => {
    // The model's rules (docs/simulation.md, "Disaster recovery"), with the file's default boots
    // (VM 30 s, container 0.6 s, host 60 s; apps come up with what they run in):
    // payroll waits for legacy: repaired 10:00, booted 10:01, 3,660 s = 1 h 1 min;
    // api is evicted after 50 + 300 s and starts in 0.6 s on node-02: 350.6 s, shown as 5 min 51 s, back 05:05:50;
    // web's host esx-01 is the cluster's first host, the HA primary: 35 s, then its 30 s boot on esx-02, 65 s.
    assert.deepEqual(rec.workloads.table.rows, [
      ['app payroll', '1 h 1 min', '1', 'on legacy after its repair, at 10:01:00'],
      ['container api', '5 min 51 s', '1', 'rescheduled on node-02 at 05:05:50'],
      ['app orders', '5 min 51 s', '1', 'with container api on node-02 at 05:05:50'],
      ['VM web', '1 min 5 s', '1', 'HA restart on esx-02 at 02:01:05'],
      ['app storefront', '1 min 5 s', '1', 'with VM web on esx-02 at 02:01:05'],
    ]);
    assert.equal(rec.notBack, undefined, 'everything in recovery.virt comes back');
    assert.equal(rec.summary, 'Host failures: 3 · workloads down: 5 · back within the run: 5 · not back: 0');
  });

  it('gives each failure of recovery.virt its hosts down against those tolerated and the core-hours lost', () => {
    // esx-01: 32 cores for 02:00 to 03:31 (repair plus 60 s boot), 48.5 core-h; node-01: 16 cores
    // from 05:00 to the end at 12:00, 112 core-h; legacy: 8 cores for 61 min, 8.1 core-h; 168.7 in all.
    assert.deepEqual(rec.failures.table.rows, [
      ['esx-01', '02:00:00', '03:31:00', '1 down, tolerates 1', '49 core-h (32 cores, 256 GiB)'],
      ['node-01', '05:00:00', 'not within the run', '1 down, tolerates 0: more than it is sized for', '112 core-h (16 cores, 64 GiB)'],
      // legacy belongs to no cluster: there is nothing to tolerate, nothing takes over.
      ['legacy', '09:00:00', '10:01:00', 'in no cluster: nothing takes over', '8 core-h (8 cores, 32 GiB)'],
    ]);
    assert.equal(rec.failures.note, 'Capacity lost in all: 169 core-h while hosts were down, within the run.');
  });

  it('compares the kinds on the three workloads struck directly, each row saying what it assumes', () => {
    // web, api and payroll. As written: 65, 350.6 and 3,660 s, mean 1,358.5 s. As VMs with HA:
    // 15 s + 30 s boot each. As containers: 350 s + 0.6 s each. On bare metal each waits for its
    // own server: esx-01 up after 5,460 s, node-01 never (to the end, 25,200 s), legacy 3,660 s: mean 11,440 s.
    assert.deepEqual(rec.comparison.table.rows, [
      ['As written', '22 min 39 s', '1 h 1 min', '0 of 3', 'Each workload as the file declares it: HA, rescheduling or its host\'s repair, on the survivors of its cluster that have room'],
      ['VMs with HA', '45 s', '45 s', '0 of 3', 'Restarted on a surviving host 15 s after the failure, then booted (30 s)'],
      ['Containers under Kubernetes', '5 min 51 s', '5 min 51 s', '0 of 3', 'Evicted 5 min 50 s after the failure, placed on a surviving node, then started (0.6 s)'],
      ['One server each (no virtualization)', '3 h 11 min', '7 h', '1 of 3', 'Waits for its own server\'s repair and boot; without a repair, down to the end of the run'],
    ]);
  });

  it('draws a timeline row per failed host and per workload, in the order they went down, with the events as its table', () => {
    const tl = rec.timeline;
    assert.equal(tl.end, 12 * 3600);
    assert.deepEqual(tl.rows.map((r) => `${r.kind} ${r.label}`), [
      'host hardware esx-01', 'workload VM web', 'workload app storefront',
      'host hardware node-01', 'workload container api', 'workload app orders',
      'host hardware legacy', 'workload app payroll',
    ]);
    // node-01 is never repaired: its bar runs to the end of the run and is not back.
    const node = tl.rows[3].spans[0];
    assert.deepEqual([node.from, node.to, node.back], [5 * 3600, 12 * 3600, false]);
    assert.deepEqual(tl.rows[1].spans.map((s) => [s.from, s.to, s.back, s.text]), [[7200, 7265, true, 'VM web: down from 02:00:00 to 02:01:05 (1 min 5 s)']]);
    assert.equal(tl.table.rows.length, 11);
    assert.deepEqual(tl.table.rows[2], ['02:01:05', 'VM web runs again on esx-02']);
    assert.equal(tl.note, undefined);
  });

  it('says what did not come back and why, in the model\'s words, in English and in Korean', () => {
    const view = buildView(run(notBackText), 'not-back.virt', 1, english);
    // b has 32 GiB, no reserve, memory ratio 1, and other commits 16 GiB: 16 GiB free for big's 24 GiB.
    assert.deepEqual(view.recovery?.notBack?.table.rows, [
      ['VM big', '01:00:00', 'no capacity on b: needs 24 GiB, 16 GiB free'],
      ['app batch', '02:00:00', 'its host is not repaired within the run'],
    ]);
    assert.deepEqual(view.recovery?.workloads.table.rows.map((r) => r[3]), ['not back: no capacity on b: needs 24 GiB, 16 GiB free', 'not back: its host is not repaired within the run']);
    const korean: Translate = (id, ...args) => KOREAN.t(id, ...args);
    const ko = buildView(run(notBackText), 'not-back.virt', 1, korean);
    // The bundle's recovery.reason.noCapacity and notRepaired, filled with the same values.
    assert.deepEqual(ko.recovery?.notBack?.table.rows.map((r) => r[2]), ['b에 여유가 없음: 24 GiB 필요, 16 GiB 남음', '실행 중에 호스트가 복구되지 않음']);
    assert.equal(ko.recovery?.notBack?.title, '실행이 끝날 때까지 돌아오지 않은 것');
  });

  it('says why a workload came back late: no room at first, then its own host repaired', () => {
    // As above, but a is repaired at 2 h. a is its cluster's first host, the HA primary, so the
    // survivors try big 35 s after the failure and find no room on b (16 GiB free, 24 GiB needed);
    // big waits for a: repaired at 02:00, booted 60 s later, then big's own 30 s boot: 02:01:30.
    const text = notBackText.replace('fail a at 1 h;', 'fail a at 1 h recover at 2 h;');
    const view = buildView(run(text), 'late.virt', 1, english);
    const rows = view.recovery?.workloads.table.rows ?? [];
    assert.deepEqual(rows.find((r) => r[0] === 'VM big'), ['VM big', '1 h 2 min', '1', 'on a after its repair, at 02:01:30 (first: no capacity on b: needs 24 GiB, 16 GiB free)']);
    assert.deepEqual(view.recovery?.timeline.table.rows.slice(0, 5), [
      ['01:00:00', 'hardware a fails'],
      ['01:00:00', 'VM big goes down'],
      ['01:00:35', 'VM big finds no host with room'],
      ['02:00:00', 'hardware solo fails'],
      ['02:00:00', 'app batch goes down'],
    ]);
    assert.deepEqual(view.recovery?.timeline.table.rows.slice(5), [['02:01:00', 'hardware a is up again'], ['02:01:30', 'VM big runs again on a']]);
  });

  it('passes the page\'s check as the host builds it', () => {
    assert.ok(parseSimulationView(recoveryView));
    assert.ok(parseSimulationView(buildView(run(notBackText), 'not-back.virt', 1, english)));
  });

  it('is refused when its recovery part is malformed', () => {
    // The view as plain JSON, loosely typed so that each case can break one field.
    type Span = { from: unknown; to: number; back: unknown };
    type Loose = { recovery: {
      summary?: unknown; notBack?: unknown; pools?: unknown; workloads: { table: { rows: unknown } }; failures: { title?: unknown }; comparison: { note?: unknown };
      timeline: { end: number; rows: { kind: unknown; spans: Span[] }[]; legend: { notBack?: unknown }; ticks: { labels: unknown[] }[]; table: unknown };
    } };
    const bad: [string, (r: Loose) => void][] = [
      ['not an object', (r) => ((r as { recovery: unknown }).recovery = 'down')],
      ['no summary', (r) => delete r.recovery.summary],
      ['a workloads table whose rows are not lists of text', (r) => (r.recovery.workloads.table.rows = [[1, 2]])],
      ['a part without its title', (r) => delete r.recovery.failures.title],
      ['a not-back part that is not a part', (r) => (r.recovery.notBack = [])],
      ['a pools part that is not a part', (r) => (r.recovery.pools = { title: 'pools' })],
      ['a comparison note that is a number', (r) => (r.recovery.comparison.note = 3)],
      ['a timeline row of an unknown kind', (r) => (r.recovery.timeline.rows[0].kind = 'vm')],
      // The first row is esx-01, down from 7,200 s: a span ending at 7,199 s ends before it begins.
      ['a span that ends before it begins', (r) => (r.recovery.timeline.rows[0].spans[0].to = 7199)],
      ['a span past the end of the run', (r) => (r.recovery.timeline.rows[0].spans[0].to = r.recovery.timeline.end + 1)],
      ['a span that starts before the run', (r) => (r.recovery.timeline.rows[0].spans[0].from = -5)],
      ['a span time that is not finite', (r) => (r.recovery.timeline.rows[0].spans[0].from = null)],
      ['a span whose back is text', (r) => (r.recovery.timeline.rows[0].spans[0].back = 'yes')],
      ['a timeline of no length', (r) => (r.recovery.timeline.end = 0)],
      ['a legend without the not-back words', (r) => delete r.recovery.timeline.legend.notBack],
      ['tick labels one short', (r) => r.recovery.timeline.ticks[0].labels.pop()],
      ['a timeline table that is not a table', (r) => (r.recovery.timeline.table = 'events')],
    ];
    for (const [what, change] of bad) {
      const copy = JSON.parse(JSON.stringify(recoveryView)) as Loose;
      change(copy);
      assert.equal(parseSimulationView(copy), undefined, what);
    }
  });
});
