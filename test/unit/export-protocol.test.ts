// The messages of output for documents (issue 15), checked by the validators both ways: what
// the host accepts from a page (less trusted) and what a page accepts from the host.
import * as assert from 'node:assert/strict';
import { MAX_EXPORT_LENGTH, parsePreviewMessage, parsePreviewToWebview } from '../../src/shared/previewProtocol';
import { MAX_CHART_EXPORT_LENGTH, parseSimulationMessage } from '../../src/shared/simulationProtocol';

describe('export protocol: preview', () => {
  it('accepts a toolbar export request for each format, and nothing else', () => {
    for (const format of ['svg', 'png', 'clipboard'] as const) assert.deepEqual(parsePreviewMessage({ type: 'exportAsk', format, extra: 1 }), { type: 'exportAsk', format });
    for (const format of ['pdf', undefined, 1, 'SVG']) assert.equal(parsePreviewMessage({ type: 'exportAsk', format }), undefined, String(format));
  });

  it('accepts a clipboard answer with only the known fields, each of the right type and size', () => {
    assert.deepEqual(parsePreviewMessage({ type: 'copied', id: 3, ok: true, junk: 'x' }), { type: 'copied', id: 3, ok: true });
    assert.deepEqual(parsePreviewMessage({ type: 'copied', id: 0, ok: false, reason: 'NotAllowedError: no', svg: '<svg/>' }), { type: 'copied', id: 0, ok: false, reason: 'NotAllowedError: no', svg: '<svg/>' });
    const bad = [
      { type: 'copied', id: -1, ok: true },
      { type: 'copied', id: 1.5, ok: true },
      { type: 'copied', id: 1, ok: 'yes' },
      { type: 'copied', id: 1, ok: false, reason: 7 },
      { type: 'copied', id: 1, ok: false, reason: 'x'.repeat(1001) },
      { type: 'copied', id: 1, ok: false, svg: {} },
    ];
    for (const m of bad) assert.equal(parsePreviewMessage(m), undefined, JSON.stringify(m).slice(0, 80));
    // The SVG may be as long as any export, and no longer.
    assert.equal(parsePreviewMessage({ type: 'copied', id: 1, ok: false, svg: 'x'.repeat(MAX_EXPORT_LENGTH + 1) }), undefined);
  });

  it('lets the host ask for an export in a theme, with a title and description', () => {
    const request = { type: 'exportRequest', format: 'clipboard', id: 2, theme: 'print', title: 'Lab', desc: 'Hardware h1' };
    assert.deepEqual(parsePreviewToWebview(request), request);
    assert.deepEqual(parsePreviewToWebview({ type: 'exportRequest', format: 'svg', id: 0 }), { type: 'exportRequest', format: 'svg', id: 0 });
    for (const theme of ['auto', 'light', 'dark', 'highContrast', 'highContrastLight', 'print']) assert.ok(parsePreviewToWebview({ type: 'exportRequest', format: 'png', id: 1, theme }), theme);
    for (const m of [
      { type: 'exportRequest', format: 'svg', id: 1, theme: 'sepia' },
      { type: 'exportRequest', format: 'svg', id: 1, title: 5 },
      { type: 'exportRequest', format: 'svg', id: 1, desc: ['a'] },
      { type: 'exportRequest', format: 'gif', id: 1 },
    ]) assert.equal(parsePreviewToWebview(m), undefined, JSON.stringify(m));
  });
});

describe('export protocol: simulation', () => {
  it('accepts copying the summary or the consolidation as Markdown, and no other part', () => {
    assert.deepEqual(parseSimulationMessage({ type: 'copyMarkdown', part: 'summary' }), { type: 'copyMarkdown', part: 'summary' });
    assert.deepEqual(parseSimulationMessage({ type: 'copyMarkdown', part: 'consolidation', x: 1 }), { type: 'copyMarkdown', part: 'consolidation' });
    for (const part of ['events', undefined, 1]) assert.equal(parseSimulationMessage({ type: 'copyMarkdown', part }), undefined);
  });

  it('accepts a chart export as SVG text or base64 PNG within bounds', () => {
    assert.deepEqual(parseSimulationMessage({ type: 'chartExport', format: 'svg', name: 'CPU', data: '<svg/>', more: 1 }), { type: 'chartExport', format: 'svg', name: 'CPU', data: '<svg/>' });
    assert.deepEqual(parseSimulationMessage({ type: 'chartExport', format: 'png', name: 'CPU', data: 'iVBORw0KGgo=' }), { type: 'chartExport', format: 'png', name: 'CPU', data: 'iVBORw0KGgo=' });
    for (const m of [
      { type: 'chartExport', format: 'png', name: 'CPU', data: 'not base64!' },
      { type: 'chartExport', format: 'jpeg', name: 'CPU', data: '' },
      { type: 'chartExport', format: 'svg', name: 'x'.repeat(501), data: '' },
      { type: 'chartExport', format: 'svg', name: 'CPU', data: 'x'.repeat(MAX_CHART_EXPORT_LENGTH + 1) },
      { type: 'chartExport', format: 'svg', data: '' },
    ]) assert.equal(parseSimulationMessage(m), undefined, JSON.stringify(m).slice(0, 80));
  });
});
