import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { DEFAULT_MAX_BLOCKS, MAX_HOST_BLOCKS } from '../../src/core/diagram/types';
import { DEFAULT_DIAGRAM_OPTIONS } from '../../src/core/diagram/strings';
import { ENGLISH_UPDATE_STRINGS } from '../../src/extension/preview/strings';
import { buildUpdate, staleUpdate } from '../../src/extension/preview/update';
import { buildView, english } from '../../src/extension/simulation/view';
import { PREVIEW_PROTOCOL, parsePreviewState, parsePreviewToWebview, type PreviewUpdate } from '../../src/shared/previewProtocol';
import { summarize } from '../../src/shared/protocol';
import { parseSimulationStatus, parseSimulationToWebview, parseSimulationView, SIMULATION_PROTOCOL, type SimulationView } from '../../src/shared/simulationProtocol';
import { run } from './simulation-helpers';

const example = (name: string): string => readFileSync(join(__dirname, '../../examples', name), 'utf8');
const EXAMPLES = ['hello.virt', 'host-os.virt', 'hypervisor.virt', 'container.virt', 'datacenter.virt', 'nested.virt', 'mistakes.virt'];

function update(text: string): PreviewUpdate {
  return buildUpdate({
    analysis: analyze(text), version: 3, resource: 'file:///stack.virt', locked: false, theme: 'auto', options: DEFAULT_DIAGRAM_OPTIONS,
    maxBlocks: DEFAULT_MAX_BLOCKS, maxHostBlocks: MAX_HOST_BLOCKS, strings: ENGLISH_UPDATE_STRINGS, lineOf: () => 1,
  }).message;
}

/** A copy of a message with one field replaced (or removed, for undefined). */
function withField(message: object, path: string[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(message)) as Record<string, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  if (value === undefined) delete at[path[path.length - 1]];
  else at[path[path.length - 1]] = value;
  return copy;
}

describe('panel protocols: what the pages accept from the host', () => {
  it('the preview page accepts every update the host builds, and its other messages', () => {
    for (const name of EXAMPLES) {
      const message = update(example(name));
      assert.equal(parsePreviewToWebview(message), message, name);
      // Through postMessage, as the page gets it.
      assert.ok(parsePreviewToWebview(structuredClone(message)), name);
    }
    // Clusters (issue 14): frames and their error marks.
    const framed = update(example('storage.virt'));
    assert.equal(framed.frames?.length, 2);
    assert.equal(parsePreviewToWebview(framed), framed);
    assert.ok(parsePreviewToWebview(structuredClone(framed)));
    const stale = staleUpdate(undefined, 'file:///gone.virt', true, 'gone', 'dark');
    assert.ok(parsePreviewToWebview(stale));
    for (const m of [
      { type: 'highlight' }, { type: 'highlight', diagram: 'h', block: 'b1' }, { type: 'highlight', frame: 'cluster:prod' },
      { type: 'exportRequest', format: 'png', id: 0 }, { type: 'zoom', action: 'fit' },
    ]) assert.ok(parsePreviewToWebview(m), JSON.stringify(m));
  });

  it('the preview page rejects a malformed message from the host', () => {
    const good = update(example('hypervisor.virt'));
    const bad: unknown[] = [
      undefined, null, 'update', [], { type: 'clickBlock', diagram: 'h', block: 'b1' }, { type: 'zoom', action: 'spin' },
      { type: 'exportRequest', format: 'pdf', id: 1 }, { type: 'exportRequest', format: 'svg', id: -1 }, { type: 'highlight', block: 7 },
      withField(good, ['version'], undefined), withField(good, ['version'], -1), withField(good, ['diagrams'], {}),
      withField(good, ['diagrams', '0', 'blocks'], undefined), withField(good, ['diagrams', '0', 'source'], 42),
      withField(good, ['errors'], [{ index: 0, line: 1, code: 'VS100' }]), withField(good, ['theme'], 'solarized'),
      withField(good, ['marks'], [{ diagram: 'h' }]), withField(good, ['locked'], 'yes'), withField(good, ['legend'], [null]),
      withField(good, ['frames'], {}), withField(good, ['frames'], [{ key: 'cluster:c', caption: 'Cluster c' }]),
      withField(good, ['frames'], [{ key: 'cluster:c', caption: 7, hosts: ['h'] }]), withField(good, ['frames'], [{ key: 'cluster:c', caption: 'c', hosts: [1] }]),
      withField(good, ['frameMarks'], [3]), withField(good, ['frameMarks'], 'cluster:c'), { type: 'highlight', frame: 1 },
    ];
    for (const b of bad) assert.equal(parsePreviewToWebview(b), undefined, summarize(b));
  });

  it('the results page accepts every view the host builds, NaN values included', () => {
    for (const name of ['host-os.virt', 'hypervisor.virt', 'container.virt', 'datacenter.virt', 'nested.virt']) {
      const view = buildView(run(example(name)), name, 1, english);
      assert.equal(parseSimulationView(view), view, name);
      const show = { type: 'show', resource: 'file:///x.virt', view, status: { state: 'done' }, focus: 'consolidation' };
      assert.ok(parseSimulationToWebview(structuredClone(show)), name);
    }
    const view = buildView(run(example('hypervisor.virt')), 'h', 1, english);
    assert.ok(parseSimulationView(withField(view, ['charts', '0', 'lines', '0', 'values'], [Number.NaN, 1])));
    for (const status of [{ state: 'running', percent: 40, message: 'Simulating… 40.0 %' }, { state: 'refused', message: 'no', at: { start: 1, end: 4 } }, { state: 'idle' }]) {
      assert.ok(parseSimulationToWebview({ type: 'status', status }), JSON.stringify(status));
    }
  });

  it('the results page rejects a malformed message or saved view', () => {
    const view: SimulationView = buildView(run(example('container.virt')), 'c', 1, english);
    const bad: unknown[] = [
      null, { type: 'show', resource: 'x', view, status: { state: 'sleeping' } }, { type: 'show', resource: 'x', view: {}, status: { state: 'done' } },
      { type: 'show', resource: 'x', view, status: { state: 'done' }, focus: 'charts' }, { type: 'status' }, { type: 'status', status: { state: 'done', at: { start: -1, end: 2 } } },
      { type: 'open', path: '/etc/passwd' },
    ];
    for (const b of bad) assert.equal(parseSimulationToWebview(b), undefined, summarize(b));
    for (const [path, value] of [[['cards'], undefined], [['cards', '0', 'label'], 1], [['charts', '0', 'times'], 'now'], [['events', '0', 'start'], -4], [['notes'], [3]], [['jobs'], { head: [] }],
      // A time axis needs a label for every point and for every tick.
      [['charts', '0', 'timeLabels'], ['00:00']], [['charts', '0', 'end'], '2 d'], [['charts', '0', 'ticks', '0', 'labels'], []]] as [string[], unknown][]) {
      assert.equal(parseSimulationView(withField(view, path, value)), undefined, path.join('.'));
    }
    assert.equal(parseSimulationStatus({ state: 'done', percent: '5' }), undefined);
  });

  it('saved states: a preview\'s is checked field by field, a results page\'s names its file', () => {
    assert.deepEqual(parsePreviewState({ resource: 'file:///a.virt', locked: true, view: { zoom: 2, fit: false, scrollX: 0, scrollY: 5 } }), { resource: 'file:///a.virt', locked: true, view: { zoom: 2, fit: false, scrollX: 0, scrollY: 5 } });
    // A zoom out of range is dropped, not the state; a state without a file is not one of ours.
    assert.deepEqual(parsePreviewState({ resource: 'file:///a.virt', locked: 'yes', view: { zoom: 99 } }), { resource: 'file:///a.virt', locked: false, view: undefined });
    for (const bad of [undefined, 'file:///a.virt', {}, { resource: '' }, { resource: 'x'.repeat(10_001) }]) assert.equal(parsePreviewState(bad), undefined);
    assert.equal(PREVIEW_PROTOCOL.parseState, parsePreviewState);
    assert.deepEqual(SIMULATION_PROTOCOL.parseState({ resource: 'file:///a.virt', view: 1, status: { state: 'done' } }), { resource: 'file:///a.virt', view: 1, status: { state: 'done' } });
  });

  it('both pages report what they reject in the same form, which the host accepts', () => {
    for (const protocol of [PREVIEW_PROTOCOL, SIMULATION_PROTOCOL]) {
      assert.deepEqual(protocol.parseFromPage({ type: 'rejected', message: '{"type":"clickBlock"}' }), { type: 'rejected', message: '{"type":"clickBlock"}' });
      assert.equal(protocol.parseFromPage({ type: 'rejected', message: 'x'.repeat(1001) }), undefined);
      assert.equal(protocol.parseFromPage({ type: 'rejected' }), undefined);
    }
    assert.equal(summarize({ a: 'x'.repeat(300) }).length, 201);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    assert.equal(summarize(cyclic), 'object');
  });
});
