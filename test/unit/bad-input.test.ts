import * as assert from 'node:assert/strict';
import { MAX_DEPTH } from '../../src/core/syntax/parser';
import { MAX_SCAN_ERRORS } from '../../src/core/syntax/scanner';
import { analyzeChecked } from './fuzz/check';
import { randomBytes } from './fuzz/inputs';
import { largeStack } from './fuzz/large';
import { mulberry32 } from './fuzz/prng';

/** Diagnostics as `CODE covered-text`, checked for the no-throw and in-range contract first. */
function found(text: string, label = 'bad input'): string[] {
  return analyzeChecked(text, label).diagnostics.map((d) => `${d.code} ${text.slice(d.start, d.end)}`);
}

/** Line and character of an offset the way VS Code counts them: \r\n, \n and \r each end a line. */
function position(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split(/\r\n|\n|\r/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

// A clean file with one slot for a bad line and a later mistake (150 % load), so each case
// shows both the precise code of the bad value and that checking went on past it.
const withLine = (line: string): string =>
  `stack "t"\nhardware h {\n  cpu 8 cores\n  memory 32 GiB\n  os linux "Debian 12"\n  runtime docker {\n    container c {\n      ${line}\n      memory 64 MiB..1 GiB\n    }\n  }\n  app a { load constant 150% }\n}\n`;

describe('bad input', () => {
  it('checks the template clean, so every finding below comes from the planted line', () => {
    assert.deepEqual(found(withLine('cpu 1')), ['VS104 150%']);
  });

  describe('numbers and units the checker must reject', () => {
    const cases: [line: string, expected: string][] = [
      ['cpu 1e999 cores', 'VS007 1e999'], // not finite: the parser says so, the checker stays quiet
      ['cpu -1e999', 'VS007 -1e999'],
      ['cpu 1e999..2', 'VS007 1e999'],
      ['cpu -4 cores', 'VS104 -4 cores'],
      ['cpu 0', 'VS104 0'],
      ['cpu NaN cores', 'VS102 NaN'], // NaN is a word, not a number
      ['memory 4 Gbps', 'VS103 4 Gbps'],
      ['memory 4', 'VS103 4'],
      ['cpu 2..1', 'VS106 2..1'],
    ];
    for (const [line, expected] of cases) {
      it(`${line} → ${expected}, and the later mistake is still reported`, () => {
        assert.deepEqual(found(withLine(line), line), [expected, 'VS104 150%']);
      });
    }
  });

  describe('line ends, byte-order mark and tabs', () => {
    // Hardware-level mistakes go on `disk`: an invalid `cpu` or `memory` there also draws a VS403 follow-on.
    const lf = 'stack "t"\nhardware h {\n  disk -4 TB\n  cpu 8 cores\n  memory 32 GiB\n  os linux "Debian 12\n  app a { load constant 150% }\n}\n';
    const crlf = '\uFEFF' + lf.replace(/\n/g, '\r\n');

    it('locates findings on the right characters of a CRLF file with a BOM', () => {
      const { diagnostics } = analyzeChecked(crlf, 'CRLF file');
      const at = diagnostics.map((d) => [d.code, crlf.slice(d.start, d.end), position(crlf, d.start), position(crlf, d.end)]);
      assert.deepEqual(at, [
        ['VS104', '-4 TB', { line: 2, character: 7 }, { line: 2, character: 12 }],
        ['VS002', '"Debian 12', { line: 5, character: 11 }, { line: 5, character: 21 }], // the \r is not part of the string
        ['VS104', '150%', { line: 6, character: 24 }, { line: 6, character: 28 }],
      ]);
    });

    it('finds the same things at the same line and column with CRLF as with LF', () => {
      const where = (text: string): unknown[] =>
        analyzeChecked(text, 'line ends').diagnostics.map((d) => [d.code, position(text, d.start), position(text, d.end)]);
      assert.deepEqual(where(lf.replace(/\n/g, '\r\n')), where(lf));
    });

    it('treats tabs as white space, also between a number and its unit', () => {
      assert.deepEqual(found('hardware\th\t{\n\tcpu\t8\tcores\n\tdisk\t-4\tTB\n\tmemory\t32\tGiB\n}\n'), ['VS104 -4\tTB']);
    });
  });

  describe('unterminated strings', () => {
    it('ends the string at the line end and reads the next lines', () => {
      assert.deepEqual(found('stack "Web tier\nhardware h {\n  cpu 8 cores\n  memory 1 GiB\n  disk -4 TB\n}\n'), ['VS002 "Web tier', 'VS104 -4 TB']);
    });

    it('keeps the enclosing blocks intact', () => {
      // The app after the container's block is still read, so its braces paired up.
      assert.deepEqual(found(withLine('image "nginx:1.27')), ['VS002 "nginx:1.27', 'VS104 150%']);
    });

    it('reaches the end of the file, also after an escaped quote', () => {
      assert.deepEqual(found('stack "abc'), ['VS002 "abc']);
      assert.deepEqual(found('stack "abc\\"'), ['VS002 "abc\\"']);
      assert.deepEqual(found('stack "abc\\'), ['VS002 "abc\\']);
    });
  });

  describe('binary garbage', () => {
    for (const encoding of ['latin1', 'utf8', 'utf16le'] as const) {
      it(`caps unreadable-character reports in 1 MB decoded as ${encoding}`, () => {
        const text = randomBytes(mulberry32(7), 1 << 20).toString(encoding);
        const { diagnostics } = analyzeChecked(text, `1 MB of garbage as ${encoding}, seed 7`);
        const unreadable = diagnostics.filter((d) => d.code === 'VS001' || d.code === 'VS002').length;
        assert.ok(unreadable <= MAX_SCAN_ERRORS, `${unreadable} VS001/VS002 reports`);
        assert.equal(diagnostics.filter((d) => d.code === 'VS011').length, 1);
      });
    }
  });

  describe('size and depth', function () {
    this.timeout(60_000); // the 10 MB case takes a few seconds on a busy 2-core machine

    it('analyzes 10 MB in reasonable time and reports exactly the planted mistakes', () => {
      const text = largeStack(10 * 1024 * 1024);
      const started = performance.now();
      const result = found(text, '10 MB stack');
      const ms = performance.now() - started;
      assert.deepEqual(result, ['VS104 -4 TB', 'VS103 4 Gbps', 'VS104 150%']);
      assert.ok(ms < 30_000, `took ${Math.round(ms)} ms`);
    });

    it('survives 10,000 levels of nesting and checks what follows', () => {
      const depth = 10_000;
      let text = 'hardware deep {\n';
      for (let i = 0; i < depth; i++) text += `vm v${i} {\n`;
      text += '}\n'.repeat(depth + 1) + 'hardware h {\n  cpu 4 cores\n  memory 1 GiB\n  disk -4 TB\n}\n';
      const { diagnostics } = analyzeChecked(text, '10,000 levels');
      const tooDeep = diagnostics.filter((d) => d.code === 'VS006');
      assert.equal(tooDeep.length, 1);
      assert.equal(tooDeep[0].start, nthIndexOf(text, '{', MAX_DEPTH + 1));
      assert.deepEqual(diagnostics.filter((d) => d.code === 'VS004' || d.code === 'VS005'), [], 'braces past the limit still pair up');
      assert.ok(diagnostics.some((d) => d.code === 'VS104' && text.slice(d.start, d.end) === '-4 TB'));
    });

    it('bounds the findings of 10,000 unclosed braces', () => {
      const { diagnostics } = analyzeChecked('hardware h {\n' + 'vm v {\n'.repeat(10_000), '10,000 unclosed');
      assert.ok(diagnostics.length <= 4 * (MAX_DEPTH + 1), `${diagnostics.length} findings`);
    });

    it('reads a 1 MB line: one name, one string', () => {
      const long = 'x'.repeat(1 << 20);
      assert.deepEqual(found(`stack "${long}"`), []);
      assert.equal(found(`hardware h { cpu 1; memory 1 GiB; ${long} }`)[0].slice(0, 8), 'VS100 xx');
    });
  });
});

function nthIndexOf(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) at = text.indexOf(needle, at + 1);
  return at;
}
