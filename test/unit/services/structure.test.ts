import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { foldingRanges } from '../../../src/core/services/outline/outline';
import { selectionRanges } from '../../../src/core/services/outline/outline';
import { documentSymbols, type SymbolData } from '../../../src/core/services/outline/outline';
import { offsetOf } from './cursor';
import { ENGLISH, KOREAN } from '../bundles';

const line = (t: string, offset: number): number => t.slice(0, offset).split(/\r\n|\n|\r/).length - 1;

function outline(symbols: readonly SymbolData[], depth = 0): string[] {
  return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.kind} ${s.name} (${s.detail})`, ...outline(s.children, depth + 1)]);
}

describe('document symbols', () => {
  it('nest the layers as the text nests them, named by name, product or label', () => {
    const src = 'stack "Lab"\nhardware h {\n  cpu 4 cores; memory 8 GiB\n  hypervisor kvm as hv1 {\n    vm web {\n      vcpu 2; memory 2 GiB\n      os linux "Debian 12"\n      middleware nginx { app shop }\n    }\n  }\n}\n';
    assert.deepEqual(outline(documentSymbols(analyze(src), ENGLISH)), [
      'stack Lab ()',
      'hardware h (hardware)',
      '  hypervisor hv1 (KVM) (hypervisor · type 1 (bare metal))',
      '    vm web (VM · hypervisor virtualization)',
      '      os Debian 12 (guest OS · Linux)',
      '      middleware NGINX (middleware)',
      '        app shop (app)',
    ]);
    assert.deepEqual(outline(documentSymbols(analyze(src), KOREAN)).slice(2, 4), ['  hypervisor hv1 (KVM) (하이퍼바이저 · 유형 1 (베어메탈))', '    vm web (가상 머신 · 하이퍼바이저 가상화)']);
  });

  it('select the name inside the full statement, for every symbol of an example', () => {
    const visit = (list: readonly SymbolData[], outer?: SymbolData): void => {
      for (const s of list) {
        assert.ok(s.name.length > 0);
        assert.ok(s.start <= s.selectionStart && s.selectionEnd <= s.end, `${s.name}: selection outside its range`);
        if (outer) assert.ok(outer.start <= s.start && s.end <= outer.end, `${s.name} outside ${outer.name}`);
        visit(s.children, s);
      }
    };
    for (const f of ['datacenter.virt', 'mistakes.virt', 'container.virt']) visit(documentSymbols(analyze(readFileSync(join(__dirname, '../../../examples', f), 'utf8')), ENGLISH));
  });
});

describe('folding ranges', () => {
  it('fold each multi-line block up to the line before its closing brace, and comment runs and regions', () => {
    const src = '# a\n# b\nhardware h {\n  cpu 4 cores\n  # region vms\n  hypervisor kvm {\n    vm a { vcpu 1 }\n  }\n  # endregion\n}\nhardware g { cpu 1 }\n';
    const got = foldingRanges(analyze(src), src).map((f) => `${line(src, f.start)}-${line(src, f.end)}${f.kind ? ` ${f.kind}` : ''}`);
    assert.deepEqual(got, ['0-1 comment', '2-8', '4-8 region', '5-6']);
  });
});

describe('selection ranges', () => {
  it('grow from a word to its value, statement, block content, enclosing statements and the file', () => {
    const src = 'hardware h {\n  os linux {\n    app a { memory 1 GiB..4 GiB }\n  }\n}\n';
    const spans = selectionRanges(analyze(src), src, offsetOf(src, '4 GiB', 1));
    assert.deepEqual(spans.map((s) => src.slice(s.start, s.end)), [
      '4 GiB', '1 GiB..4 GiB', 'memory 1 GiB..4 GiB', 'app a { memory 1 GiB..4 GiB }',
      'os linux {\n    app a { memory 1 GiB..4 GiB }\n  }', 'hardware h {\n  os linux {\n    app a { memory 1 GiB..4 GiB }\n  }\n}', src,
    ]);
    for (let i = 1; i < spans.length; i++) assert.ok(spans[i].start <= spans[i - 1].start && spans[i].end >= spans[i - 1].end);
  });

  it('select the inside of a string before the string', () => {
    const src = 'hardware h { os linux "Debian 12" }\n';
    const spans = selectionRanges(analyze(src), src, offsetOf(src, 'Debian', 2));
    assert.deepEqual(spans.slice(0, 3).map((s) => src.slice(s.start, s.end)), ['Debian 12', '"Debian 12"', 'os linux "Debian 12"']);
  });

  it('are strictly nested for every offset of an example', () => {
    const src = readFileSync(join(__dirname, '../../../examples/mistakes.virt'), 'utf8');
    const a = analyze(src);
    for (let offset = 0; offset <= src.length; offset += 7) {
      const spans = selectionRanges(a, src, offset);
      assert.ok(spans.length > 0 && spans[0].start <= offset && offset <= spans[0].end);
      for (let i = 1; i < spans.length; i++) assert.ok(spans[i].start <= spans[i - 1].start && spans[i].end >= spans[i - 1].end && (spans[i].end - spans[i].start) > (spans[i - 1].end - spans[i - 1].start));
    }
  });
});
