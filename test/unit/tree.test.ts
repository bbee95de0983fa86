import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { Statement } from '../../src/core/syntax/ast';
import { parse } from '../../src/core/syntax/parser';

/** Every statement of a tree, depth first, through the node objects. */
function walk(list: readonly Statement[], out: Statement[] = []): Statement[] {
  for (const s of list) {
    out.push(s);
    if (s.block) walk(s.block.statements, out);
  }
  return out;
}

describe('syntax tree columns and nodes', () => {
  it('gives one node object per statement, however it is reached', () => {
    const text = 'hardware h { cpu 4; memory 8 GiB\n  hypervisor kvm { vm a { vcpu 2; memory 2 GiB } }\n}\n';
    const { tree, model } = analyze(text);
    const all = walk(tree.statements);
    for (const s of all) assert.equal(tree.statement(s.id), s);
    assert.equal(tree.statements, tree.statements, 'the top-level list is made once');
    const vm = model.layers.find((l) => l.kind === 'vm')!;
    assert.ok(all.includes(vm.statement), "a layer's statement is the tree's own node");
    assert.equal(vm.statement.block, vm.statement.block, 'a block is made once');
    assert.equal(vm.statement.args, vm.statement.args, 'arguments are made once');
  });

  it('reads every kind of argument back from its columns', () => {
    const text = 'x word "a \\"q\\"" 12 0.5 cores 20% 256 MiB..1 GiB 14:05 -3 1e3\n';
    const { tree, diagnostics } = parse(text);
    assert.deepEqual(diagnostics, []);
    const [stmt] = tree.statements;
    assert.deepEqual(stmt.args, [
      { kind: 'word', text: 'word', start: 2, end: 6 },
      { kind: 'string', value: 'a "q"', start: 7, end: 16 },
      { kind: 'quantity', value: 12, unit: undefined, start: 17, end: 19 },
      { kind: 'quantity', value: 0.5, unit: 'cores', start: 20, end: 29 },
      { kind: 'quantity', value: 20, unit: '%', start: 30, end: 33 },
      {
        kind: 'range', start: 34, end: 48,
        low: { kind: 'quantity', value: 256, unit: 'MiB', start: 34, end: 41 },
        high: { kind: 'quantity', value: 1, unit: 'GiB', start: 43, end: 48 },
      },
      { kind: 'time', hours: 14, minutes: 5, start: 49, end: 54 },
      { kind: 'quantity', value: -3, unit: undefined, start: 55, end: 57 },
      { kind: 'quantity', value: 1000, unit: undefined, start: 58, end: 61 },
    ]);
    assert.equal(stmt.end, 61);
  });

  it('grows its columns when a file is denser than they were sized for', () => {
    // Two characters per statement and per argument: far more rows than the length suggests.
    const statements = 'a\n'.repeat(5000);
    const args = `x${' 1'.repeat(5000)}\n`;
    const one = parse(statements).tree;
    assert.equal(one.statements.length, 5000);
    assert.deepEqual([one.statements[4999].start, one.statements[4999].end], [9998, 9999]);
    const two = parse(args).tree;
    assert.equal(two.statements[0].args.length, 5000);
    assert.deepEqual(two.statements[0].args[4999], { kind: 'quantity', value: 1, unit: undefined, start: 10000, end: 10001 });
  });

  it('keeps blocks of deeply nested statements apart, each with its own statements', () => {
    const text = 'a {\n b 1 {\n  c 2\n  d { e }\n }\n f 3\n}\ng\n';
    const { tree } = parse(text);
    const keywords = (list: readonly Statement[] | undefined): string[] => (list ?? []).map((s) => s.keyword);
    const [a, g] = tree.statements;
    assert.deepEqual(keywords(tree.statements), ['a', 'g']);
    assert.deepEqual(keywords(a.block?.statements), ['b', 'f']);
    const [b] = a.block!.statements;
    assert.deepEqual(keywords(b.block?.statements), ['c', 'd']);
    assert.deepEqual(keywords(b.block!.statements[1].block?.statements), ['e']);
    assert.equal(g.block, undefined);
    assert.equal(text.slice(b.start, b.end), 'b 1 {\n  c 2\n  d { e }\n }');
  });
});
