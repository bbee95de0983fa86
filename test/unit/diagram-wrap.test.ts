import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { layoutStack, stackDiagrams, stackSource } from '../../src/core/diagram/generate';
import { layerKey } from '../../src/core/diagram/locate';
import { hostSource } from '../../src/core/diagram/mermaid';
import { DEFAULT_DIAGRAM_OPTIONS } from '../../src/core/diagram/strings';
import type { GridCell, HostGrid } from '../../src/core/diagram/types';
import { segmentsOf } from '../../src/core/diagram/wrap';
import { showStack } from '../../src/extension/preview/update';

const example = (name: string) => readFileSync(join(__dirname, '..', '..', 'examples', name), 'utf8');
const EXAMPLES = ['hello.virt', 'host-os.virt', 'hypervisor.virt', 'container.virt', 'datacenter.virt', 'mistakes.virt'];
const wrapped = (text: string, maxColumns: number) => layoutStack(analyze(text).model, { ...DEFAULT_DIAGRAM_OPTIONS, maxColumns });
const host = (grids: HostGrid[], key: string) => grids.find((g) => g.key === key) as HostGrid;

/** k8s-01 of the data centre: containerd with three containers and Kata with one, on one host OS. */
const K8S = `hardware k8s { os linux {
  runtime containerd { container a { app a1 } container b { app b1 } container c { app c1 } }
  runtime kata { container d { app d1 } }
} }
`;

/** The cell under a column of a row, if any. */
const at = (g: HostGrid, row: number, column: number): GridCell | undefined =>
  g.cells.find((c) => c.row === row && c.column <= column && column < c.column + c.span);

describe('diagram wrapping: a host wider than the panel wraps into bands', () => {
  it('leaves a host that fits the budget exactly as it is without one', () => {
    for (const name of EXAMPLES) {
      const plain = layoutStack(analyze(example(name)).model);
      const budget = Math.max(...plain.map((g) => g.columns));
      assert.deepEqual(wrapped(example(name), budget), plain, name);
    }
  });

  it('cuts between whole branches when they fit, and between children only inside a branch that does not', () => {
    const { model } = analyze(K8S);
    const width = (l: (typeof model.layers)[number]): number => Math.max(1, l.children.reduce((n, c) => n + width(c), 0));
    // 4 columns: containerd (3) and Kata (1). With 3 a column, containerd stays whole and Kata goes to the next band.
    assert.deepEqual(segmentsOf(model.hosts[0], width, 3), [[0, 3], [3, 4]]);
    // With 2, containerd is cut between its containers; Kata's container fills the second band.
    assert.deepEqual(segmentsOf(model.hosts[0], width, 2), [[0, 2], [2, 4]]);
    assert.deepEqual(segmentsOf(model.hosts[0], width, 1), [[0, 1], [1, 2], [2, 3], [3, 4]]);
    // A fractional or smaller budget counts as whole columns, at least one.
    assert.deepEqual(segmentsOf(model.hosts[0], width, 0.5), [[0, 1], [1, 2], [2, 3], [3, 4]]);
    assert.deepEqual(segmentsOf(model.hosts[0], width, 4), [[0, 4]]);
  });

  it('draws each band as a slice of the host from its hardware up, the first band on top and one empty row between bands', () => {
    const [g] = wrapped(K8S, 3);
    assert.equal(g.columns, 3);
    // Band 1 (top): caption, apps, containers, containerd, OS, hardware = 6 rows; a gap; band 2 the same height.
    assert.equal(g.rows, 6 + 1 + 6);
    const titles = (row: number) => g.cells.filter((c) => c.row === row).sort((a, b) => a.column - b.column).map((c) => `${c.continued ? '…' : ''}${c.lines[0]}`);
    assert.deepEqual(titles(12), ['Container virtualization']);
    assert.deepEqual(titles(10), ['Container a', 'Container b', 'Container c']);
    assert.deepEqual(titles(9), ['containerd']);
    assert.deepEqual(titles(8), ['Linux']);
    assert.deepEqual(titles(7), ['Hardware k8s']);
    assert.deepEqual(titles(6), [], 'the gap between the bands');
    assert.deepEqual(titles(5), ['Container virtualization · sandboxed']);
    assert.deepEqual(titles(3), ['Container d']);
    // A runtime's title is its catalogue name (labels.ts).
    assert.deepEqual(titles(2), ['Kata Containers']);
    // The OS and the hardware under the cut are repeated under the second band, marked as continued.
    assert.deepEqual(titles(1), ['…Linux']);
    assert.deepEqual(titles(0), ['…Hardware k8s']);
  });

  for (const budget of [1, 2, 3]) {
    it(`keeps every block standing on its own layer, no band wider than ${budget} column(s), and covers each layer's columns once (examples)`, () => {
      for (const name of EXAMPLES) {
        const plain = layoutStack(analyze(example(name)).model);
        for (const g of wrapped(example(name), budget)) {
          const before = host(plain, g.key);
          assert.ok(g.columns <= Math.max(budget, 1), `${name} ${g.key}: ${g.columns} columns`);
          for (const c of g.cells) {
            assert.ok(c.column + c.span <= g.columns, `${name} ${g.key} ${c.key} inside the grid`);
            // The article's reading: the block right under a layer is the layer it runs on, or a
            // virtual switch that layer runs, which stands between it and its VMs (issue 14).
            const parent = c.key.split('/').slice(0, -1).join('/');
            if (c.style !== 'caption' && c.style !== 'switch' && parent !== '') {
              for (let col = c.column; col < c.column + c.span; col++) {
                let row = c.row - 1;
                while (c.key.includes('/') && at(g, row, col)?.style === 'switch') row--;
                assert.equal(at(g, row, col)?.key, parent, `${name} ${g.key}: ${c.key} stands on ${parent}`);
              }
            }
          }
          // Each layer keeps its columns: its pieces add up to its span, the first piece is the one not continued.
          for (const c of before.cells) {
            const pieces = g.cells.filter((p) => p.key === c.key);
            assert.equal(pieces.reduce((n, p) => n + p.span, 0), c.span, `${name} ${g.key} ${c.key}`);
            assert.deepEqual(pieces.map((p) => p.continued), pieces.map((_, i) => i > 0), `${name} ${g.key} ${c.key}`);
            // A piece reveals the same declaration and keeps the whole label for its tooltip.
            for (const p of pieces) assert.deepEqual([p.source, p.lines], [c.source, c.lines], `${name} ${g.key} ${c.key}`);
          }
          assert.deepEqual(g.cells.map((c) => c.id), g.cells.map((_, i) => `b${i}`), 'ids stay local and dense');
        }
      }
    });
  }

  it('writes a continued block as its title after an ellipsis, filling every row of the source exactly', () => {
    const source = hostSource(host(wrapped(example('datacenter.virt'), 3), 'k8s-01'), { maxLineLength: 36 });
    assert.match(source, /b\d+\["<b>… Hardware k8s-01<\/b>"\]/);
    assert.doesNotMatch(source, /… Hardware k8s-01<\/b><br>/, 'the resources are said once, in the first band');
    assert.match(source, /^ {2}columns 3$/m);
    for (const line of source.split('\n').filter((l) => /^\s+(space|b\d+\[)/.test(l))) {
      const width = line.replace(/\["[^"]*"\]/g, '[]').trim().split(/\s+/).reduce((n, tok) => n + Number(/:(\d+)$/.exec(tok)?.[1] ?? 1), 0);
      assert.equal(width, 3, line);
    }
  });

  it('maps the cursor to the first piece of a wrapped layer and a click on any piece to the layer\'s declaration', () => {
    const text = example('datacenter.virt');
    const { model } = analyze(text);
    const stack = stackDiagrams(model, { ...DEFAULT_DIAGRAM_OPTIONS, maxColumns: 3 });
    const shown = showStack(stack, 1);
    const k8s = model.hosts.find((h) => h.name === 'k8s-01');
    assert.ok(k8s);
    const at = shown.byKey.get(layerKey(k8s));
    const blocks = stack.hosts.find((h) => h.key === 'k8s-01')?.blocks ?? [];
    const pieces = blocks.filter((b) => b.key === layerKey(k8s));
    assert.equal(pieces.length, 2, 'the hardware is drawn under both bands');
    assert.deepEqual(at, { diagram: 'k8s-01', block: pieces[0].id });
    for (const p of pieces) assert.equal(text.slice(p.source.start, p.source.end), 'hardware k8s-01');
  });

  it('leaves exports and Copy as Mermaid unwrapped: the combined source has no continued block', () => {
    assert.doesNotMatch(stackSource(analyze(example('datacenter.virt')).model), /…/);
  });
});
