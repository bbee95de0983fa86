import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { Layer } from '../../src/core/model/types';
import type { Arg } from '../../src/core/syntax/ast';
import { ArgKind, TreeColumns } from '../../src/core/syntax/columns';
import { parse } from '../../src/core/syntax/parser';
import { SyntaxTree } from '../../src/core/syntax/tree';
import { caseSeed, mulberry32, type Random } from './fuzz/prng';
import { meaningOf, STACK } from './stack-meaning';

// Issue 12, bug 1: a time of day written when the argument columns grew was stored in the array
// that growing threw away, so `start 19:00` read as 00:00 depending on the text before it. The
// property: what a stack means does not depend on what precedes it, nor on its indentation.

/** What `text` means from offset `from` on, offsets counted from there (or none when `keepOffsets` is false). */
function meaningAfter(text: string, from: number, keepOffsets = true): unknown {
  return meaningOf(text, from, keepOffsets ? (offset) => offset - from : undefined);
}

// Pieces of text that a stack may follow, chosen to grow every column of the tree and the model:
// dense arguments and statements (the tree's columns are sized from the text's length, so dense
// text outgrows them), many hosts and names (the name table), long names, blank lines, comments.
const PIECES: ((rng: Random, i: number) => string)[] = [
  (rng) => `# ${'comment '.repeat(rng.int(20))}\n`,
  (rng) => '\n'.repeat(1 + rng.int(5)),
  (rng) => `${' '.repeat(rng.int(8))}\t\n`,
  (rng) => `x${' 1'.repeat(rng.int(300))}\n`,
  (rng) => `y${' 2 GiB..3 GiB 10% 12:30 "s" w'.repeat(rng.int(40))}\n`,
  (rng) => 'a\n'.repeat(rng.int(300)),
  (rng) => 'a;'.repeat(rng.int(300)) + '\n',
  (_rng, i) => `hardware p${i} { cpu 4; memory 4 GiB }\n`,
  (rng, i) => `hardware q${i} { cpu 4; memory 8 GiB; hypervisor kvm { ${Array.from({ length: rng.int(30) }, (_, k) => `vm q${i}v${k} { vcpu 1; memory 1 GiB }`).join('; ')} } }\n`,
  (rng, i) => `hardware ${'n'.repeat(rng.int(3000))}z${i} { cpu 4; memory 4 GiB }\n`,
  (rng, i) => Array.from({ length: rng.int(200) }, (_, k) => `hardware r${i}x${k}\n`).join(''),
];

function randomPrefix(rng: Random): string {
  let out = '';
  const n = rng.int(12);
  for (let i = 0; i < n; i++) out += rng.pick(PIECES)(rng, i);
  return out;
}

describe('a value means the same whatever text precedes it (issue 12, bug 1)', () => {
  const alone = meaningAfter(STACK, 0);

  it('the stack reads as written: its times of day, quantities, ranges and names', () => {
    const { model, diagnostics } = analyze(STACK);
    const layer = (name: string): Layer => model.layers.find((l) => l.name === name)!;
    assert.deepEqual(layer('nightly').props.start && { ...layer('nightly').props.start, span: undefined }, { at: 'time-of-day', seconds: 19 * 3600, span: undefined });
    assert.equal(layer('early').props.start?.seconds, 7 * 3600 + 30 * 60);
    assert.equal(layer('late').props.start?.seconds, 23 * 3600 + 59 * 60);
    assert.equal(layer('warmup').props.start?.at, 'offset');
    const load = layer('storefront').props.load;
    assert.ok(load?.shape === 'daily' && load.peakHour === 14 && load.low === 0.2 && load.high === 0.9);
    assert.deepEqual([layer('c1').props.memory?.min, layer('c1').props.memory?.max], [256, 1024]);
    assert.deepEqual(diagnostics.map((d) => `${d.code} ${STACK.slice(d.start, d.end)}`).sort(), ['VS103 0.4', 'VS104 0 GB', 'VS112 25:00', 'VS206 windows', 'VS211 linux', 'VS301 cachee']);
  });

  it('after dense arguments of every count, so that each value of the stack lands on a growth of the columns', () => {
    // The argument columns are sized at one row per 14 characters; ' 1' is a row per 2, so as the
    // count grows each row of the stack meets the first and second growth of the columns in turn.
    for (let k = 0; k <= STACK.length / 4; k++) {
      const prefix = `x${' 1'.repeat(k)}\n`;
      assert.deepEqual(meaningAfter(prefix + STACK, prefix.length), alone, `after ${k} arguments`);
    }
  });

  it('after dense statements of every count', () => {
    for (let k = 0; k <= STACK.length / 12; k++) {
      const prefix = 'a\n'.repeat(k);
      assert.deepEqual(meaningAfter(prefix + STACK, prefix.length), alone, `after ${k} statements`);
    }
  });

  it('after random prefixes: comments, blank lines, hosts, long names, dense lines', () => {
    for (let i = 0; i < 150; i++) {
      const seed = caseSeed(12, i);
      const prefix = randomPrefix(mulberry32(seed));
      assert.deepEqual(meaningAfter(prefix + STACK, prefix.length), alone, `prefix of seed ${seed} (${prefix.length} characters)`);
    }
  });

  it('reindented (only the white space before each line changes), as Format Document does', () => {
    const bare = meaningAfter(STACK, 0, false);
    const lines = STACK.split('\n');
    for (let i = 0; i < 50; i++) {
      const rng = mulberry32(caseSeed(1212, i));
      const indent = (): string => (rng.chance(0.2) ? '\t' : ' '.repeat(rng.int(9)));
      const text = lines.map((l) => (l === '' ? l : indent() + l.trimStart())).join('\n');
      const prefix = randomPrefix(rng);
      assert.deepEqual(meaningAfter(prefix + text, prefix.length, false), bare, `reindented with seed ${caseSeed(1212, i)}`);
    }
  });
});

describe('the tree columns keep every value written as they grow', () => {
  it('stores each kind of argument at every row, through every growth', () => {
    // Sized for an empty text (16 rows), then grown past four doublings.
    const rows = new TreeColumns(0);
    rows.addStatement('x', 0, 1);
    const added: Arg[] = [];
    for (let row = 0; row < 300; row++) {
      const at = row * 10;
      switch (row % 5) {
        case 0: rows.addText(ArgKind.Word, at, at + 1, `w${row}`); added.push({ kind: 'word', text: `w${row}`, start: at, end: at + 1 }); break;
        case 1: rows.addText(ArgKind.String, at, at + 1, `s${row}`); added.push({ kind: 'string', value: `s${row}`, start: at, end: at + 1 }); break;
        case 2: rows.addTime(at, at + 5, row); added.push({ kind: 'time', hours: Math.floor(row / 60), minutes: row % 60, start: at, end: at + 5 }); break;
        case 3: rows.addQuantity(at, at + 3, row + 0.5, 0); added.push({ kind: 'quantity', value: row + 0.5, unit: undefined, start: at, end: at + 3 }); break;
        default: {
          const r = rows.addQuantity(at, at + 2, row, 0);
          rows.makeRange(r, at + 4, row + 1, 0, at + 6);
          added.push({
            kind: 'range', start: at, end: at + 6,
            low: { kind: 'quantity', value: row, unit: undefined, start: at, end: at + 2 },
            high: { kind: 'quantity', value: row + 1, unit: undefined, start: at + 4, end: at + 6 },
          });
        }
      }
    }
    const tree = new SyntaxTree(rows, 3000);
    assert.deepEqual(tree.argsOf(0), added);
  });

  it('a time of day right at the first growth of the argument columns (the case the issue reported)', () => {
    // 16 rows for a text this short: the time is the 17th argument.
    const text = `x${' 1'.repeat(16)} 19:00`;
    assert.ok(text.length / 14 <= 16);
    const [stmt] = parse(text).tree.statements;
    assert.deepEqual(stmt.args[16], { kind: 'time', hours: 19, minutes: 0, start: 34, end: 39 });
  });
});
