/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Functions passed to page.evaluate() run in the browser page, where the DOM is the global scope.
/**
 * Text from a file reaches mermaid as inert text: labels made of every token of mermaid's
 * block-diagram grammar and of every form mermaid reads before or after parsing (directives,
 * comments, front matter, entities, HTML, Markdown, KaTeX, icons, diagram detection) are drawn
 * as exactly their text by the built preview page in Chromium, as block labels, as the title
 * and as the legend of the Markdown copy, and the configuration of the diagram (its theme CSS,
 * the labels' styles) stays that of a plain label.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { plainText, truncate } from '../../src/core/diagram/escape';
import { stackSource } from '../../src/core/diagram/generate';
import { combinedSource, hostSource } from '../../src/core/diagram/mermaid';
import type { GridCell, HostGrid } from '../../src/core/diagram/types';
import type { PreviewDiagram } from '../../src/shared/previewProtocol';
import { openPreview, render, updateFor, type PreviewPage } from './page';
import { GRAMMAR, PREPROCESSED } from './syntax';

/** The text a label must show: what the escaper keeps of the original (no controls, no bidi overrides). */
const shown = (text: string) => plainText(text);

function cell(id: string, row: number, text: string, style: GridCell['style']): GridCell {
  return { id, row, column: 0, span: 1, style, lines: [text], key: id, source: { start: 0, end: 0 }, nested: false, continued: false };
}

/** One host with each text as a block's bold title line and as a plain caption line. */
function gridOf(texts: readonly string[]): HostGrid {
  const cells = texts.flatMap((text, i) => [cell(`b${2 * i}`, 2 * i, text, 'vm'), cell(`b${2 * i + 1}`, 2 * i + 1, text, 'caption')]);
  return { key: 'k', name: 'k', columns: 1, rows: cells.length, cells };
}

const LONG = 1_000;
/** Texts per host diagram: each diagram is drawn or fails as a whole, so hosts stay small enough to point at the culprit. */
const PER_HOST = 8;

/** A diagram to draw and the labels it must show, in any order. */
interface Case {
  readonly diagram: PreviewDiagram;
  readonly texts: readonly string[];
  readonly labels: readonly string[];
}

/**
 * Host diagrams (the preview's) of a few texts each, and per text the combined diagram (the
 * Markdown copy) with the text as its title, a block, a caption and the legend entry.
 */
function casesOf(texts: readonly string[], maxLineLength: number, prefix = ''): Case[] {
  const expected = (text: string, max = maxLineLength) => truncate(shown(text), max);
  const cases: Case[] = [];
  for (let i = 0; i < texts.length; i += PER_HOST) {
    const some = texts.slice(i, i + PER_HOST);
    cases.push({
      diagram: { key: `${prefix}h${i}`, source: hostSource(gridOf(some), { maxLineLength }), blocks: [] },
      texts: some,
      labels: some.flatMap((t) => [expected(t), expected(t)]),
    });
  }
  texts.forEach((text, i) => cases.push({
    diagram: { key: `${prefix}c${i}`, source: combinedSource([gridOf([text])], text, [{ style: 'vm', label: text }], { maxLineLength, palette: 'dark' }), blocks: [] },
    texts: [text],
    labels: [expected(text, maxLineLength * 3), expected(text), expected(text), expected(text)],
  }));
  return cases;
}

/** What the page drew for a diagram: its labels, its CSS with its id taken out, and the labels' own styles. */
interface Drawn {
  readonly labels: string[];
  readonly css: string;
  readonly labelStyles: string[];
  readonly notice: string;
}

async function drawn(preview: PreviewPage, key: string): Promise<Drawn> {
  return preview.page.$eval(`.vs-host[data-key="${key}"]`, (host) => {
    const svg = host.querySelector('svg');
    const id = svg?.id ?? '';
    return {
      labels: [...host.querySelectorAll('g.node .nodeLabel')].map((l) => l.textContent ?? ''),
      css: [...(svg?.querySelectorAll('style') ?? [])].map((s) => (s.textContent ?? '').split(id).join('#ID')).join('\n'),
      // Less the width, which follows the text.
      labelStyles: [...host.querySelectorAll('g.node foreignObject > div')].map((d) => (d.getAttribute('style') ?? '').replace(/max-width: [\d.]+px;/, '')),
      notice: svg ? '' : host.textContent ?? '',
    };
  });
}

/** Draws the texts' diagrams in one update and checks each against a plain label's. */
async function assertInert(preview: PreviewPage, texts: readonly string[], version: number, maxLineLength = LONG): Promise<void> {
  const { message } = updateFor('hardware h { }', version);
  const [plainHost, plainCombined] = casesOf(['plain label'], maxLineLength, 'plain-');
  const cases = casesOf(texts, maxLineLength);
  await render(preview, { ...message, diagrams: [plainHost, plainCombined, ...cases].map((c) => c.diagram) });
  const reference = { h: await drawn(preview, plainHost.diagram.key), c: await drawn(preview, plainCombined.diagram.key) };
  const sorted = (a: readonly string[]) => JSON.stringify([...a].sort());
  const failures: string[] = [];
  for (const c of cases) {
    const d = await drawn(preview, c.diagram.key);
    const ref = reference[c.diagram.key[0] as 'h' | 'c'];
    // Every block of a diagram has the same label styles, so one block's stand for the reference's.
    const problems = [
      d.notice && `not drawn: ${d.notice}`,
      sorted(d.labels) !== sorted(c.labels) && `labels ${JSON.stringify(d.labels)}`,
      d.css !== ref.css && 'the diagram\'s CSS differs from a plain label\'s',
      d.labelStyles.some((style) => !ref.labelStyles.includes(style)) && `label styles ${JSON.stringify(d.labelStyles)}`,
    ].filter(Boolean);
    if (problems.length > 0) failures.push(`${c.diagram.key} ${JSON.stringify(c.texts).slice(0, 300)}: ${problems.join('; ').slice(0, 500)}`);
  }
  assert.ok(failures.length === 0, `${failures.length} diagrams differ from a plain label's:\n${failures.join('\n')}`);
  assert.deepEqual((await preview.posted()).filter((m) => m.type === 'cspViolation' || m.type === 'renderError'), []);
  assert.deepEqual(preview.pageErrors, []);
}

describe('labels in the preview page are inert text', function () {
  let preview: PreviewPage;
  let version = 0;

  before(async () => {
    preview = await openPreview({}, 'light');
  });

  after(async () => {
    await preview?.page.close();
  });

  it('draws a plain label as itself (the reference the others are compared with)', async () => {
    await assertInert(preview, ['plain label', 'Hardware rack-01'], ++version);
  });

  it('draws every token of the block diagram\'s grammar as its text, with the configuration unchanged', async () => {
    await assertInert(preview, GRAMMAR, ++version);
  });

  it('draws directives, comments, front matter, entities, HTML, Markdown, KaTeX and icons as their text', async () => {
    await assertInert(preview, PREPROCESSED, ++version);
  });

  it('draws all of them run together, and cut by truncation at every length, as their text', async () => {
    const together = [GRAMMAR.join(' '), PREPROCESSED.join(''), PREPROCESSED.join(' ')];
    await assertInert(preview, together, ++version);
    // A directive, entity or separator cut anywhere by truncation stays text.
    const cut = ["%%{init: {'theme':'dark'}}%%", '#quot;#35;&amp;', '$$x$$\\n fa:fa-car', '\uFB02\u00B0lt\u00B6\u00DF'];
    const texts = cut.flatMap((t) => Array.from({ length: t.length }, (_, n) => `${'x'.repeat(n)}${t}`));
    await assertInert(preview, texts, ++version, 12);
  });

  it('draws a file\'s hostile display names and title as their text, in the preview and the Markdown copy', async () => {
    const title = '100%%{';
    const name = "%%{init: {'theme':'dark'}}%%";
    const text = `stack "${title}"\nhardware h { cpu 4; memory 8 GiB; os linux "${name}" { app a } }\n`;
    const { message } = updateFor(text, ++version);
    const model = analyze(text).model;
    await render(preview, { ...message, diagrams: [...message.diagrams, { key: 'copy', source: stackSource(model, 'light'), blocks: [] }] });
    const host = await drawn(preview, 'h');
    assert.ok(host.labels.some((l) => l.startsWith(name)), JSON.stringify(host.labels));
    const copy = await drawn(preview, 'copy');
    assert.equal(copy.labels[0], title);
    assert.ok(copy.labels.some((l) => l.startsWith(name)), JSON.stringify(copy.labels));
    const plain = updateFor(text.replace(name, 'linux'), ++version).message;
    await render(preview, plain);
    assert.equal(host.css, (await drawn(preview, 'h')).css, 'the directive did not reconfigure the diagram');
  });
});
