import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { escapeLabel, plainText, truncate } from '../../src/core/diagram/escape';
import { stackDiagrams, stackSource } from '../../src/core/diagram/generate';

/** Hostile text an author can put in a string (labels) or a name; `\"` and `\n` are escapes of the language. */
const HOSTILE = [
  String.raw`\"]:::evil\nclick b0 call alert(1)\n%%`,
  '<img src=x onerror=alert(1)><script>alert(2)</script>',
  '#quot;"]; style b0 fill:red; %%{init: {"securityLevel": "loose"}}%%',
  '`**markdown**` &amp; &lt;b&gt; #35; #lt;',
  'end space columns 1 block:x classDef',
  'bidi \u202e\u2066 rtl and \u0007 bell',
];

/** The text between `["` and `"]` of every block of a source. */
function labels(source: string): string[] {
  return [...source.matchAll(/\["(.*?)"\]/g)].map((m) => m[1]);
}

describe('diagram escaping', () => {
  it('writes quotes, markup, entities and backticks as mermaid entities', () => {
    assert.equal(escapeLabel('a "b" <c> & #d `e`'), 'a #quot;b#quot; #lt;c#gt; #amp; #35;d #96;e#96;');
  });

  it('keeps Korean and other scripts as they are', () => {
    assert.equal(escapeLabel('웹서버 — Ünïcödé ✓'), '웹서버 — Ünïcödé ✓');
  });

  it('turns line breaks and controls into spaces and drops bidirectional overrides', () => {
    assert.equal(escapeLabel('a\nb\r\tc\u2028d\u0000e'), 'a b  c d e');
    assert.equal(escapeLabel('x\u202ey\u2066z'), 'xyz');
    assert.equal(plainText('a\nb\u202ec'), 'a bc');
  });

  it('cuts long lines by screen width, Korean counting double, with an ellipsis', () => {
    assert.equal(truncate('short', 10), 'short');
    assert.equal(truncate('exactly-10', 10), 'exactly-10');
    assert.equal(truncate('a much longer line', 10), 'a much lo…');
    assert.equal(truncate('가상화가상화가상화', 10), '가상화가…');
    assert.equal(truncate('😀😀😀😀😀😀', 5), '😀😀…', 'astral characters are not split');
  });

  for (const hostile of HOSTILE) {
    it(`keeps a hostile label inside its block: ${JSON.stringify(hostile).slice(0, 40)}`, () => {
      const text = `hardware h {\n  os linux "${hostile.replace(/\n/g, '\\n')}" {\n    middleware nginx "${hostile}"\n  }\n}\n`;
      const { model } = analyze(text);
      for (const source of [stackDiagrams(model).hosts[0].source, stackSource(model)]) {
        const found = labels(source);
        // hardware, os, middleware, caption (and the legend in the combined source)
        assert.ok(found.length >= 4, source);
        for (const label of found) {
          assert.doesNotMatch(label, /"/, 'no quote survives to end the label');
          assert.doesNotMatch(label.replace(/<\/?b>|<br>/g, ''), /[<>`]/, 'no markup of the author survives');
          assert.doesNotMatch(label, /&|#(?!quot;|35;|amp;|lt;|gt;|96;)/, 'every # and & starts one of our entities');
        }
        // Every statement line of the source is one the generator writes.
        for (const line of source.trim().split('\n').slice(2)) {
          assert.match(line, /^ {2}(space(:\d+)?|\w+\[".*?"\](:\d+)?|class(Def)? [\w,]+ .*)( |$)/, line);
        }
      }
    });
  }

  it('escapes Korean names and product labels in one go', () => {
    const { model } = analyze('hardware 서버1 { cpu 4; memory 8 GiB; os linux "우분투 24.04" { app 결제-서비스 } }');
    const source = stackDiagrams(model).hosts[0].source;
    assert.match(source, /"<b>Hardware 서버1<\/b><br>4 cores \/ 8 GiB"/);
    assert.match(source, /"<b>우분투 24\.04<\/b><br>Host OS · Linux"/);
    assert.match(source, /"<b>App 결제-서비스<\/b>"/);
  });
});
