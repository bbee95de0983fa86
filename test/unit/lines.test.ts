import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { LineIndex, lineOf } from '../../src/core/syntax/lines';
import { caseSeed, mulberry32 } from './fuzz/prng';

describe('line numbers', () => {
  it('a LineIndex gives the line of every offset that the plain search gives, for every kind of line break', () => {
    const pieces = ['a', 'bc', ' ', '\n', '\r\n', '\r', '\r\r', '\n\r', '#', '가'];
    for (let i = 0; i < 300; i++) {
      const rng = mulberry32(caseSeed(3, i));
      let text = '';
      for (let k = rng.int(40); k > 0; k--) text += rng.pick(pieces);
      const index = new LineIndex(text);
      for (let offset = 0; offset <= text.length; offset++) {
        assert.equal(index.line(offset), lineOf(text, offset), `offset ${offset} of ${JSON.stringify(text)}`);
      }
    }
  });

  it('counts \\n, \\r\\n and a lone \\r as one line break each, as VS Code does', () => {
    const text = 'a\nb\r\nc\rd';
    assert.deepEqual([0, 2, 3, 5, 7].map((o) => lineOf(text, o)), [1, 2, 2, 3, 4]);
    assert.deepEqual([0, 2, 3, 5, 7].map((o) => new LineIndex(text).line(o)), [1, 2, 2, 3, 4]);
    assert.equal(new LineIndex(text).lineCount, 4);
    assert.equal(new LineIndex('').lineCount, 1);
  });

  it('duplicate names point at the line of the first declaration, whatever the line breaks', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['hardware h { cpu 1; memory 1 GiB; os linux {', '  app a', '', '  app b', '  app a', '  app b', '} }', ''].join(eol);
      const lines = analyze(text).diagnostics.filter((d) => d.code === 'VS300').map((d) => d.args[2]);
      assert.deepEqual(lines, ['2', '4'], JSON.stringify(eol));
    }
  });

  it('a duplicate names the kind of its first declaration in plain words ("the app", not "the an app")', () => {
    const text = 'hardware h { cpu 1; memory 1 GiB; os linux { app a; job j { work 1 core-h } }\n hypervisor kvm { vm v { vcpu 1; memory 1 GiB } } }\nhardware a\nhardware j\nhardware v\nhardware h\n';
    const said = analyze(text).diagnostics.filter((d) => d.code === 'VS300').map((d) => d.message.replace(/ Names of .*/, ''));
    assert.deepEqual(said, [
      "The name 'a' is already used by the app declared on line 1.",
      "The name 'j' is already used by the job declared on line 1.",
      "The name 'v' is already used by the VM declared on line 2.",
      "The name 'h' is already used by the hardware declared on line 1.",
    ]);
  });
});
