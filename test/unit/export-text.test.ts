// Output for documents (issue 15): Markdown tables, the text of an SVG's <desc>, XML safety and
// the print palette. Expected values follow GitHub-flavoured Markdown's table rules, XML 1.0's
// Char production and WCAG's contrast formula, not the code under test.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analyze';
import { contrastRatio, EXPORT_THEMES, exportBackground, exportPalette, LEGEND_ORDER, PALETTES, PRINT_BORDERS } from '../../src/core/diagram/palette';
import { simulate } from '../../src/core/simulation';
import { buildView, english } from '../../src/extension/simulation/view';
import { MAX_DESCRIPTION_LINES, markdownCell, markdownTable, stackDescription } from '../../src/core/export/text';
import { xmlChars, xmlText } from '../../src/core/export/xml';

const KINDS = { hardware: 'Hardware', hypervisor: 'Hypervisor', os: 'OS', vm: 'VM', desktops: 'Desktops', runtime: 'Runtime', container: 'Container', middleware: 'Middleware', app: 'App', job: 'Job' } as const;

/** Splits a GFM table row into its cells as cmark-gfm's scanner does: a cell is escaped pairs (`\\` and any character) or characters other than `|`. */
function cellsOf(row: string): string[] {
  const inner = row.slice(1, -1);
  const cells = inner.match(/(?:\\.|[^|\\])*(?:\||$)/g) ?? [];
  return cells.filter((c, i) => c !== '' || i < cells.length - 1).map((c) => c.replace(/\|$/, '').trim());
}

describe('export: Markdown tables', () => {
  it('escapes backslashes, pipes and HTML, and writes line breaks as <br>', () => {
    assert.equal(markdownCell('a|b'), 'a\\|b');
    assert.equal(markdownCell('C:\\vm'), 'C:\\\\vm');
    assert.equal(markdownCell('\\|'), '\\\\\\|');
    assert.equal(markdownCell('<script>'), '\\<script>');
    assert.equal(markdownCell('one\ntwo\r\nthree\rfour'), 'one<br>two<br>three<br>four');
    assert.equal(markdownCell('  padded  '), 'padded');
  });

  it('builds a header, a delimiter row and one line per row, each with as many cells as the widest', () => {
    const md = markdownTable(['Kind', 'Servers'], [['VMs', '3'], ['Bare metal']]);
    assert.equal(md, '| Kind | Servers |\n| --- | --- |\n| VMs | 3 |\n| Bare metal | |\n');
    assert.equal(markdownTable([], []), '| |\n| --- |\n');
  });

  it('keeps hostile cells inside their column: every row splits into exactly the header\'s cells', () => {
    const hostile = ['a|b', 'x\\|y', 'line\nbreak', '|', '\\', '\\\\|', '| --- |', '`|`', '<b>|</b>'];
    const md = markdownTable(['Name', 'Value'], hostile.map((h) => [h, h]));
    const lines = md.trimEnd().split('\n');
    assert.equal(lines.length, hostile.length + 2);
    for (const line of lines.slice(2)) assert.equal(cellsOf(line).length, 2, line);
  });
});

describe('export: XML text', () => {
  it('escapes the five markup characters and drops what XML 1.0 cannot hold', () => {
    assert.equal(xmlText(`</desc><script>&"'`), '&lt;/desc&gt;&lt;script&gt;&amp;&quot;&apos;');
    assert.equal(xmlChars('a\u0000b\u0008c\u000bd\u001fe\ufffef\uffffg'), 'abcdefg');
    assert.equal(xmlChars('tab\tnl\ncr\r'), 'tab\tnl\ncr\r');
    assert.equal(xmlChars('lone \ud800 high, lone \udc00 low, pair \ud83d\ude00'), 'lone  high, lone  low, pair \ud83d\ude00');
  });
});

describe('export: the stack as text', () => {
  it('writes one line per host and layer, indented under what it runs on, with labels and products', () => {
    const { model } = analyze('stack "Lab"\nhardware h1 {\n  hypervisor kvm {\n    vm web {\n      os linux "Ubuntu 24.04"\n    }\n  }\n}\nhardware h2 {\n}\n');
    assert.equal(stackDescription(model, KINDS, '{0} more'), [
      'Hardware h1',
      '  Hypervisor kvm (KVM)',
      '    VM web',
      '      OS linux (Ubuntu 24.04)',
      'Hardware h2',
    ].join('\n'));
  });

  it('keeps hostile names as text, one line each, and cuts a huge stack short', () => {
    const { model } = analyze('hardware "a</desc>\\nb" {\n}\n');
    const text = stackDescription(model, KINDS, '{0} more');
    assert.equal(text.split('\n').length, 1);
    const vms = Array.from({ length: MAX_DESCRIPTION_LINES + 5 }, (_, i) => `    vm v${i}`).join('\n');
    const big = analyze(`hardware h {\n  hypervisor kvm {\n${vms}\n  }\n}\n`).model;
    const lines = stackDescription(big, KINDS, '{0} more').split('\n');
    assert.equal(lines.length, MAX_DESCRIPTION_LINES + 1);
    assert.equal(lines.at(-1), '7 more');
  });
});

describe('export: print theme', () => {
  it('is black text on white paper, in greys only, with AAA contrast (7:1) on every block', () => {
    const grey = (hex: string): boolean => hex.slice(1, 3) === hex.slice(3, 5) && hex.slice(3, 5) === hex.slice(5, 7);
    assert.deepEqual(exportBackground('print'), { fill: '#ffffff', stroke: '#000000', text: '#000000' });
    for (const kind of LEGEND_ORDER) {
      const s = exportPalette('print')[kind];
      assert.equal(s.text, '#000000', kind);
      assert.equal(s.stroke, '#000000', kind);
      assert.ok(grey(s.fill), `${kind}: ${s.fill} is a grey`);
      assert.ok(contrastRatio(s.text, s.fill) >= 7, `${kind}: ${contrastRatio(s.text, s.fill).toFixed(2)}`);
      assert.ok(PRINT_BORDERS[kind].width >= 1.5, `${kind}: a strong border`);
    }
  });

  it('tells every kind apart in grey scale, by its fill and its border pattern together', () => {
    const looks = LEGEND_ORDER.map((k) => `${exportPalette('print')[k].fill} ${PRINT_BORDERS[k].dash}`);
    assert.equal(new Set(looks).size, LEGEND_ORDER.length);
    // Fills are far enough apart to survive a photocopy: at least 1.15:1 between the greys used.
    const fills = [...new Set(LEGEND_ORDER.map((k) => exportPalette('print')[k].fill))].sort();
    for (let i = 1; i < fills.length; i++) assert.ok(contrastRatio(fills[i - 1], fills[i]) >= 1.15, `${fills[i - 1]} vs ${fills[i]}`);
  });

  it('gives the other export themes the preview\'s own palettes', () => {
    assert.deepEqual(EXPORT_THEMES, ['light', 'dark', 'highContrast', 'highContrastLight', 'print']);
    assert.equal(exportPalette('dark'), PALETTES.dark);
    assert.equal(exportBackground('light').fill, '#ffffff');
  });
});

describe('export: the simulation\'s tables as Markdown', () => {
  it('gives back every cell of the consolidation table and the summary of a real run', () => {
    const text = readFileSync(`${__dirname}/../../examples/datacenter.virt`, 'utf8');
    const outcome = simulate(analyze(text));
    assert.equal(outcome.status, 'done');
    const view = buildView((outcome as Extract<typeof outcome, { status: 'done' }>).result, 'datacenter.virt', 1, english);
    const tables = [view.consolidation!.table, { head: ['Metric', 'Value', 'What it means'], rows: view.cards.map((c) => [c.label, c.value, c.hint]) }];
    // GFM unescapes a backslash before any ASCII punctuation.
    const unescape = (cell: string): string => cell.replace(/\\([!-/:-@[-`{-~])/g, '$1');
    for (const table of tables) {
      const lines = markdownTable(table.head, table.rows).trimEnd().split('\n');
      assert.deepEqual(cellsOf(lines[0]).map(unescape), table.head.map((h) => h.trim()));
      assert.deepEqual(lines.slice(2).map((l) => cellsOf(l).map(unescape)), table.rows.map((r) => r.map((c) => c.trim().replace(/\r?\n/g, '<br>'))));
    }
  });
});
