import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { meaningOf, STACK } from './stack-meaning';

// Issue 12, bug 9: a string continued with a backslash joined lines with LF, was reported unclosed
// with CRLF, and kept a raw CR with a lone CR; a comment ran on past a lone CR. Whatever ends
// its lines, a file means the same and its findings are at the same line and column.

/** The line (from 1) and column of an offset, counting LF, CRLF and a lone CR as one break each. */
function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return `${line}:${offset - lineStart}`;
}

/** The stack, then lines that read differently when a line break is not taken for one. */
const TEXT = `${STACK}# a comment of its own
hardware third { # a comment after a statement
  cpu 4; memory 8 GiB # and after a property
  os linux "continued \\
    on the next line?" {
    app third-app { tenant "unclosed
    }
    app web
  }
}
stack "ends with a backslash\\`;

const EOLS = { LF: '\n', CRLF: '\r\n', CR: '\r' } as const;

describe('every line ending reads alike (issue 12, bug 9)', () => {
  const lf = meaningOf(TEXT, 0, (offset) => lineAndColumn(TEXT, offset));

  for (const [name, eol] of Object.entries(EOLS)) {
    it(`${name}: the same values, and the same findings at the same line and column`, () => {
      const text = TEXT.replace(/\n/g, eol);
      assert.deepEqual(meaningOf(text, 0, (offset) => lineAndColumn(text, offset)), lf);
    });
  }

  it('a backslash at the end of a line does not continue a string, and a comment ends at any line break', () => {
    for (const eol of Object.values(EOLS)) {
      const text = `stack "a\\${eol}b"${eol}# note${eol}hardware h { cpu 4; memory 8 GiB }${eol}`;
      const { model, diagnostics } = analyze(text);
      assert.equal(model.title, 'a\\', JSON.stringify(eol));
      assert.deepEqual(model.hosts.map((h) => h.name), ['h'], `the host after the comment is read with ${JSON.stringify(eol)}`);
      assert.deepEqual(diagnostics.map((d) => `${d.code} ${text.slice(d.start, d.end)}`), ['VS002 "a\\', 'VS100 b', 'VS002 "'], JSON.stringify(eol));
    }
  });

  it('the stack file reads its findings and names whatever its line breaks (the fixture is not vacuous)', () => {
    const { diagnostics, model } = analyze(TEXT);
    const codes = diagnostics.map((d) => d.code);
    for (const code of ['VS002', 'VS300', 'VS301', 'VS112']) assert.ok(codes.includes(code), code);
    assert.ok(model.layers.some((l) => l.name === 'third-app'));
    const duplicate = diagnostics.find((d) => d.code === 'VS300')!;
    assert.equal(duplicate.args[2], String(TEXT.slice(0, TEXT.indexOf('vm web')).split('\n').length), 'the line of the first `web`');
  });
});
