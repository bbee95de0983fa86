import * as assert from 'node:assert/strict';
import { parsePreviewState, parseView } from '../../src/shared/previewProtocol';
import { COLUMN_PX, columnBudget, fitWidth, READABLE_LABEL_PX, readableZoom, SCROLLBAR_PX, wrapRows } from '../../src/webview/preview/fit';

describe('preview default view: fit width at a readable zoom', () => {
  it('the readable zoom draws a label of the measured size 11 px high (11 / font size)', () => {
    // Issue 13: label text at the default zoom is never under 11 px; mermaid's labels are 14 px.
    assert.equal(READABLE_LABEL_PX, 11);
    assert.equal(readableZoom(14), 11 / 14);
    assert.equal(readableZoom(22), 0.5);
    // Nothing measured (no label drawn): mermaid's configured 14 px.
    assert.equal(readableZoom(Number.NaN), 11 / 14);
    assert.equal(readableZoom(0), 11 / 14);
  });

  it('fits the widest host to the width, whatever the height, and never zooms past 100 %', () => {
    // 800 / 1000 = 0.8, above 11/14 ≈ 0.786: the widest host fills the width.
    assert.equal(fitWidth([{ w: 400, h: 5000 }, { w: 1000, h: 300 }], 800, 14), 0.8);
    // Narrow hosts in a wide panel stay at 100 %.
    assert.equal(fitWidth([{ w: 300, h: 200 }], 1600, 14), 1);
    assert.equal(fitWidth([], 800, 14), 1);
  });

  it('stops at the readable zoom when the widest host does not fit at it (the panel scrolls sideways)', () => {
    // 360 / 1120 ≈ 0.32 would draw 14 px labels 4.5 px high; 11/14 keeps them at 11 px.
    assert.equal(fitWidth([{ w: 1120, h: 530 }], 360, 14), 11 / 14);
    // Labels of 10 px would need 110 %: at most 100 % wins.
    assert.equal(fitWidth([{ w: 1120, h: 530 }], 360, 10), 1);
  });

  it('wraps boxes greedily into rows no wider than the width, a box wider than it alone in its row', () => {
    assert.deepEqual(wrapRows([100, 100, 100], 250, 10), [[0, 1], [2]]);
    assert.deepEqual(wrapRows([100, 100, 100], 320, 10), [[0, 1, 2]]);
    assert.deepEqual(wrapRows([500, 100, 100], 250, 10), [[0], [1, 2]]);
    assert.deepEqual(wrapRows([], 250, 10), []);
  });
});

describe('preview column budget: how many columns a host keeps before it wraps', () => {
  it('allows as many 280 px columns as fit the panel at the readable zoom, less a scroll bar, the padding and mermaid\'s 8 px margin', () => {
    assert.equal(COLUMN_PX, 280);
    assert.equal(SCROLLBAR_PX, 16);
    // 800 px, 16 px padding each side: (800 − 16 − 32) / (11/14) − 8 ≈ 949 px, three columns of 280.
    assert.equal(columnBudget(800, 32), 3);
    // 1,600 px: (1600 − 48) · 14/11 − 8 ≈ 1967 px, seven columns.
    assert.equal(columnBudget(1600, 32), 7);
    // 1,000 px: ≈ 1204 px, four columns.
    assert.equal(columnBudget(1000, 32), 4);
  });

  it('never goes below one column, however narrow or unmeasured the panel', () => {
    assert.equal(columnBudget(360, 32), 1);
    assert.equal(columnBudget(0, 32), 1);
    assert.equal(columnBudget(Number.NaN, 0), 1);
  });
});

describe('preview saved view: fit modes', () => {
  const view = { zoom: 0.8, scrollX: 0, scrollY: 40 };

  it('reads the two fits and a chosen zoom as they were saved', () => {
    for (const fit of ['width', 'all', false] as const) assert.deepEqual(parseView({ ...view, fit }), { ...view, fit });
  });

  it('reads a state saved before the width fit, fit: true, as the fit it meant (every host at once)', () => {
    assert.deepEqual(parseView({ ...view, fit: true }), { ...view, fit: 'all' });
    assert.deepEqual(parsePreviewState({ resource: 'file:///a.virt', locked: false, view: { ...view, fit: true } })?.view, { ...view, fit: 'all' });
  });

  it('drops a view whose fit is anything else', () => {
    for (const fit of ['height', 'yes', 1, null, undefined]) assert.equal(parseView({ ...view, fit }), undefined, String(fit));
  });
});
