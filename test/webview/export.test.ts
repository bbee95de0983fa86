// Output for documents (issue 15) in the built preview page, in Chromium: the toolbar asks the
// host for an export's theme; an export in each theme carries that theme's colours in its SVG
// DOM whatever VS Code's theme is; the SVG opens with <title> and <desc> that hold hostile text
// as text; and a PNG copy that the webview cannot put on the clipboard falls back to the SVG.
import * as assert from 'node:assert/strict';
import { browser, example, openPreview, render, updateFor, type PreviewPage } from './page';

/** Colours as getComputedStyle writes them. */
const rgb = (hex: string): string => `rgb(${parseInt(hex.slice(1, 3), 16)}, ${parseInt(hex.slice(3, 5), 16)}, ${parseInt(hex.slice(5, 7), 16)})`;

/** Loads an exported SVG as its own document and reads the computed colours of a VM block, its label and the page. */
async function coloursOf(svg: string): Promise<{ page: string; vmFill: string; vmStroke: string; vmDash: string; vmText: string }> {
  const page = await (await browser()).newPage();
  try {
    await page.setContent(svg.replace(/^<\?xml[^>]*>\s*/, ''));
    return await page.evaluate(() => {
      const root = document.querySelector('svg')!;
      const rect = root.querySelector('g.node.vm rect')!;
      const label = root.querySelector('g.node.vm .nodeLabel')!;
      const style = getComputedStyle(rect);
      return { page: root.querySelector(':scope > rect')!.getAttribute('fill')!, vmFill: style.fill, vmStroke: style.stroke, vmDash: style.strokeDasharray, vmText: getComputedStyle(label).color };
    });
  } finally {
    await page.close();
  }
}

describe('preview export for documents (issue 15)', function () {
  let preview: PreviewPage;
  const text = example('datacenter.virt');

  before(async function () {
    // The editor is dark: every export below must still be in the theme it asked for.
    preview = await openPreview({}, 'dark');
    await render(preview, updateFor(text, 1).message);
  });
  after(async () => preview?.page.close());

  it('asks the host for the theme from each toolbar button instead of exporting at once', async () => {
    for (const [action, format] of [['exportSvg', 'svg'], ['exportPng', 'png'], ['copyPng', 'clipboard']] as const) {
      await preview.page.click(`[data-action="${action}"]`);
      await preview.waitForPosted('exportAsk', (m) => m.format === format);
    }
    assert.equal((await preview.posted()).filter((m) => m.type === 'exported' || m.type === 'copied').length, 0);
  });

  // Expected colours: the published palette of each theme (docs/preview.md), and print's rule: black on white, greys, dashed borders.
  const expected = {
    light: { page: '#ffffff', fill: rgb('#bfdbfe'), stroke: rgb('#1d4ed8'), text: rgb('#172554') },
    dark: { page: '#1e1e1e', fill: rgb('#1e3a8a'), stroke: rgb('#60a5fa'), text: rgb('#dbeafe') },
  } as const;
  let id = 100;
  for (const theme of ['light', 'dark', 'print', 'auto'] as const) {
    it(`exports in the ${theme} theme while VS Code is dark`, async () => {
      await preview.send({ type: 'exportRequest', format: 'svg', id: ++id, theme });
      const svg = (await preview.waitForPosted('exported', (m) => m.id === id)).data;
      const c = await coloursOf(svg);
      if (theme === 'print') {
        assert.equal(c.page, '#ffffff');
        assert.equal(c.vmStroke, 'rgb(0, 0, 0)');
        assert.equal(c.vmText, 'rgb(0, 0, 0)');
        const [r, g, b] = c.vmFill.match(/\d+/g)!.map(Number);
        assert.ok(r === g && g === b && r >= 200, `a light grey: ${c.vmFill}`);
        assert.notEqual(c.vmDash, 'none', 'a VM has a dashed border in print');
      } else {
        // `auto` is what the preview shows: VS Code's dark theme here.
        const e = expected[theme === 'auto' ? 'dark' : theme];
        assert.deepEqual({ page: c.page, fill: c.vmFill, stroke: c.vmStroke, text: c.vmText }, { page: e.page, fill: e.fill, stroke: e.stroke, text: e.text });
      }
    });
  }

  it('opens the SVG with <title> and <desc> that keep hostile text as text', async () => {
    const title = 'Lab </title><script>alert(1)</script> & "q"';
    const desc = 'Hardware h1\n  VM a</desc><svg onload=alert(1)>\n  VM ]]> &amp; <!-- x -->';
    await preview.send({ type: 'exportRequest', format: 'svg', id: 500, title, desc });
    const svg = (await preview.waitForPosted('exported', (m) => m.id === 500)).data;
    const parsed = await preview.page.evaluate((data) => {
      const doc = new DOMParser().parseFromString(data, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? '',
        first: root.children[0]?.tagName, second: root.children[1]?.tagName,
        title: root.children[0]?.textContent, desc: root.children[1]?.textContent,
        scripts: doc.querySelectorAll('script').length,
        handlers: [...doc.querySelectorAll('*')].filter((e) => e.hasAttribute('onload')).length,
        role: root.getAttribute('role'), labelledby: root.getAttribute('aria-labelledby'), describedby: root.getAttribute('aria-describedby'),
      };
    }, svg);
    assert.deepEqual(parsed, { error: '', first: 'title', second: 'desc', title, desc, scripts: 0, handlers: 0, role: 'img', labelledby: 'vs-export-name', describedby: 'vs-export-desc' });
  });

  it('exports a title with controls and a lone surrogate, which XML 1.0 cannot carry, as a well-formed SVG without them', async () => {
    // The language takes such a title with a finding (VS001), and the preview still draws it.
    const hostile = 'Lab\u0001 a\u0007b \ud800c';
    const drawn = await preview.page.evaluate(() => document.querySelectorAll('.vs-host svg').length);
    await render(preview, updateFor(text.replace(/^stack "[^"]*"/m, `stack "${hostile}"`), 2).message);
    await preview.send({ type: 'exportRequest', format: 'svg', id: 550, title: hostile, desc: `Hardware ${hostile}` });
    const svg = (await preview.waitForPosted('exported', (m) => m.id === 550)).data;
    const parsed = await preview.page.evaluate((data) => {
      const doc = new DOMParser().parseFromString(data, 'application/xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? '', title: doc.querySelector('title')?.textContent, heading: doc.querySelector('.vs-export-title')?.textContent };
    }, svg);
    assert.deepEqual(parsed, { error: '', title: 'Lab ab c', heading: 'Lab ab c' });
    assert.ok(drawn > 0, 'the example drew its hosts before');
    await render(preview, updateFor(text, 3).message);
  });

  it('exports a PNG in print with the PNG signature', async () => {
    await preview.send({ type: 'exportRequest', format: 'png', id: 600, theme: 'print' });
    const bytes = Buffer.from((await preview.waitForPosted('exported', (m) => m.id === 600)).data, 'base64');
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('answers a clipboard copy it cannot make with the reason and the SVG to copy as text', async () => {
    // The test page is served from http://virtstack.test, not a secure context, so it has no
    // async clipboard: exactly the case where the host falls back to the SVG markup.
    const secure = await preview.page.evaluate(() => window.isSecureContext && typeof ClipboardItem !== 'undefined' && !!navigator.clipboard?.write);
    await preview.send({ type: 'exportRequest', format: 'clipboard', id: 700, theme: 'light' });
    const copied = await preview.waitForPosted('copied', (m) => m.id === 700);
    if (secure) return assert.equal(copied.ok, true);
    assert.equal(copied.ok, false);
    assert.match(copied.reason ?? '', /clipboard/);
    assert.match(copied.svg ?? '', /^<\?xml[^>]*>\s*<svg /);
  });
});
