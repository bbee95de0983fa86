import * as assert from 'node:assert/strict';
import type { Arg } from '../../src/core/syntax/ast';
import { MAX_DEPTH, parse } from '../../src/core/syntax/parser';

describe('parser', () => {
  it('builds statements with arguments, blocks and exact ranges', () => {
    const text = 'hardware node1 {\n  cpu 32 cores\n  memory 256 MiB..1 GiB\n}\n';
    const { tree, diagnostics } = parse(text);
    assert.equal(diagnostics.length, 0);
    const hw = tree.statements[0];
    assert.equal(hw.keyword, 'hardware');
    assert.equal(text.slice(hw.start, hw.end), text.trimEnd());
    const [cpu, memory] = hw.block!.statements;
    assert.deepEqual(cpu.args[0], { kind: 'quantity', value: 32, unit: 'cores', start: 23, end: 31 });
    const range = memory.args[0];
    assert.equal(range.kind, 'range');
    assert.equal(text.slice(range.start, range.end), '256 MiB..1 GiB');
  });

  it('treats ; and line ends alike, and a block may follow on one line', () => {
    const { tree, diagnostics } = parse('hardware a { cpu 4; memory 8 GiB; os linux "Debian" { app x } }');
    assert.equal(diagnostics.length, 0);
    assert.deepEqual(tree.statements[0].block!.statements.map((s) => s.keyword), ['cpu', 'memory', 'os']);
  });

  it('recovers from garbage and reports every error in one pass', () => {
    const text = 'hardware a {\n  cpu 4 @@\n  "loose string"\n  memory 8 GiB\n}\n} \n42 x\nhardware b { cpu 2 }\n';
    const { tree, diagnostics } = parse(text);
    assert.deepEqual(diagnostics.map((d) => d.code), ['VS001', 'VS003', 'VS005', 'VS003']);
    assert.deepEqual(tree.statements.map((s) => s.keyword), ['hardware', 'hardware']);
    assert.deepEqual(tree.statements[0].block!.statements.map((s) => s.keyword), ['cpu', 'memory']);
  });

  it('reports an unclosed block at its brace and keeps what it holds', () => {
    const text = 'hardware a {\n  cpu 4\n  hypervisor kvm {\n    vm x { vcpu 2';
    const { tree, diagnostics } = parse(text);
    assert.deepEqual(diagnostics.map((d) => [d.code, text.slice(d.start, d.end)]), [['VS004', '{'], ['VS004', '{'], ['VS004', '{']]);
    assert.equal(tree.statements[0].block!.statements[1].block!.statements[0].keyword, 'vm');
  });

  it('attaches a block opened on the next line, with a diagnostic', () => {
    const { tree, diagnostics } = parse('hardware a\n{\n  cpu 4\n}\n');
    assert.deepEqual(diagnostics.map((d) => d.code), ['VS009']);
    assert.equal(tree.statements[0].block!.statements[0].keyword, 'cpu');
  });

  it('reads Korean names and strings', () => {
    const { tree, diagnostics } = parse('vm 웹서버 { os linux "우분투 24.04" }');
    assert.equal(diagnostics.length, 0);
    assert.equal(tree.statements[0].args[0].kind === 'word' && tree.statements[0].args[0].text, '웹서버');
  });

  it('survives 10,000 levels of nesting with one diagnostic', () => {
    const depth = 10_000;
    const text = 'hardware a {'.repeat(depth) + '}'.repeat(depth) + '\nhardware after { cpu 1 }';
    const { tree, diagnostics } = parse(text);
    assert.deepEqual(diagnostics.map((d) => d.code), ['VS006']);
    assert.equal(diagnostics[0].start, 'hardware a {'.length * MAX_DEPTH + 'hardware a '.length);
    assert.equal(tree.statements[1].keyword, 'hardware', 'the statement after the deep block is still read');
  });

  it('reports a range without an upper bound', () => {
    const { diagnostics } = parse('cpu 0.5.. x');
    assert.deepEqual(diagnostics.map((d) => d.code), ['VS008']);
  });

  it('reports numbers that are not finite', () => {
    const { diagnostics } = parse('cpu 1e999 cores');
    assert.deepEqual(diagnostics.map((d) => [d.code, d.start, d.end]), [['VS007', 4, 9]]);
  });

  it('returns an empty tree for empty or blank input', () => {
    for (const text of ['', '\n\n', '   # only a comment', '\uFEFF']) {
      const { tree, diagnostics } = parse(text);
      assert.equal(tree.statements.length, 0);
      assert.equal(diagnostics.length, 0);
    }
  });

  it('reports findings only inside the text when the file is cut at any of its first 60 characters', () => {
    for (let cut = 0; cut < 60; cut++) {
      const text = 'hardware a { cpu 4; hypervisor kvm { vm web { vcpu 2; memory 4 GiB } } }'.slice(0, cut);
      const { diagnostics } = parse(text);
      for (const d of diagnostics) assert.ok(d.start >= 0 && d.end <= text.length && d.start <= d.end);
    }
  });

  it('keeps reading after truncated statements: the statements after them are parsed with their values', () => {
    // A range missing its upper end, and a string missing its closing quote (a string ends at its
    // line, scanner.ts): each is reported, and the line break still ends the statement, so what
    // follows is read as written.
    const text = 'hardware a {\n  memory 256 MiB..\n  cpu 4 cores\n  os linux "Debian 12\n  disk 1 TB\n}\nhardware b { cpu 2; memory 8 GiB }\n';
    const { tree, diagnostics } = parse(text);
    assert.deepEqual(diagnostics.map((d) => `${d.code} ${text.slice(d.start, d.end)}`), ['VS008 ..', 'VS002 "Debian 12']);
    const [a, b] = tree.statements;
    assert.deepEqual(tree.statements.map((s) => s.keyword), ['hardware', 'hardware']);
    const [memory, cpu, os, disk] = a.block!.statements;
    assert.deepEqual([memory.keyword, cpu.keyword, os.keyword, disk.keyword], ['memory', 'cpu', 'os', 'disk']);
    const quantity = (arg: Arg | undefined): [number, string | undefined] | undefined => (arg?.kind === 'quantity' ? [arg.value, arg.unit] : undefined);
    assert.deepEqual(cpu.args.map(quantity), [[4, 'cores']]);
    assert.deepEqual(os.args.map((x) => (x.kind === 'word' ? x.text : x.kind === 'string' ? x.value : x.kind)), ['linux', 'Debian 12']);
    assert.deepEqual(disk.args.map(quantity), [[1, 'TB']]);
    assert.equal(text.slice(a.block!.close, a.block!.close + 1), '}');
    assert.equal(b.args[0].kind === 'word' && b.args[0].text, 'b');
    assert.deepEqual(b.block!.statements.map((s) => [s.keyword, ...s.args.map(quantity)]), [['cpu', [2, undefined]], ['memory', [8, 'GiB']]]);
  });

  describe('mutation testing: what the recovery paths report and keep (issue 17)', () => {
    const deep = (n: number): string => 'hardware a {'.repeat(n);

    it('marks the one brace that opens too deep a block: VS006 covers that brace and nothing else', () => {
      const text = deep(MAX_DEPTH + 1) + '}'.repeat(MAX_DEPTH + 1);
      const brace = 'hardware a {'.length * MAX_DEPTH + 'hardware a '.length;
      const { diagnostics } = parse(text);
      assert.deepEqual(diagnostics.map((d) => [d.code, d.start, d.end]), [['VS006', brace, brace + 1]]);
    });

    it('reports a too-deep block that is never closed as too deep and unclosed, both at its brace', () => {
      // Every block is left open: the deepest is skipped (VS006) and then runs to the end (VS004),
      // and each enclosing one is unclosed too (VS004 at its own brace).
      const text = deep(MAX_DEPTH + 1);
      const brace = 'hardware a {'.length * MAX_DEPTH + 'hardware a '.length;
      const { tree, diagnostics } = parse(text);
      const atDeepest = diagnostics.filter((d) => d.start === brace).map((d) => [d.code, d.start, d.end]);
      assert.deepEqual(atDeepest, [['VS006', brace, brace + 1], ['VS004', brace, brace + 1]]);
      // The skipped block still belongs to its statement: the deepest statement that was built has a block opening at that brace.
      let s = tree.statements[0];
      for (let i = 0; i < MAX_DEPTH; i++) s = s.block!.statements[0];
      assert.deepEqual([s.block?.open, s.block?.close], [brace, -1], 'open at its brace, closed nowhere');
    });

    it('keeps a block opened on the next line as the block of the statement above it (VS009)', () => {
      const text = 'hardware a {\n  os linux\n  {\n    app web\n  }\n}\n';
      const { tree, diagnostics } = parse(text);
      assert.deepEqual(diagnostics.map((d) => [d.code, text.slice(d.start, d.end)]), [['VS009', '{']]);
      const os = tree.statements[0].block!.statements[0];
      assert.equal(os.keyword, 'os');
      assert.deepEqual(os.block?.statements.map((st) => st.keyword), ['app']);
    });

    it('counts a block opened on the next line towards the depth limit like any other block', () => {
      // MAX_DEPTH blocks on their statements' lines, then one more on the next line: too deep by one.
      const text = deep(MAX_DEPTH) + '\nhardware b\n{ cpu 1 }' + '}'.repeat(MAX_DEPTH);
      const { diagnostics } = parse(text);
      assert.deepEqual(diagnostics.map((d) => d.code), ['VS009', 'VS006']);
      const ok = deep(MAX_DEPTH - 1) + '\nhardware b\n{ cpu 1 }' + '}'.repeat(MAX_DEPTH - 1);
      assert.deepEqual(parse(ok).diagnostics.map((d) => d.code), ['VS009']);
    });

    it('reports a character that cannot start anything once, not also as a missing keyword', () => {
      const { diagnostics } = parse('@\nhardware a { cpu 1 }\n');
      assert.deepEqual(diagnostics.map((d) => [d.code, d.start, d.end]), [['VS001', 0, 1]]);
    });

    it('quotes a string that stands where a keyword should in full up to 20 characters, and its first 20 and an ellipsis beyond', () => {
      const twenty = 'abcdefghijklmnopqrst';
      assert.match(parse(`"${twenty}"`).diagnostics[0].message, new RegExp(`found the string "${twenty}"\\.$`));
      assert.match(parse(`"${twenty}uvw"`).diagnostics[0].message, new RegExp(`found the string "${twenty}…"\\.$`));
    });
  });
});
