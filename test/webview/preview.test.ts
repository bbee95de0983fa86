/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Functions passed to page.evaluate() run in the browser page, where the DOM is the global scope.
/**
 * The built preview page in headless Chromium, under its real CSP, fed the updates the
 * extension builds for each example. `npm run test:webview` builds first; screenshots land in
 * test-results/webview/, which CI keeps.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { stackSource } from '../../src/core/diagram/generate';
import { repoRoot, resultsDir } from '../harness/paths';
import { readability } from './hooks';
import { example, openPreview, pageColumns, render, updateFor, type PreviewPage } from './page';

const shots = path.join(resultsDir, 'webview');
const EXAMPLES: Record<string, string[]> = {
  'hello.virt': ['Hardware box'],
  'host-os.virt': ['Hardware desktop', 'Windows 11 Pro', 'Oracle VirtualBox', 'VM web-dev', 'Guest OS · Linux', 'App orders-api', 'Host-OS virtualization · type 2'],
  'hypervisor.virt': ['Hardware rack-01', 'VMware ESXi', 'VM db', '16 vCPU / 128 GiB', 'Hypervisor virtualization · type 1'],
  'container.virt': ['Docker Engine', 'Container api', 'User space · Linux', 'Container virtualization'],
  'datacenter.virt': ['Hardware batch-01', 'VM event-bus', 'Kata Containers', 'Job model-training', 'No virtualization', 'Container virtualization · sandboxed'],
  'nested.virt': ['Hardware lab-01', 'VM ci-lab', 'lab-kvm (KVM)', 'Hypervisor · nested · type 1', 'Job image-build-2'],
  'mistakes.virt': ['Hardware server1', 'Hardware laptop'],
};

/** Blocks the page drew, with the mermaid ids of the rendered nodes. */
async function drawnBlocks(preview: PreviewPage): Promise<{ key: string; id: string; text: string }[]> {
  return preview.page.$$eval('.vs-host g.node', (nodes) => nodes.map((n) => ({ key: (n.closest('.vs-host') as HTMLElement).dataset.key ?? '', id: n.id, text: n.querySelector('.nodeLabel')?.textContent ?? '' })));
}

async function violations(preview: PreviewPage): Promise<string[]> {
  return (await preview.posted()).filter((m) => m.type === 'cspViolation' || m.type === 'renderError').map((m) => JSON.stringify(m));
}

/** Smallest label at the default zoom in an 800 px panel, and the largest horizontal overflow at any width and theme, for the run's closing line (hooks.ts). */
const summary = readability;

describe('the preview page', function () {
  before(() => {
    fs.rmSync(shots, { recursive: true, force: true });
    fs.mkdirSync(shots, { recursive: true });
  });

  for (const [name, labels] of Object.entries(EXAMPLES)) {
    it(`draws ${name}: one SVG per host, every block, its labels, in light and dark`, async () => {
      for (const theme of ['light', 'dark'] as const) {
        const preview = await openPreview({}, theme);
        const { message } = updateFor(example(name));
        const rendered = await render(preview, message);
        const drawable = message.diagrams.filter((d) => d.source);
        assert.equal(await preview.page.locator('.vs-host svg').count(), drawable.length);
        const blocks = await drawnBlocks(preview);
        assert.equal(blocks.length, drawable.reduce((n, d) => n + d.blocks.length, 0));
        for (const label of labels) assert.ok(blocks.some((b) => b.text.includes(label)), `${name}: no block says "${label}"`);
        assert.equal(rendered.drawn, drawable.length);
        assert.deepEqual(await violations(preview), [], 'no CSP violation or render error');
        assert.deepEqual(preview.pageErrors, []);
        await preview.page.screenshot({ path: path.join(shots, `${name.replace('.virt', '')}-${theme}.png`) });
        await preview.page.close();
      }
    });
  }

  describe('with the data centre drawn', () => {
    let preview: PreviewPage;
    const text = example('datacenter.virt');

    beforeEach(async () => {
      preview = await openPreview();
      await render(preview, updateFor(text).message);
    });

    afterEach(() => preview.page.close());

    it('posts the block id and host of a clicked block, and asks for the editor on a double click', async () => {
      const web = preview.page.locator('.vs-host[data-key="esx-01"] g.node', { hasText: 'VM acme-web' });
      await web.click();
      const selected = await preview.waitForPosted('selectBlock');
      assert.deepEqual(selected, { type: 'selectBlock', diagram: 'esx-01', block: 'b2', focusEditor: false });
      const { shown } = updateFor(text);
      assert.equal(shown.blocks.get('esx-01\0b2')?.key, 'hardware:esx-01/hypervisor:esxi/vm:acme-web');
      await web.dblclick();
      await preview.waitForPosted('selectBlock', (m) => m.focusEditor);
      assert.ok(await web.evaluate((n) => n.classList.contains('vs-cursor')), 'the clicked block is highlighted');
    });

    it('draws again only the host an edit changed, keeping the others\' SVG elements', async () => {
      const before = await preview.page.$$eval('.vs-host svg', (svgs) => svgs.map((s) => s.id));
      const edited = updateFor(text.replace('vm acme-web {', 'vm acme-www {'), 2).message;
      const rendered = await render(preview, edited);
      assert.equal(rendered.drawn, 1);
      const after = await preview.page.$$eval('.vs-host svg', (svgs) => svgs.map((s) => s.id));
      assert.notEqual(after[0], before[0], 'esx-01 was drawn again');
      assert.deepEqual(after.slice(1), before.slice(1), 'the other hosts kept their drawings');
      assert.ok((await drawnBlocks(preview)).some((b) => b.text === 'VM acme-www8 vCPU / 32 GiB'));
      const same = await render(preview, { ...edited, version: 3 });
      assert.equal(same.drawn, 0, 'nothing is drawn for the same sources');
      const undo = await render(preview, updateFor(text, 4).message);
      assert.equal(undo.drawn, 0, 'undo finds the earlier drawing in the cache');
    });

    it('skips versions that were replaced before they were drawn', async () => {
      const v = (n: number) => updateFor(text.replace('vm acme-web {', `vm acme-v${n} {`), n).message;
      // Three messages in one go, as the host posts them while the page is busy drawing.
      await preview.page.evaluate((ms) => ms.forEach((m) => window.postMessage(m, '*')), [v(10), v(11), v(12)]);
      await preview.waitForPosted('rendered', (m) => m.version === 12);
      const versions = (await preview.posted()).filter((m) => m.type === 'rendered').map((m) => (m as { version: number }).version);
      assert.ok(!versions.includes(11), `version 11 was replaced by 12 before it was drawn; drawn: ${versions.join(', ')}`);
      assert.equal(versions[versions.length - 1], 12);
      assert.ok((await drawnBlocks(preview)).some((b) => b.text.startsWith('VM acme-v12')));
    });

    it('keeps zoom and scroll through an update, and zooms with the buttons and ctrl+wheel', async () => {
      const width = () => preview.page.$eval('.vs-host[data-key="kvm-01"] svg', (s) => Number(s.getAttribute('width')));
      await preview.page.click('[data-action="zoomReset"]');
      const natural = await width();
      await preview.page.click('[data-action="zoomIn"]');
      assert.ok(Math.abs((await width()) / natural - 1.25) < 0.01);
      const box = await preview.page.locator('.vs-viewport').boundingBox();
      assert.ok(box);
      await preview.page.mouse.move(box.x + 200, box.y + 200);
      await preview.page.keyboard.down('Control');
      await preview.page.mouse.wheel(0, -200);
      await preview.page.keyboard.up('Control');
      await preview.page.waitForFunction((w) => Number(document.querySelector('.vs-host[data-key="kvm-01"] svg')?.getAttribute('width')) > w, natural * 1.3);
      await preview.page.$eval('.vs-viewport', (v) => v.scrollTo(120, 40));
      const zoomed = await width();
      const scrolled = await preview.page.$eval('.vs-viewport', (v) => [v.scrollLeft, v.scrollTop]);
      const rendered = await render(preview, updateFor(text.replace('vm acme-web {', 'vm acme-www {'), 2).message);
      assert.equal(await width(), zoomed);
      assert.deepEqual(await preview.page.$eval('.vs-viewport', (v) => [v.scrollLeft, v.scrollTop]), scrolled);
      assert.equal(rendered.view.fit, false);
      assert.equal(rendered.view.scrollX, scrolled[0]);
      await preview.page.click('[data-action="zoomFit"]');
      const fitted = await preview.page.$eval('.vs-hosts', (h) => h.scrollWidth <= (h.parentElement?.clientWidth ?? 0) + 1);
      assert.ok(fitted, 'fit shows the whole width');
    });

    it('pans by dragging without selecting the block under the pointer', async () => {
      await preview.page.click('[data-action="zoomReset"]');
      await preview.page.click('[data-action="zoomIn"]');
      await preview.page.click('[data-action="zoomIn"]');
      // Press on a block, so that the drag must not turn into a click on it.
      const box = await preview.page.evaluate(() => {
        const view = (document.querySelector('.vs-viewport') as HTMLElement).getBoundingClientRect();
        // The visible part of a block, away from the right edge so the pointer can move 100 px right.
        for (const n of document.querySelectorAll('g.node:not(.caption)')) {
          const r = n.getBoundingClientRect();
          const left = Math.max(r.left, view.left) + 5;
          const top = Math.max(r.top, view.top) + 5;
          if (left + 120 < Math.min(r.right, view.right) && top + 10 < Math.min(r.bottom, view.bottom)) return { x: left, y: top };
        }
        return undefined;
      });
      assert.ok(box, 'a block in view to press on');
      const before = await preview.page.$eval('.vs-viewport', (v) => [v.scrollLeft, v.scrollTop]);
      assert.ok(before[0] >= 100, `room to pan left: ${before[0]}`);
      await preview.page.mouse.move(box.x, box.y);
      await preview.page.mouse.down();
      await preview.page.mouse.move(box.x + 100, box.y, { steps: 5 });
      await preview.page.mouse.up();
      assert.deepEqual(await preview.page.$eval('.vs-viewport', (v) => [v.scrollLeft, v.scrollTop]), [before[0] - 100, before[1]]);
      await new Promise((r) => setTimeout(r, 100));
      assert.equal((await preview.posted()).filter((m) => m.type === 'selectBlock').length, 0);
    });

    it('highlights the block the host names and outlines blocks with errors', async () => {
      // kvm-01's blocks bottom up, each VM before what runs on it: b2 VM acme-db, b3-b5 its stack, b6 VM event-bus.
      await preview.send({ type: 'highlight', diagram: 'kvm-01', block: 'b6' });
      await preview.page.waitForSelector('.vs-host[data-key="kvm-01"] g.node.vs-cursor');
      assert.match(await preview.page.$eval('g.node.vs-cursor', (n) => n.textContent ?? ''), /VM event-bus/);
      await preview.send({ type: 'highlight' });
      await preview.page.waitForFunction(() => !document.querySelector('g.node.vs-cursor'));
      const broken = text.replace('vcpu 8                     # each', 'vcpu 800                   # each');
      const update = updateFor(broken, 5).message;
      assert.equal(update.stale, false, 'a resource error does not freeze the diagram');
      await render(preview, update);
      const marked = await preview.page.$$eval('g.node.vs-error', (ns) => ns.map((n) => n.textContent));
      assert.ok(marked.some((t) => t?.startsWith('VM acme-web')), marked.join(' | '));
      assert.match(await preview.page.textContent('.vs-banner') ?? '', /Errors: 1\. Blocks at fault are outlined.line \d+ · VS400/);
    });

    it('keeps the last good diagram dimmed under the errors while the text cannot be read, and reveals a clicked error', async () => {
      const { shown } = updateFor(text);
      const broken = text.replace('vm acme-web {', 'vm acme-web {{ }');
      const update = updateFor(broken, 6, { lastGood: shown }).message;
      assert.equal(update.stale, true);
      assert.deepEqual(update.diagrams, updateFor(text).message.diagrams, 'the drawing is the last good one');
      await render(preview, update);
      assert.ok(await preview.page.evaluate(() => document.body.classList.contains('vs-stale')));
      await preview.page.waitForFunction(() => Number(getComputedStyle(document.querySelector('.vs-hosts') as Element).opacity) < 0.6);
      const items = preview.page.locator('.vs-banner .vs-error-link');
      assert.ok((await items.count()) >= 1);
      await items.first().click();
      assert.deepEqual(await preview.waitForPosted('revealError'), { type: 'revealError', index: 0 });
      await preview.page.screenshot({ path: path.join(shots, 'errors-stale-light.png') });
      await render(preview, updateFor(text, 7).message);
      assert.ok(await preview.page.evaluate(() => !document.body.classList.contains('vs-stale') && (document.querySelector('.vs-banner') as HTMLElement).hidden));
    });

    it('exports SVG and PNG of what it shows, with the layer colours written out', async () => {
      // The toolbar asks the host, which picks the theme (issue 15) and sends the request.
      await preview.page.click('[data-action="exportSvg"]');
      assert.deepEqual(await preview.waitForPosted('exportAsk'), { type: 'exportAsk', format: 'svg' });
      await preview.send({ type: 'exportRequest', format: 'svg', id: 0 });
      const svg = await preview.waitForPosted('exported', (m) => m.format === 'svg');
      assert.match(svg.data, /^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.equal((svg.data.match(/<svg /g) ?? []).length, 7, 'the page and its six hosts');
      assert.match(svg.data, /Mixed data centre/);
      assert.match(svg.data, /VM acme-web/);
      assert.match(svg.data, /g\.node\.vm rect[^}]*fill:#bfdbfe/);
      await preview.send({ type: 'exportRequest', format: 'png', id: 7 });
      const png = await preview.waitForPosted('exported', (m) => m.format === 'png');
      assert.equal(png.id, 7);
      const bytes = Buffer.from(png.data, 'base64');
      assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
      assert.ok(bytes.readUInt32BE(16) > 1000, `PNG width ${bytes.readUInt32BE(16)}`);
      assert.deepEqual(await violations(preview), []);
    });

    it('asks the host to copy the Mermaid Markdown', async () => {
      await preview.page.click('[data-action="copyMermaid"]');
      await preview.waitForPosted('copyMermaid');
    });

    it('recolours on a theme switch without drawing again', async () => {
      const fill = () => preview.page.$eval('.vs-host[data-key="esx-01"] g.node.vm rect', (r) => getComputedStyle(r).fill);
      assert.equal(await fill(), 'rgb(191, 219, 254)');
      const renders = (await preview.posted()).filter((m) => m.type === 'rendered').length;
      await preview.page.evaluate(() => document.body.classList.replace('vscode-light', 'vscode-dark'));
      await preview.page.waitForFunction(() => document.body.dataset.theme === 'dark');
      assert.equal(await fill(), 'rgb(30, 58, 138)');
      assert.equal((await preview.posted()).filter((m) => m.type === 'rendered').length, renders);
    });

    it('saves zoom and scroll in the webview state for a reload', async () => {
      await preview.page.click('[data-action="zoomReset"]');
      await preview.page.click('[data-action="zoomIn"]');
      await preview.page.click('[data-action="zoomIn"]');
      await preview.page.$eval('.vs-viewport', (v) => v.scrollTo(50, 10));
      await preview.page.waitForFunction(() => {
        const s = (window as unknown as { __state?: { view?: { scrollX: number } } }).__state;
        return s?.view?.scrollX === 50;
      });
      const state = await preview.page.evaluate(() => (window as unknown as { __state: unknown }).__state);
      assert.deepEqual(state, { resource: 'file:///stack.virt', locked: false, view: { zoom: 1.5625, fit: false, scrollX: 50, scrollY: 10 } });
    });
  });

  describe('at first sight (issue 13): the default view of the data centre', () => {
    const text = example('datacenter.virt');

    /**
     * What a reader sees: the smallest label text as drawn (its computed font size times the
     * scale the browser draws its SVG at, rendered width over viewBox width), the horizontal
     * overflow of the viewport, the widest host as drawn, and the rows of hosts (keys, a row
     * being the hosts whose bottom edges line up: the page aligns each row's hardware).
     */
    const measure = (preview: PreviewPage) => preview.page.evaluate(() => {
      let smallest = Infinity;
      let widest = 0;
      for (const svg of document.querySelectorAll<SVGSVGElement>('.vs-host svg')) {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        widest = Math.max(widest, svg.getBoundingClientRect().width);
        for (const label of svg.querySelectorAll('g.node .nodeLabel, g.node .nodeLabel *')) {
          if ((label.textContent ?? '').trim() === '') continue;
          smallest = Math.min(smallest, parseFloat(getComputedStyle(label).fontSize) * scale);
        }
      }
      const viewport = document.querySelector('.vs-viewport') as HTMLElement;
      const rows: string[][] = [];
      let bottom = NaN;
      for (const slot of document.querySelectorAll<HTMLElement>('.vs-host')) {
        const b = Math.round(slot.getBoundingClientRect().bottom);
        if (b !== bottom) rows.push([]);
        bottom = b;
        rows[rows.length - 1].push(slot.dataset.key ?? '');
      }
      const pad = parseFloat(getComputedStyle(document.querySelector('.vs-hosts') as Element).paddingLeft);
      // Labels whose text reaches past the box mermaid sized for them while that box clips: the
      // text as drawn (a Range over it) against its foreignObject.
      // Captions are italic, their glyphs lean past a box sized for upright text: theirs must not clip at all.
      const clipped: string[] = [...document.querySelectorAll<SVGForeignObjectElement>('.vs-host g.node.caption foreignObject')]
        .filter((box) => getComputedStyle(box).overflow !== 'visible').map((box) => `${box.textContent} (italic, clipped)`);
      for (const box of document.querySelectorAll<SVGForeignObjectElement>('.vs-host g.node foreignObject')) {
        if (getComputedStyle(box).overflow === 'visible' || (box.textContent ?? '').trim() === '') continue;
        const range = document.createRange();
        range.selectNodeContents(box);
        const text = range.getBoundingClientRect();
        const frame = box.getBoundingClientRect();
        if (text.left < frame.left - 0.5 || text.right > frame.right + 0.5) clipped.push(box.textContent ?? '');
      }
      return { smallest, overflow: viewport.scrollWidth - viewport.clientWidth, clientWidth: viewport.clientWidth, widest, pad, rows, clipped };
    });

    /** Every host's box on the screen. */
    const boxes = (preview: PreviewPage) => preview.page.$$eval('.vs-host', (slots) => slots.map((s) => {
      const r = s.getBoundingClientRect();
      return { key: (s as HTMLElement).dataset.key, x: r.x, y: r.y, w: r.width, h: r.height };
    }));

    for (const width of [360, 800, 1600]) {
      it(`draws no label under 11 px in a ${width} px panel and never scrolls sideways: hosts wider than the panel wrap into bands (light, dark and high contrast)`, async () => {
        for (const theme of ['light', 'dark', 'highContrast'] as const) {
          const preview = await openPreview({}, theme);
          await preview.page.setViewportSize({ width, height: 800 });
          // The extension writes the diagrams for the column budget the page asks for.
          const columns = await pageColumns(preview);
          const rendered = await render(preview, updateFor(text, 1, { columns }).message);
          assert.equal(rendered.view.fit, 'width', 'a fresh preview opens in the default view');
          const m = await measure(preview);
          // Issue 13: label text at the default zoom is at least 11 px high, and no horizontal overflow.
          assert.ok(m.smallest >= 11 - 0.01, `smallest label ${m.smallest} px`);
          assert.equal(m.overflow, 0, `overflow at ${columns} column(s), widest host ${m.widest} px in ${m.clientWidth} px`);
          assert.deepEqual(m.clipped, [], 'no label loses letters to the box mermaid sized for it');
          assert.ok(m.widest + 2 * m.pad <= m.clientWidth, `the widest host (${m.widest} px) fits the panel`);
          // Below 1,600 px the six hosts cannot stand in one row: they wrap.
          assert.ok(m.rows.length > 1 || width >= 1600, `hosts wrap into rows: ${JSON.stringify(m.rows)}`);
          if (width === 800) summary.label = Math.min(summary.label ?? Infinity, m.smallest);
          summary.overflow = Math.max(summary.overflow ?? 0, m.overflow);
          assert.deepEqual(preview.pageErrors, []);
          await preview.page.screenshot({ path: path.join(shots, `default-view-${width}-${theme}.png`) });
          await preview.page.close();
        }
      });
    }

    it('asks the extension for as many columns as fit the panel, with ready and again when a resize changes that number', async () => {
      const preview = await openPreview();
      // fit.ts: (width − 16 px scroll bar − 32 px padding) · 14/11 − 8, in columns of 280 px: 1,280 px → 5.
      assert.equal(await pageColumns(preview), 5);
      assert.equal((await preview.posted()).find((m) => m.type === 'ready')?.columns, 5);
      await preview.page.setViewportSize({ width: 800, height: 800 });
      assert.equal(await pageColumns(preview), 3);
      // 790 px still holds three columns: nothing more is posted.
      await preview.page.setViewportSize({ width: 790, height: 600 });
      await pageColumns(preview);
      assert.deepEqual((await preview.posted()).flatMap((m) => (m.type === 'columns' ? [m.columns] : [])), [3]);
      await preview.page.close();
    });

    it('fits the widest host to a 1,600 px panel with no sideways scrolling, and reflows into more rows when the panel narrows', async () => {
      const preview = await openPreview();
      await preview.page.setViewportSize({ width: 1600, height: 800 });
      await render(preview, updateFor(text).message);
      const wide = await measure(preview);
      assert.equal(wide.overflow, 0);
      await preview.page.setViewportSize({ width: 1000, height: 800 });
      await preview.page.waitForFunction((n) => new Set([...document.querySelectorAll('.vs-host')].map((s) => Math.round(s.getBoundingClientRect().bottom))).size > n, wide.rows.length);
      const narrow = await measure(preview);
      assert.ok(narrow.rows.length > wide.rows.length, `${JSON.stringify(wide.rows)} → ${JSON.stringify(narrow.rows)}`);
      assert.ok(narrow.smallest >= 11 - 0.01);
      await preview.page.close();
    });

    it('keeps every host\'s box where it was when the error banner appears and goes away', async () => {
      const preview = await openPreview();
      await preview.page.setViewportSize({ width: 800, height: 800 });
      const columns = await pageColumns(preview);
      const { shown, message } = updateFor(text, 1, { columns });
      await render(preview, message);
      const before = await boxes(preview);
      // A brace being typed: the banner lists the error over the last good drawing.
      await render(preview, updateFor(text.replace('vm acme-web {', 'vm acme-web {{ }'), 2, { lastGood: shown, columns }).message);
      assert.equal(await preview.page.$eval('.vs-banner', (b) => (b as HTMLElement).hidden), false, 'the banner is shown');
      assert.ok((await preview.page.$eval('.vs-banner', (b) => b.getBoundingClientRect().height)) > 20);
      assert.deepEqual(await boxes(preview), before);
      // A resource error: the banner over a live drawing with a block outlined.
      await render(preview, updateFor(text.replace('vcpu 8                     # each', 'vcpu 800                   # each'), 3, { columns }).message);
      assert.equal(await preview.page.$eval('.vs-banner', (b) => (b as HTMLElement).hidden), false);
      assert.deepEqual(await boxes(preview), before);
      await render(preview, updateFor(text, 4, { columns }).message);
      assert.equal(await preview.page.$eval('.vs-banner', (b) => (b as HTMLElement).hidden), true, 'the banner is gone');
      assert.deepEqual(await boxes(preview), before);
      await preview.page.close();
    });

    it('goes back to the default fit-width zoom with the Fit width button and the W key after zooming', async () => {
      const preview = await openPreview();
      await preview.page.setViewportSize({ width: 800, height: 800 });
      await render(preview, updateFor(text, 1, { columns: await pageColumns(preview) }).message);
      const state = () => preview.page.evaluate(() => (window as unknown as { __state?: { view?: { zoom: number; fit: unknown } } }).__state?.view);
      // The rule of fit.ts: the widest host (at 100 %) fills the content width, between 11/14 and 100 %.
      const expected = await preview.page.evaluate(() => {
        const viewport = document.querySelector('.vs-viewport') as HTMLElement;
        const pad = parseFloat(getComputedStyle(document.querySelector('.vs-hosts') as Element).paddingLeft);
        const widest = Math.max(...[...document.querySelectorAll<HTMLElement>('.vs-host')].map((s) => Number(s.dataset.width)));
        return Math.min(1, Math.max(11 / 14, (viewport.clientWidth - 2 * pad) / widest));
      });
      const scale = () => preview.page.$eval('.vs-host[data-key="k8s-01"] svg', (svg) => (svg as SVGSVGElement).getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width);
      assert.ok(Math.abs((await scale()) - expected) < 0.001, `default ${await scale()} vs ${expected}`);
      for (const back of [() => preview.page.click('[data-action="zoomFitWidth"]'), async () => {
        await preview.page.focus('.vs-viewport');
        await preview.page.keyboard.press('w');
      }]) {
        await preview.page.click('[data-action="zoomIn"]');
        await preview.page.click('[data-action="zoomIn"]');
        await preview.page.waitForFunction(() => (window as unknown as { __state?: { view?: { fit: unknown } } }).__state?.view?.fit === false);
        assert.ok(Math.abs((await scale()) - expected * 1.5625) < 0.001, 'two steps of 1.25 in');
        await back();
        await preview.page.waitForFunction(() => (window as unknown as { __state?: { view?: { fit: unknown } } }).__state?.view?.fit === 'width');
        assert.ok(Math.abs((await scale()) - expected) < 0.001, `back to ${expected}: ${await scale()}`);
        assert.ok(Math.abs(((await state())?.zoom ?? 0) - expected) < 0.001);
      }
      assert.equal(await preview.page.getAttribute('[data-action="zoomFitWidth"]', 'aria-label'), 'Fit width (W)');
      await preview.page.close();
    });

    it('still zooms to fit the whole diagram with the 0 key, and keeps that fit in the saved view', async () => {
      const preview = await openPreview();
      await preview.page.setViewportSize({ width: 800, height: 800 });
      await render(preview, updateFor(text).message);
      await preview.page.focus('.vs-viewport');
      await preview.page.keyboard.press('0');
      await preview.page.waitForFunction(() => (window as unknown as { __state?: { view?: { fit: unknown } } }).__state?.view?.fit === 'all');
      const all = await preview.page.$eval('.vs-viewport', (v) => ({ w: v.scrollWidth - v.clientWidth, h: v.scrollHeight - v.clientHeight }));
      assert.deepEqual(all, { w: 0, h: 0 }, 'every host in view at once');
      await preview.page.close();
    });

    it('exports a PNG of at most 4,096 px at twice the SVG\'s size, its hosts in the rows the page shows', async () => {
      for (const width of [800, 1600]) {
        const preview = await openPreview();
        await preview.page.setViewportSize({ width, height: 800 });
        await render(preview, updateFor(text, 1, { columns: await pageColumns(preview) }).message);
        const { rows } = await measure(preview);
        await preview.send({ type: 'exportRequest', format: 'svg', id: 0 });
        const svg = (await preview.waitForPosted('exported', (m) => m.format === 'svg')).data;
        // The exported hosts, grouped into rows by their bottom edge, in the order they were written.
        const exported = await preview.page.evaluate((data) => {
          const root = new DOMParser().parseFromString(data, 'image/svg+xml').documentElement;
          const counts: number[] = [];
          let bottom = NaN;
          for (const host of root.querySelectorAll(':scope > svg')) {
            const b = Math.round(Number(host.getAttribute('y')) + Number(host.getAttribute('height')));
            if (b !== bottom) counts.push(0);
            bottom = b;
            counts[counts.length - 1]++;
          }
          return { counts, width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')) };
        }, svg);
        assert.deepEqual(exported.counts, rows.map((r) => r.length), `page rows ${JSON.stringify(rows)}`);
        await preview.send({ type: 'exportRequest', format: 'png', id: 9 });
        const png = Buffer.from((await preview.waitForPosted('exported', (m) => m.format === 'png')).data, 'base64');
        const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
        // 2× for sharpness, scaled down where 2× would pass 4,096 px (issue 13).
        const scale = Math.min(2, 4096 / exported.width);
        assert.ok(w <= 4096, `PNG ${w} × ${h}`);
        assert.equal(w, Math.floor(exported.width * scale));
        assert.equal(h, Math.floor(exported.height * scale));
        if (width === 800) assert.ok(rows.length > 1, 'the 800 px panel shows more than one row, as the export must');
        await preview.page.close();
      }
    });
  });

  it('restores the zoom and scroll it is created with', async () => {
    const preview = await openPreview({ view: { zoom: 1.5, fit: false, scrollX: 60, scrollY: 5 } });
    const rendered = await render(preview, updateFor(example('datacenter.virt')).message);
    assert.deepEqual(rendered.view, { zoom: 1.5, fit: false, scrollX: 60, scrollY: 5 });
    await preview.page.close();
  });

  it('ignores a malformed message from the host and reports it, and draws the next good one', async () => {
    const preview = await openPreview();
    const { message } = updateFor(example('hello.virt'));
    await preview.page.evaluate((m) => window.postMessage({ ...m, diagrams: 'not a list' }, '*'), message);
    const rejected = await preview.waitForPosted('rejected');
    assert.match(rejected.message, /not a list/);
    assert.equal((await preview.posted()).filter((m) => m.type === 'rendered').length, 0, 'nothing was drawn from it');
    await render(preview, message);
    assert.equal(await preview.page.locator('.vs-host svg').count(), 1);
    await preview.page.close();
  });

  it('shows hostile names and strings as text, never as markup', async () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script> #quot; &amp; `b` %%';
    const text = `hardware h { cpu 4; memory 8 GiB; os linux "${hostile}" { app 웹-서버; middleware nginx "\\"]:::x\\nclick b0" } }`;
    const preview = await openPreview();
    await render(preview, updateFor(text).message);
    const svg = preview.page.locator('.vs-host svg');
    assert.equal(await svg.locator('img, script, a, iframe').count(), 0);
    const texts = (await drawnBlocks(preview)).map((b) => b.text);
    // The drawn label is cut to the column width; the tooltip holds it whole.
    assert.ok(texts.some((t) => t.startsWith('<img src=x onerror=alert(1)><script>alert(2)</script>') && t.endsWith('…Host OS · Linux')), texts.join(' | '));
    const tips = await svg.locator('g.node > title').allTextContents();
    assert.ok(tips.includes(`${hostile}\nHost OS · Linux`), tips.join(' | '));
    assert.ok(texts.includes('App 웹-서버'));
    assert.ok(texts.some((t) => t.startsWith('"]:::x click b0')), texts.join(' | '));
    assert.deepEqual(await violations(preview), []);
    await preview.page.screenshot({ path: path.join(shots, 'hostile-light.png') });
    await preview.page.close();
  });

  it('shows a notice instead of drawing a host past the size limit, and draws the rest', async () => {
    const vms = Array.from({ length: 140 }, (_, i) => `vm v${i} { vcpu 1; memory 1 GiB; os linux; app a${i} }`).join('\n');
    const text = `hardware big { cpu 512 cores; memory 4 TiB; hypervisor kvm {\n${vms}\n} }\nhardware small { cpu 4; memory 8 GiB }`;
    const preview = await openPreview();
    const { message } = updateFor(text);
    assert.equal(message.diagrams[0].source, undefined);
    const rendered = await render(preview, message);
    assert.equal(rendered.drawn, 1);
    assert.match(await preview.page.textContent('.vs-host[data-key="big"]') ?? '', /big has 423 blocks, more than the preview draws for one host \(400\)/);
    assert.equal(await preview.page.locator('.vs-host[data-key="small"] svg').count(), 1);
    await preview.page.close();
  });

  it('shows its notice for a host of 150,000 runtimes instead of failing (it threw RangeError building the update)', async function () {
    this.timeout(180_000);
    const text = `hardware huge { cpu 4; memory 8 GiB; os linux {\n${'  runtime docker\n'.repeat(150_000)}} }\nhardware small { cpu 4; memory 8 GiB }`;
    const preview = await openPreview();
    const { message } = updateFor(text);
    assert.equal(message.diagrams[0].source, undefined);
    const rendered = await render(preview, message);
    assert.equal(rendered.drawn, 1);
    assert.match(await preview.page.textContent('.vs-host[data-key="huge"]') ?? '', /huge has 300002 blocks, more than the preview draws for one host \(400\)/);
    assert.equal(await preview.page.locator('.vs-host[data-key="small"] svg').count(), 1);
    assert.deepEqual(preview.pageErrors, []);
    await preview.page.close();
  });

  it('says what to write when there is nothing to draw, and shows the host\'s notices', async () => {
    const preview = await openPreview();
    await render(preview, updateFor('stack "Empty"\n', 1, { notice: 'stack.virt was deleted on disk' }).message);
    assert.match(await preview.page.textContent('.vs-empty') ?? '', /hardware/);
    assert.equal(await preview.page.textContent('.vs-notice'), 'stack.virt was deleted on disk');
    await preview.page.close();
  });

  it('keeps the old drawing up until the new one is ready, with no empty frame, when it switches files', async () => {
    const preview = await openPreview();
    await render(preview, updateFor(example('hypervisor.virt')).message);
    // Count the drawings after every change of the page, and keep the smallest count seen.
    await preview.page.evaluate(() => {
      const w = window as unknown as { __fewest: number };
      w.__fewest = Infinity;
      new MutationObserver(() => (w.__fewest = Math.min(w.__fewest, document.querySelectorAll('.vs-host svg').length)))
        .observe(document.querySelector('.vs-hosts') as Node, { childList: true, subtree: true });
    });
    const other = updateFor(example('container.virt'), 2).message;
    await render(preview, { ...other, resource: 'file:///other.virt' });
    assert.ok((await drawnBlocks(preview)).some((b) => b.text.startsWith('Docker Engine')));
    assert.equal(await preview.page.evaluate(() => (window as unknown as { __fewest: number }).__fewest), 1, 'one drawing on screen at every moment');
    await preview.page.close();
  });

  it('draws in the theme the settings force, whatever VS Code shows', async () => {
    const preview = await openPreview({}, 'light');
    await render(preview, updateFor(example('hypervisor.virt'), 1, { theme: 'dark' }).message);
    assert.equal(await preview.page.evaluate(() => document.body.dataset.theme), 'dark');
    assert.equal(await preview.page.$eval('body', (b) => getComputedStyle(b).backgroundColor), 'rgb(30, 30, 30)');
    assert.equal(await preview.page.$eval('g.node.vm rect', (r) => getComputedStyle(r).fill), 'rgb(30, 58, 138)');
    await render(preview, updateFor(example('hypervisor.virt'), 2, { theme: 'highContrast' }).message);
    assert.equal(await preview.page.$eval('g.node.vm rect', (r) => getComputedStyle(r).stroke), 'rgb(111, 195, 223)');
    await preview.page.screenshot({ path: path.join(shots, 'hypervisor-high-contrast.png') });
    await preview.page.close();
  });

  it('says so in place of a host mermaid cannot draw, tells the host, and draws the others', async () => {
    const preview = await openPreview();
    const { message } = updateFor(example('datacenter.virt'));
    const broken = { ...message, diagrams: message.diagrams.map((d, i) => (i === 1 ? { ...d, source: 'block-beta\n  b0["unclosed' } : d)) };
    await render(preview, broken);
    assert.match(await preview.page.textContent('.vs-host[data-key="kvm-01"]') ?? '', /could not be drawn/);
    assert.equal(await preview.page.locator('.vs-host svg').count(), 5);
    const error = await preview.waitForPosted('renderError');
    assert.equal(error.diagram, 'kvm-01');
    await preview.page.close();
  });

  it('draws the Mermaid Markdown copy as one diagram: every host, the title and the legend', async () => {
    const preview = await openPreview();
    const model = analyze(example('datacenter.virt')).model;
    const source = stackSource(model, 'light');
    const { message } = updateFor(example('datacenter.virt'));
    const rendered = await render(preview, { ...message, diagrams: [{ key: 'all', source, blocks: [] }] });
    assert.equal(rendered.drawn, 1);
    const blocks = message.diagrams.reduce((n, d) => n + d.blocks.length, 0);
    const texts = (await drawnBlocks(preview)).map((b) => b.text);
    assert.equal(texts.length, blocks + 1 + message.legend.length, 'hosts, title and legend');
    assert.ok(texts.includes('Mixed data centre') && texts.includes('Container runtime'));
    assert.deepEqual(await violations(preview), []);
    await preview.page.screenshot({ path: path.join(shots, 'mermaid-markdown-copy.png') });
    await preview.page.close();
  });

  it('is built with mermaid\'s configuration copy cached (every drawing above ran with it)', () => {
    const chunks = path.join(repoRoot, 'dist', 'webview', 'preview', 'chunks');
    const patched = fs.readdirSync(chunks).filter((f) => f.endsWith('.js') && fs.readFileSync(path.join(chunks, f), 'utf8').includes('virtstack: getConfig copy cached per configuration'));
    assert.equal(patched.length, 1, 'the esbuild plugin of src/webview/preview/esbuild.mjs found mermaid\'s getConfig');
  });

  it('is built with mermaid\'s sanitizeText memoized (every drawing above, hostile labels included, ran with it)', () => {
    const chunks = path.join(repoRoot, 'dist', 'webview', 'preview', 'chunks');
    const patched = fs.readdirSync(chunks).filter((f) => f.endsWith('.js') && fs.readFileSync(path.join(chunks, f), 'utf8').includes('virtstack: sanitizeText memoized per frozen configuration'));
    assert.equal(patched.length, 1, 'the esbuild plugin of src/webview/preview/esbuild.mjs found mermaid\'s sanitizeText');
  });
});

// Issue 14, the diagram wave: storage pools as bands under the hardware, virtual switches as bands
// between the hypervisor and the VMs, clusters as frames around their hosts, and network functions
// in their own colour, drawn by the real page.
describe('the preview page: kinds of virtualization drawn as bands', function () {
  /** The fill of each style's first block as drawn, and the smallest label as drawn (font size × the SVG's scale). */
  const look = (preview: PreviewPage) => preview.page.evaluate(() => {
    const fills: Record<string, string> = {};
    for (const style of ['cluster', 'pool', 'switch', 'function', 'hardware']) {
      const rect = document.querySelector(`.vs-host g.node.${style} rect`);
      if (rect) fills[style] = getComputedStyle(rect).fill;
    }
    let smallest = Infinity;
    for (const svg of document.querySelectorAll<SVGSVGElement>('.vs-host svg')) {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const label of svg.querySelectorAll('g.node .nodeLabel, g.node .nodeLabel *')) {
        if ((label.textContent ?? '').trim() !== '') smallest = Math.min(smallest, parseFloat(getComputedStyle(label).fontSize) * scale);
      }
    }
    const swatches = [...document.querySelectorAll<HTMLElement>('.vs-swatch')].map((s) => [s.dataset.style, getComputedStyle(s).backgroundColor]);
    return { fills, smallest, swatches };
  });

  it('draws storage.virt and network.virt with their bands\' labels and palette colours, legend swatches alike, labels at least 11 px in an 800 px panel', async () => {
    const preview = await openPreview({}, 'light');
    await preview.page.setViewportSize({ width: 800, height: 800 });
    const columns = await pageColumns(preview);
    // Colours: the light palette of src/core/diagram/palette.ts (#f5f5f4, #a5f3fc, #f5d0fe, #d9f99d) as CSS writes them.
    const cases: [string, string[], Record<string, string>][] = [
      ['storage.virt', ['vsan1 (VMware vSAN)', '12 TiB usable of 24 TiB', '… vsan1 (VMware vSAN)', 'root 60 GiB from vsan1', 'tank (OpenZFS)'],
        { pool: 'rgb(165, 243, 252)' }],
      ['network.virt', ['br0 (Open vSwitch)', 'web · VLAN 10', 'db · VXLAN 5002', 'Network function: firewall', 'web ⇄ db', 'web ⇄ fw1 ⇄ db'],
        { switch: 'rgb(245, 208, 254)', function: 'rgb(217, 249, 157)' }],
    ];
    let version = 0;
    for (const [name, labels, fills] of cases) {
      await render(preview, updateFor(example(name), ++version, { columns }).message);
      const blocks = await drawnBlocks(preview);
      for (const label of labels) assert.ok(blocks.some((b) => b.text.includes(label)), `${name}: no block says "${label}"`);
      const seen = await look(preview);
      for (const [style, fill] of Object.entries(fills)) {
        assert.equal(seen.fills[style], fill, `${name}: ${style} block`);
        assert.ok(seen.swatches.some(([s, bg]) => s === style && bg === fill), `${name}: legend swatch of ${style}`);
      }
      if (name === 'storage.virt') {
        // The cluster is a frame now, not a block, in the colour its legend swatch shows.
        assert.equal(seen.fills.cluster, undefined, 'no cluster block');
        const frame = await preview.page.$eval('.vs-frame', (f) => getComputedStyle(f).backgroundColor);
        assert.equal(frame, 'rgb(245, 245, 244)');
        assert.ok(seen.swatches.some(([s, bg]) => s === 'cluster' && bg === frame), 'legend swatch of the cluster');
      }
      assert.ok(seen.smallest >= 11 - 0.01, `${name}: smallest label ${seen.smallest} px`);
      assert.deepEqual(await violations(preview), [], 'no CSP violation or render error');
      await preview.page.screenshot({ path: path.join(shots, `bands-${name.replace('.virt', '')}.png`) });
    }
    assert.deepEqual(preview.pageErrors, []);
    await preview.page.close();
  });
});

// Issue 14: where each kind is drawn. A switch between the layer that runs it and the VMs; a
// cluster as a frame around its hosts, in the preview, in both themes, and in the SVG export.
describe('the preview page: switches between the hypervisor and the VMs, clusters as frames', function () {
  /** Boxes of the blocks of a style in a host's drawing, on screen. */
  const boxes = (preview: PreviewPage, host: string, style: string) => preview.page.$$eval(`.vs-host[data-key="${host}"] g.node.${style}`, (nodes) => nodes.map((n) => {
    const r = (n.querySelector('rect') ?? n).getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: n.querySelector('.nodeLabel')?.textContent ?? '' };
  }));

  it('draws network.virt\'s switches right above their hypervisor, as wide as it, and under its VMs', async () => {
    const preview = await openPreview({}, 'light');
    await render(preview, updateFor(example('network.virt'), 1, { columns: await pageColumns(preview) }).message);
    for (const host of ['node1', 'node2']) {
      const [sw] = await boxes(preview, host, 'switch');
      const [kvm] = (await boxes(preview, host, 'hypervisor')).filter((b) => b.text.startsWith('KVM'));
      const vms = [...await boxes(preview, host, 'vm'), ...await boxes(preview, host, 'function')];
      assert.ok(sw && kvm && vms.length === 2, `${host}: a switch, KVM and two VMs drawn`);
      // Screen y grows downwards: the VMs above the switch, the switch above KVM, edges touching within mermaid's gap.
      assert.ok(sw.bottom <= kvm.top + 1 && kvm.top - sw.bottom < 20, `${host}: switch ${JSON.stringify(sw)} right above KVM ${JSON.stringify(kvm)}`);
      for (const vm of vms) assert.ok(vm.bottom <= sw.top + 1 && sw.top - vm.bottom < 20, `${host}: ${vm.text} right above the switch`);
      assert.ok(Math.abs(sw.left - kvm.left) < 1 && Math.abs(sw.right - kvm.right) < 1, `${host}: the switch spans KVM's columns`);
    }
    const [sw1] = await boxes(preview, 'node1', 'switch');
    assert.match(sw1.text, /web ⇄ fw1 ⇄ db/, 'the path through the firewall');
    assert.deepEqual(await violations(preview), []);
    await preview.page.screenshot({ path: path.join(shots, 'switch-band-network.png') });
    await preview.page.close();
  });

  for (const [theme, stroke] of [['light', 'rgb(87, 83, 78)'], ['dark', 'rgb(168, 162, 158)']] as const) {
    it(`frames storage.virt's clusters around their hosts under their captions, the other host outside (${theme})`, async () => {
      const preview = await openPreview({}, theme);
      const { message } = updateFor(example('storage.virt'), 1, { columns: await pageColumns(preview) });
      assert.deepEqual(message.frames?.map((f) => [f.caption, f.hosts]), [
        ['Cluster prod · tolerates 1 host failure', ['esx1', 'esx2', 'esx3']], ['Cluster k8s', ['node1', 'node2', 'node3']],
      ]);
      await render(preview, message);
      const frames = await preview.page.$$eval('.vs-frame', (els) => els.map((f) => {
        const r = f.getBoundingClientRect();
        const style = getComputedStyle(f);
        return {
          caption: f.querySelector('.vs-frame-caption')?.textContent ?? '', label: f.getAttribute('aria-label'), role: f.getAttribute('role'),
          border: [style.borderTopStyle, style.borderTopColor, parseFloat(style.borderTopWidth)],
          hosts: [...f.querySelectorAll<HTMLElement>('.vs-host')].map((h) => {
            const b = h.getBoundingClientRect();
            return { key: h.dataset.key, inside: b.left >= r.left && b.right <= r.right && b.top >= r.top && b.bottom <= r.bottom, svg: h.querySelector('svg') !== null };
          }),
        };
      }));
      assert.deepEqual(frames.map((f) => [f.caption, f.label, f.role]), [
        ['Cluster prod · tolerates 1 host failure', 'Cluster prod · tolerates 1 host failure', 'group'], ['Cluster k8s', 'Cluster k8s', 'group'],
      ]);
      for (const f of frames) {
        assert.deepEqual(f.border, ['solid', stroke, 1], `${f.caption}: a border in the theme's cluster colour`);
        for (const h of f.hosts) assert.ok(h.inside && h.svg, `${h.key} drawn inside ${f.caption}`);
      }
      assert.deepEqual(frames.map((f) => f.hosts.map((h) => h.key)), [['esx1', 'esx2', 'esx3'], ['node1', 'node2', 'node3']]);
      assert.equal(await preview.page.$eval('.vs-host[data-key="pve1"]', (h) => h.closest('.vs-frame') === null && h.parentElement?.classList.contains('vs-hosts')), true, 'pve1 is in no cluster');
      assert.equal(await preview.page.locator('g.node.cluster').count(), 0, 'no cluster band under the hosts');
      assert.deepEqual(await violations(preview), []);
      await preview.page.screenshot({ path: path.join(shots, `cluster-frames-${theme}.png`) });
      await preview.page.close();
    });
  }

  it('keeps frames and slots in step with edits: a host moved out of its cluster leaves the frame, an emptied cluster\'s frame goes', async () => {
    const preview = await openPreview({}, 'light');
    const text = 'cluster c { tolerate 1\n  hardware a { cpu 4 cores; memory 8 GiB }\n  hardware b { cpu 4 cores; memory 8 GiB }\n}\nhardware z { cpu 4 cores; memory 8 GiB }\n';
    await render(preview, updateFor(text, 1).message);
    const layout = () => preview.page.$$eval('.vs-hosts > *', (els) => els.map((e) => e.classList.contains('vs-frame') ? `frame:${[...e.querySelectorAll<HTMLElement>('.vs-host')].map((h) => h.dataset.key).join(',')}` : (e as HTMLElement).dataset.key));
    assert.deepEqual(await layout(), ['frame:a,b', 'z']);
    const svgOfB = await preview.page.$eval('.vs-host[data-key="b"] svg', (s) => s.id);
    await render(preview, updateFor('cluster c { tolerate 1\n  hardware a { cpu 4 cores; memory 8 GiB }\n}\nhardware b { cpu 4 cores; memory 8 GiB }\nhardware z { cpu 4 cores; memory 8 GiB }\n', 2).message);
    assert.deepEqual(await layout(), ['frame:a', 'b', 'z']);
    assert.equal(await preview.page.$eval('.vs-host[data-key="b"] svg', (s) => s.id), svgOfB, 'b was moved, not drawn again');
    await render(preview, updateFor('hardware a { cpu 4 cores; memory 8 GiB }\nhardware b { cpu 4 cores; memory 8 GiB }\nhardware z { cpu 4 cores; memory 8 GiB }\n', 3).message);
    assert.deepEqual(await layout(), ['a', 'b', 'z']);
    assert.equal(await preview.page.locator('.vs-frame').count(), 0);
    await preview.page.close();
  });

  it('outlines the frame the host highlights or marks, and posts the frame of a clicked caption', async () => {
    const preview = await openPreview({}, 'light');
    const { message } = updateFor(example('storage.virt'), 1);
    await render(preview, { ...message, frameMarks: ['cluster:k8s'] });
    await preview.send({ type: 'highlight', frame: 'cluster:prod' });
    const classes = () => preview.page.$$eval('.vs-frame', (els) => els.map((f) => `${(f as HTMLElement).dataset.frame}:${['vs-cursor', 'vs-error'].filter((c) => f.classList.contains(c)).join('+')}`));
    await preview.page.waitForFunction(() => document.querySelector('.vs-frame.vs-cursor') !== null);
    assert.deepEqual(await classes(), ['cluster:prod:vs-cursor', 'cluster:k8s:vs-error']);
    await preview.page.locator('.vs-frame-caption', { hasText: 'Cluster k8s' }).click();
    const posted = await preview.waitForPosted('selectFrame');
    assert.deepEqual(posted, { type: 'selectFrame', frame: 'cluster:k8s', focusEditor: false });
    assert.deepEqual(await classes(), ['cluster:prod:', 'cluster:k8s:vs-cursor+vs-error']);
    // A click on a host inside the frame still selects the host's block.
    await preview.page.locator('.vs-host[data-key="esx1"] g.node', { hasText: 'VM web1' }).click();
    assert.equal((await preview.waitForPosted('selectBlock')).diagram, 'esx1');
    await preview.send({ type: 'highlight' });
    await preview.page.waitForFunction(() => document.querySelector('.vs-cursor') === null);
    await preview.page.close();
  });

  it('draws the frames with their captions into the SVG export, around the hosts they frame', async () => {
    const preview = await openPreview({}, 'light');
    await render(preview, updateFor(example('storage.virt'), 1).message);
    await preview.send({ type: 'exportRequest', format: 'svg', id: 3 });
    const svg = (await preview.waitForPosted('exported', (m) => m.format === 'svg')).data;
    const found = await preview.page.evaluate((data) => {
      const doc = new DOMParser().parseFromString(data, 'image/svg+xml');
      const root = doc.documentElement;
      const frames = [...root.children].filter((e) => e.tagName === 'rect' && e.getAttribute('stroke') === '#57534e');
      const hosts = [...root.children].filter((e) => e.tagName === 'svg').map((e) => ({ x: Number(e.getAttribute('x')), y: Number(e.getAttribute('y')), w: Number(e.getAttribute('width')), h: Number(e.getAttribute('height')) }));
      const captions = [...root.querySelectorAll('text.vs-export-frame')].map((t) => t.textContent);
      const boxes = frames.map((f) => ({ x: Number(f.getAttribute('x')), y: Number(f.getAttribute('y')), w: Number(f.getAttribute('width')), h: Number(f.getAttribute('height')) }));
      // Each host inside a frame box, or (pve1) inside none.
      const inside = hosts.map((h) => boxes.filter((b) => h.x >= b.x && h.x + h.w <= b.x + b.w && h.y >= b.y && h.y + h.h <= b.y + b.h).length);
      return { captions, frames: frames.length, inside };
    }, svg);
    assert.deepEqual(found.captions, ['Cluster prod · tolerates 1 host failure', 'Cluster k8s']);
    assert.ok(found.frames >= 2, `${found.frames} frame boxes`);
    assert.deepEqual(found.inside, [1, 1, 1, 1, 1, 1, 0], 'six framed hosts, pve1 in none');
    await preview.page.close();
  });
});
