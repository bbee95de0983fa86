import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { layoutStack, mermaidMarkdown, stackDiagrams, stackSource } from '../../src/core/diagram/generate';
import { layerAt, layerKey } from '../../src/core/diagram/locate';
import { DEFAULT_DIAGRAM_OPTIONS } from '../../src/core/diagram/strings';
import type { GridCell, HostGrid } from '../../src/core/diagram/types';

const example = (name: string) => readFileSync(join(__dirname, '..', '..', 'examples', name), 'utf8');
const grids = (text: string) => layoutStack(analyze(text).model);

/** The cells of a grid row, left to right, as `style:first line`. */
function row(grid: HostGrid, r: number): string[] {
  return grid.cells.filter((c) => c.row === r).sort((a, b) => a.column - b.column).map((c) => `${c.style}:${c.lines[0]}`);
}

/** Rows of a mermaid block source with the number of columns each fills (`space:n`, `id["…"]:n`). */
function rowWidths(source: string): { columns: number; widths: number[] } {
  const lines = source.split('\n');
  const columns = Number(/columns (\d+)/.exec(source)?.[1]);
  const rows = lines.filter((l) => /^\s+(space|\w+\[")/.test(l));
  const widths = rows.map((l) => {
    // Labels may hold anything but a quote, so strip them before counting.
    const bare = l.replace(/\["[^"]*"\]/g, '[]');
    return bare.trim().split(/\s+/).reduce((n, tok) => n + Number(/:(\d+)$/.exec(tok)?.[1] ?? 1), 0);
  });
  return { columns, widths };
}

describe('diagram layout', () => {
  it('draws host-OS virtualization as the article\'s table: hardware, host OS, type-2 hypervisor, VMs, guest OS, middleware, app', () => {
    const [g] = grids(example('host-os.virt'));
    assert.equal(g.columns, 3);
    assert.deepEqual(row(g, 0), ['hardware:Hardware desktop']);
    assert.deepEqual(row(g, 1), ['os:Windows 11 Pro']);
    assert.deepEqual(row(g, 2), ['hypervisor:Oracle VirtualBox']);
    assert.deepEqual(row(g, 3), ['vm:VM web-dev', 'vm:VM api-dev', 'vm:VM db-dev']);
    assert.deepEqual(row(g, 4).map((c) => c.split(':')[0]), ['os', 'os', 'os']);
    assert.deepEqual(row(g, 5), ['middleware:NGINX 1.27', 'middleware:Node.js 22', 'middleware:PostgreSQL 16']);
    assert.deepEqual(row(g, 6), ['app:App site', 'app:App orders-api', 'app:App inventory-db']);
    assert.deepEqual(row(g, 7), ['caption:Host-OS virtualization · type 2']);
    const spans = g.cells.filter((c) => c.row <= 2 || c.row === 7).map((c) => c.span);
    assert.deepEqual(spans, [3, 3, 3, 3], 'hardware, host OS, hypervisor and caption span every column');
    assert.deepEqual(g.cells.find((c) => c.row === 4)?.lines, ['Ubuntu 24.04', 'Guest OS · Linux']);
  });

  it('puts a type-1 hypervisor straight on the hardware, with no host OS', () => {
    const [g] = grids(example('hypervisor.virt'));
    assert.deepEqual(row(g, 0), ['hardware:Hardware rack-01']);
    assert.deepEqual(row(g, 1), ['hypervisor:VMware ESXi']);
    assert.deepEqual(row(g, 2), ['vm:VM web', 'vm:VM app', 'vm:VM db']);
    assert.deepEqual(row(g, g.rows - 1), ['caption:Hypervisor virtualization · type 1']);
    assert.deepEqual(g.cells.find((c) => c.style === 'hypervisor')?.lines, ['VMware ESXi', 'Hypervisor · type 1']);
  });

  it('draws container virtualization with the runtime spanning its containers on one shared OS', () => {
    const [g] = grids(example('container.virt'));
    assert.deepEqual(row(g, 1), ['os:Ubuntu 24.04']);
    assert.deepEqual(row(g, 2), ['runtime:Docker Engine']);
    assert.deepEqual(row(g, 3), ['container:Container frontend', 'container:Container api', 'container:Container cache']);
    assert.deepEqual(row(g, 4).map((c) => c.split(':')[0]), ['os', 'os', 'os']);
    assert.equal(g.cells.find((c) => c.row === 4)?.lines[1], 'User space · Linux');
    assert.deepEqual(row(g, g.rows - 1), ['caption:Container virtualization']);
    assert.deepEqual(g.cells.find((c) => c.key === 'hardware:node-a/os:linux/runtime:docker/container:api')?.lines, ['Container api', '1–4 CPU / 512 MiB–2 GiB']);
  });

  it('labels resources as 4 vCPU / 16 GiB, and leaves them out when asked', () => {
    const text = 'hardware h { cpu 8 cores; memory 32 GiB; hypervisor kvm { vm web { vcpu 4; memory 16 GiB; os linux } } }';
    const vm = (showResources: boolean) => layoutStack(analyze(text).model, { ...DEFAULT_DIAGRAM_OPTIONS, showResources })[0].cells.find((c) => c.style === 'vm');
    assert.deepEqual(vm(true)?.lines, ['VM web', '4 vCPU / 16 GiB']);
    assert.deepEqual(vm(false)?.lines, ['VM web']);
  });

  it('draws nested virtualization inside the columns of its VM, marked as nested', () => {
    const kvm = grids(example('nested.virt')).find((g) => g.name === 'lab-01');
    assert.ok(kvm);
    const lab = kvm.cells.find((c) => c.lines[0] === 'VM ci-lab') as GridCell;
    const inner = kvm.cells.filter((c) => c.nested);
    assert.deepEqual(inner.map((c) => c.lines[0]), ['lab-kvm (KVM)', 'VM ci-runner-1', 'Fedora 41', 'Job image-build-1', 'VM ci-runner-2', 'Fedora 41', 'Job image-build-2']);
    for (const c of inner) {
      assert.ok(c.row > lab.row && c.column >= lab.column && c.column + c.span <= lab.column + lab.span, `${c.lines[0]} lies inside ci-lab`);
    }
    assert.equal(inner[0].lines[1], 'Hypervisor · nested · type 1');
  });

  it('captions every branch of a host with its kind of virtualization', () => {
    const byHost = Object.fromEntries(grids(example('datacenter.virt')).map((g) => [g.name, row(g, g.rows - 1)]));
    assert.deepEqual(byHost, {
      'esx-01': ['caption:Hypervisor virtualization · type 1'],
      'kvm-01': ['caption:Hypervisor virtualization · type 1'],
      'hv-01': ['caption:Hypervisor virtualization · type 1'],
      'k8s-01': ['caption:Container virtualization', 'caption:Container virtualization · sandboxed'],
      'fc-01': ['caption:Host-OS virtualization · type 2'],
      'batch-01': ['caption:No virtualization'],
    });
    const k8s = grids(example('datacenter.virt')).find((g) => g.name === 'k8s-01') as HostGrid;
    assert.deepEqual(k8s.cells.filter((c) => c.style === 'caption').map((c) => [c.column, c.span]), [[0, 3], [3, 1]]);
  });

  it('says a branch is not valid where it stands instead of naming a kind of virtualization (issue 13)', () => {
    // Each of these is an error (VS201, VS200 twice, VS205): a type-2 hypervisor needs a host OS,
    // a type-1 one the hardware, a runtime an OS kernel.
    const captions = (text: string): string[] => grids(text).flatMap((g) => row(g, g.rows - 1));
    const host = (inner: string): string => `hardware h { cpu 8 cores; memory 16 GiB\n${inner}\n}\n`;
    assert.deepEqual(captions(host('hypervisor virtualbox { vm a { vcpu 1; memory 1 GiB; os linux } }')), ['caption:Not valid here · see Problems']);
    assert.deepEqual(captions(host('os linux { hypervisor kvm { } ; app x }')), ['caption:Not valid here · see Problems', 'caption:No virtualization']);
    assert.deepEqual(captions(host('runtime docker { container c { cpu 1; memory 1 GiB } }')), ['caption:Not valid here · see Problems']);
    // The same products where they belong keep their kind.
    assert.deepEqual(captions(host('os windows { hypervisor virtualbox { } }')), ['caption:Host-OS virtualization · type 2']);
    assert.deepEqual(captions(host('hypervisor kvm { }')), ['caption:Hypervisor virtualization · type 1']);
  });

  it('gives a host without anything on it one block and no caption row', () => {
    const [g] = grids(example('hello.virt'));
    assert.deepEqual(g.cells.map((c) => c.lines), [['Hardware box', '8 cores / 32 GiB']]);
    assert.equal(g.rows, 1);
  });
});

describe('diagram source', () => {
  for (const name of ['hello.virt', 'host-os.virt', 'hypervisor.virt', 'container.virt', 'datacenter.virt', 'nested.virt', 'mistakes.virt']) {
    it(`fills every row of ${name} exactly, in each host and combined`, () => {
      const model = analyze(example(name)).model;
      for (const source of [...stackDiagrams(model).hosts.map((h) => h.source), stackSource(model)]) {
        const { columns, widths } = rowWidths(source);
        assert.ok(columns >= 1);
        assert.deepEqual(widths, widths.map(() => columns), source);
      }
    });
  }

  it('writes one diagram per host with block ids local to the host, so hosts render and cache apart', () => {
    const d = stackDiagrams(analyze(example('datacenter.virt')).model);
    assert.deepEqual(d.hosts.map((h) => h.key), ['esx-01', 'kvm-01', 'hv-01', 'k8s-01', 'fc-01', 'batch-01']);
    for (const h of d.hosts) {
      assert.match(h.source, /^block-beta\n {2}columns \d+\n/);
      assert.equal(h.blocks[0].id, 'b0');
      assert.equal(new Set(h.blocks.map((b) => b.id)).size, h.blocks.length);
    }
    assert.equal(d.blockCount, d.hosts.reduce((n, h) => n + h.blocks.length, 0));
    assert.deepEqual(d.legend.map((l) => l.style), ['hardware', 'hypervisor', 'os', 'vm', 'runtime', 'container', 'middleware', 'app', 'job']);
  });

  it('leaves the other hosts\' sources untouched by an edit in one host, and every source by a comment', () => {
    const text = example('datacenter.virt');
    const before = stackDiagrams(analyze(text).model).hosts;
    const edited = stackDiagrams(analyze(text.replace('vm acme-web {', 'vm acme-www {')).model).hosts;
    assert.deepEqual(edited.map((h, i) => h.source === before[i].source), [false, true, true, true, true, true]);
    const commented = stackDiagrams(analyze(`# a new comment\n${text.replace('# two days', '# three days')}`).model).hosts;
    assert.deepEqual(commented.map((h) => h.source), before.map((h) => h.source));
  });

  it('numbers hosts that share a name so that each keeps its own diagram', () => {
    const d = stackDiagrams(analyze('hardware a { }\nhardware a { }\nhardware b { }').model);
    assert.deepEqual(d.hosts.map((h) => h.key), ['a', 'a#1', 'b']);
  });

  it('places hosts side by side in the combined source, hardware on one row, legend below, colours as classDefs', () => {
    const source = stackSource(analyze(example('datacenter.virt')).model, 'dark');
    // A host is as many columns wide as the leaves side by side on it: esx-01 two VMs, kvm-01 two
    // VMs, hv-01 two VMs, k8s-01 four containers, fc-01 three microVMs, batch-01 two workloads.
    assert.match(source, /columns 20\n/, '2 + 2 + 2 + 4 + 3 + 2 columns and 5 gaps');
    const hardwareRow = source.split('\n').find((l) => l.includes('h0b0['));
    for (let h = 0; h < 6; h++) assert.ok(hardwareRow?.includes(`h${h}b0[`), `host ${h} on the hardware row`);
    assert.match(source, /title\["<b>Mixed data centre<\/b>"\]:20/);
    assert.match(source, /legend0\["Hardware"\]/);
    assert.match(source, /classDef vm fill:#1e3a8a,stroke:#60a5fa,color:#dbeafe/);
    // The dashed border of nested blocks is defined only where there are some (nested.virt).
    assert.doesNotMatch(source, /classDef nested/);
    assert.match(stackSource(analyze(example('nested.virt')).model, 'dark'), /classDef nested stroke-dasharray/);
  });

  it('wraps the source in a mermaid fence for Markdown', () => {
    assert.equal(mermaidMarkdown('block-beta\n  a\n'), '```mermaid\nblock-beta\n  a\n```\n');
  });

  it('shows an empty stack as no hosts', () => {
    const d = stackDiagrams(analyze('stack "Empty"\n').model);
    assert.deepEqual([d.hosts.length, d.blockCount, d.title], [0, 0, 'Empty']);
  });
});

describe('diagram navigation data', () => {
  it('keys every block by its path, the same key the locator gives the layer', () => {
    for (const name of ['host-os.virt', 'container.virt', 'datacenter.virt', 'nested.virt', 'mistakes.virt']) {
      const { model } = analyze(example(name));
      const keys = new Set(layoutStack(model).flatMap((g) => g.cells.map((c) => c.key)));
      for (const layer of model.layers) {
        let top = layer;
        while (top.parent) top = top.parent;
        if (model.hosts.includes(top)) assert.ok(keys.has(layerKey(layer)), `${name}: ${layerKey(layer)}`);
      }
    }
  });

  it('points each block at its declaration line, without the block', () => {
    const text = example('hypervisor.virt');
    const [g] = grids(text);
    const slice = (c: GridCell | undefined) => (c ? text.slice(c.source.start, c.source.end) : '');
    assert.equal(slice(g.cells.find((c) => c.lines[0] === 'VM web')), 'vm web');
    assert.equal(slice(g.cells.find((c) => c.style === 'hypervisor')), 'hypervisor esxi');
    assert.equal(slice(g.cells.find((c) => c.lines[0] === 'PostgreSQL 16')), 'middleware postgresql "PostgreSQL 16"');
    assert.equal(slice(g.cells.find((c) => c.style === 'caption')), 'hypervisor esxi');
  });

  it('finds the innermost layer under the cursor', () => {
    const text = example('hypervisor.virt');
    const { model } = analyze(text);
    const at = (needle: string, delta = 0) => layerAt(model, text.indexOf(needle) + delta);
    assert.equal(layerKey(at('vcpu 16') ?? model.hosts[0]), 'hardware:rack-01/hypervisor:esxi/vm:app');
    assert.equal(at('app storefront', 5)?.name, 'storefront');
    assert.equal(at('cpu 32 cores')?.kind, 'hardware');
    assert.equal(at('# Hypervisor virtualization'), undefined);
  });
});
