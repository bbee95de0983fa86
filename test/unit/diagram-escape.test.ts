import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { escapeLabel, plainText, truncate } from '../../src/core/diagram/escape';
import { stackDiagrams, stackSource } from '../../src/core/diagram/generate';
import { combinedSource, hostSource } from '../../src/core/diagram/mermaid';
import { GRAMMAR, PREPROCESSED } from '../webview/syntax';

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

  it('writes what mermaid reads before parsing as entities: %, : and the 4 of C4', () => {
    assert.equal(escapeLabel("%%{init: {'theme':'dark'}}%%"), "#37;#37;{init#58; {'theme'#58;'dark'}}#37;#37;");
    assert.equal(escapeLabel('C4Container c4 C 4'), 'C#52;Container c4 C 4');
  });

  it('splits with an empty element the pairs mermaid reads after sanitizing: \\n, $$, :fa-, and its entity placeholders', () => {
    assert.equal(escapeLabel('a\\nb $$x$$ fa:fa-car \uFB02\u00B0lt\u00B6\u00DF'), 'a\\<span></span>nb $<span></span>$x$<span></span>$ fa#58;<span></span>fa-car \uFB02<span></span>\u00B0lt\u00B6<span></span>\u00DF');
    assert.equal(escapeLabel('\\ n $ $ fa: fa- \uFB02 \u00B0'), '\\ n $ $ fa#58; fa- \uFB02 \u00B0', 'apart, they are left alone');
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
          assert.doesNotMatch(label, /&|#(?!quot;|35;|37;|52;|58;|amp;|lt;|gt;|96;)/, 'every # and & starts one of our entities');
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

/**
 * Mermaid 12.3's reading of a label, stage by stage (see src/core/diagram/escape.ts), as
 * patterns copied from its code: what must never match what the escaper writes.
 */
const BEFORE_PARSING: readonly [string, RegExp][] = [
  ['a directive', /%%\{/],
  ['a comment', /%%/],
  ['the C4 detector', /C4Context|C4Container|C4Component|C4Dynamic|C4Deployment/],
  ['the entity encoder\'s style rule', /style.*:\S*#.*;/],
  ['the entity encoder\'s classDef rule', /classDef.*:\S*#.*;/],
  ['the end of the string', /"/],
  ['a Markdown string', /`/],
  ['a fence of the Markdown copy', /```/],
];
const AFTER_SANITIZING: readonly [string, RegExp][] = [
  ['a line break', /\\n/],
  ['KaTeX', /\$\$/],
  ['an icon', /(fa[bklrs]?):fa-/],
  ['an entity placeholder', /\uFB02\u00B0|\u00B6\u00DF/],
];
const MERMAID_ENTITIES: Readonly<Record<string, string>> = { quot: '"', amp: '&', lt: '<', gt: '>' };

/** Stage 2: mermaid's entities decoded, and the label sanitized, which writes all but &, < and > back as characters. */
function sanitized(label: string): string {
  return label.replace(/#(\w+);/g, (_, e: string) => {
    const c = MERMAID_ENTITIES[e] ?? String.fromCodePoint(Number(e));
    return c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c;
  });
}

/** The text the browser shows for a sanitized label: no elements, HTML's three entities decoded. */
function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('diagram escaping against mermaid\'s whole syntax', () => {
  /** Every token, and the single characters the patterns are made of, to be run together at random. */
  const pieces = [...GRAMMAR, ...PREPROCESSED, ...'\\n$:fa-bklrs\uFB02\u00B0\u00B6\u00DFC4%{}#;&<>"`\'\n\t\u202e 가'];
  const samples = [...GRAMMAR, ...PREPROCESSED];
  const next = random(12);
  for (let i = 0; i < 5000; i++) {
    let text = '';
    for (let n = 1 + Math.floor(next() * 12); n > 0; n--) text += pieces[Math.floor(next() * pieces.length)];
    samples.push(text);
  }

  it('writes nothing mermaid reads before parsing, for every token and 5,000 texts made of them', () => {
    for (const text of samples) {
      const label = escapeLabel(text);
      for (const [what, pattern] of BEFORE_PARSING) assert.doesNotMatch(label, pattern, `${what} in ${JSON.stringify(label)} from ${JSON.stringify(text)}`);
    }
  });

  it('leaves nothing mermaid reads after sanitizing, and the text reads back exactly', () => {
    for (const text of samples) {
      const html = sanitized(escapeLabel(text));
      for (const [what, pattern] of AFTER_SANITIZING) assert.doesNotMatch(html, pattern, `${what} in ${JSON.stringify(html)} from ${JSON.stringify(text)}`);
      assert.equal(textOf(html), plainText(text));
    }
  });

  it('keeps whole generated sources free of directives, comments, C4 and the entity encoder\'s rules, title and legend included', () => {
    for (const text of samples.slice(0, 400)) {
      const model = analyze(`stack "${text.replace(/["\\\n\r]/g, '')}"\nhardware h { os linux { app a } }\n`).model;
      const cell = { id: 'b0', row: 0, column: 0, span: 1, style: 'vm' as const, lines: [text, text], key: 'b0', source: { start: 0, end: 0 }, nested: false, continued: false };
      // The same text again as a continued block of a wrapped host, which writes its title after an ellipsis.
      const grid = { key: 'h', name: 'h', columns: 1, rows: 2, cells: [cell, { ...cell, id: 'b1', row: 1, continued: true }] };
      const sources = [stackSource(model, 'dark'), hostSource(grid, { maxLineLength: 1000 }), combinedSource([grid], text, [{ style: 'vm', label: text }], { maxLineLength: 1000, palette: 'light' })];
      for (const source of sources) {
        // Only the generator's own classDef lines may carry `:` and `#`.
        const lines = source.split('\n').filter((l) => !/^ {2}classDef \w+ [\w:#,-]+$/.test(l));
        for (const [what, pattern] of BEFORE_PARSING.filter(([w]) => !/end of the string/.test(w))) {
          assert.ok(!lines.some((l) => pattern.test(l)), `${what} in ${JSON.stringify(source)}`);
        }
      }
    }
  });
});
