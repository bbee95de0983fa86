import * as assert from 'node:assert/strict';
import { parsePreviewMessage, parseView } from '../../src/shared/previewProtocol';

const view = { zoom: 1.5, fit: false, scrollX: 10, scrollY: 20 };

describe('preview messages from the page', () => {
  it('accept each well-formed message and copy only the known fields', () => {
    const cases: unknown[] = [
      { type: 'ready' },
      { type: 'ready', columns: 3 },
      { type: 'columns', columns: 1 },
      { type: 'columns', columns: 1000 },
      { type: 'copyMermaid' },
      { type: 'rendered', version: 3, drawn: 1, ms: 12.5, labels: ['VM web'], view },
      { type: 'selectBlock', diagram: 'node-a', block: 'b12', focusEditor: true },
      { type: 'selectFrame', frame: 'cluster:prod', focusEditor: false },
      { type: 'revealError', index: 4 },
      { type: 'exported', format: 'svg', data: '<svg/>', id: 0 },
      { type: 'exported', format: 'png', data: 'iVBORw0KGgo=', id: 3 },
      { type: 'view', view },
      { type: 'cspViolation', directive: 'img-src', blocked: 'https://example.com/x.png' },
      { type: 'renderError', diagram: 'h', message: 'Parse error' },
    ];
    for (const c of cases) assert.deepEqual(parsePreviewMessage({ ...(c as object), extra: 'dropped', __proto__: { polluted: true } }), c);
  });

  it('reject messages with missing, mistyped or oversized fields', () => {
    const bad: unknown[] = [
      undefined, null, 'ready', 42, [], { type: 'unknown' }, { type: 'toString' }, { type: '__proto__' },
      { type: 'selectBlock', diagram: 'h', block: 'x1', focusEditor: false },
      { type: 'selectBlock', diagram: 'h', block: 'b1' },
      { type: 'selectFrame', frame: 'pool:vsan1', focusEditor: false },
      { type: 'selectFrame', frame: 'cluster:prod' },
      { type: 'selectFrame', frame: `cluster:${'c'.repeat(1000)}`, focusEditor: true },
      { type: 'selectBlock', diagram: 7, block: 'b1', focusEditor: false },
      { type: 'selectBlock', diagram: 'h'.repeat(1001), block: 'b1', focusEditor: false },
      { type: 'revealError', index: -1 },
      { type: 'revealError', index: 1.5 },
      { type: 'revealError', index: '2' },
      { type: 'rendered', version: 1, drawn: 0, ms: Infinity, labels: [], view },
      { type: 'rendered', version: 1, drawn: 0, ms: 1, labels: [1], view },
      { type: 'rendered', version: 1, drawn: 0, ms: 1, labels: [], view: { ...view, zoom: 0 } },
      { type: 'exported', format: 'pdf', data: '', id: 1 },
      { type: 'exported', format: 'png', data: 'not base64!', id: 1 },
      { type: 'exported', format: 'svg', data: { toString: () => '<svg/>' }, id: 1 },
      { type: 'exported', format: 'svg', data: '<svg/>' },
      { type: 'view', view: { ...view, scrollX: -1 } },
      { type: 'view', view: { ...view, fit: 'yes' } },
      { type: 'cspViolation', directive: 'x'.repeat(201), blocked: '' },
      // A column budget is a whole number from 1 to 1,000 (MAX_COLUMNS).
      { type: 'ready', columns: 0 },
      { type: 'ready', columns: '3' },
      { type: 'columns' },
      { type: 'columns', columns: 2.5 },
      { type: 'columns', columns: 1001 },
    ];
    for (const b of bad) assert.equal(parsePreviewMessage(b), undefined, JSON.stringify(b));
  });

  it('check a saved zoom and scroll', () => {
    assert.deepEqual(parseView(view), view);
    assert.equal(parseView({ ...view, zoom: 100 }), undefined);
    assert.equal(parseView({ ...view, scrollY: NaN }), undefined);
    assert.equal(parseView(undefined), undefined);
  });
});
