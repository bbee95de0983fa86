import * as assert from 'node:assert/strict';
import type { Diagnostic } from '../../src/core/diagnostics';
import { Scanner } from '../../src/core/syntax/scanner';
import { T } from '../../src/core/syntax/tokens';

function scan(text: string): { tokens: [T, string][]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const s = new Scanner(text, diagnostics);
  const tokens: [T, string][] = [];
  for (let t = s.next(); t !== T.EOF; t = s.next()) tokens.push([t, text.slice(s.start, s.end)]);
  return { tokens, diagnostics };
}

describe('scanner', () => {
  it('reads names, numbers with units, ranges, times and punctuation', () => {
    const { tokens } = scan('cpu 0.5..2; memory 256 MiB..1 GiB { load daily 20%..90% peak 14:00 }');
    assert.deepEqual(tokens.map((t) => t[1]), ['cpu', '0.5', '..', '2', ';', 'memory', '256', 'MiB', '..', '1', 'GiB', '{', 'load', 'daily', '20', '%', '..', '90', '%', 'peak', '14:00', '}']);
    assert.equal(tokens[20][0], T.Time);
  });

  it('keeps hyphens inside names but not at their end', () => {
    assert.deepEqual(scan('hyper-v cri-o core-h x-').tokens.map((t) => t[1]), ['hyper-v', 'cri-o', 'core-h', 'x', '-']);
  });

  it('reads Korean and other non-ASCII names', () => {
    const { tokens, diagnostics } = scan('vm 웹서버 { app café }');
    assert.deepEqual(tokens.map((t) => t[1]), ['vm', '웹서버', '{', 'app', 'café', '}']);
    assert.equal(diagnostics.length, 0);
  });

  // Letters are Unicode's general categories L and M (docs/language.md: "a letter (any script)").
  // U+30FB KATAKANA MIDDLE DOT is Po and U+30A0 KATAKANA-HIRAGANA DOUBLE HYPHEN is Pd (UnicodeData.txt),
  // though both lie in the kana blocks; U+30FC KATAKANA-HIRAGANA PROLONGED SOUND MARK is Lm.
  it('reads kana letters as names but not the kana middle dot or double hyphen', () => {
    const { tokens, diagnostics } = scan('app ひらがな コーヒー ア・イ ウ゠エ');
    assert.deepEqual(tokens.map((t) => [t[0], t[1]]), [
      [T.Ident, 'app'], [T.Ident, 'ひらがな'], [T.Ident, 'コーヒー'],
      [T.Ident, 'ア'], [T.Invalid, '・'], [T.Ident, 'イ'],
      [T.Ident, 'ウ'], [T.Invalid, '゠'], [T.Ident, 'エ'],
    ]);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.start, d.end]), [['VS001', 15, 16], ['VS001', 19, 20]]);
  });

  // U+00A9 COPYRIGHT SIGN is So and U+FF01 FULLWIDTH EXCLAMATION MARK is Po: neither is a letter,
  // one below and one above every range of letters the scanner knows without asking the regex.
  it('reports a non-ASCII symbol below or above the Hangul, CJK and kana letters as unexpected', () => {
    for (const ch of ['©', '！']) {
      const { tokens, diagnostics } = scan(`a ${ch} b`);
      assert.deepEqual(tokens.map((t) => [t[0], t[1]]), [[T.Ident, 'a'], [T.Invalid, ch], [T.Ident, 'b']], ch);
      assert.deepEqual(diagnostics.map((d) => [d.code, d.start, d.end]), [['VS001', 2, 3]], ch);
    }
  });

  it('ends a name at a non-ASCII symbol that follows it directly', () => {
    const { tokens } = scan('a© b');
    assert.deepEqual(tokens.map((t) => [t[0], t[1]]), [[T.Ident, 'a'], [T.Invalid, '©'], [T.Ident, 'b']]);
  });

  // U+0663 ARABIC-INDIC DIGIT THREE is Nd: a digit continues a name but cannot start one.
  it('reads a non-ASCII digit inside a name but not at its start', () => {
    assert.deepEqual(scan('x٣ y').tokens.map((t) => [t[0], t[1]]), [[T.Ident, 'x٣'], [T.Ident, 'y']]);
    const start = scan('a ٣ b');
    assert.deepEqual(start.tokens.map((t) => [t[0], t[1]]), [[T.Ident, 'a'], [T.Invalid, '٣'], [T.Ident, 'b']]);
    assert.deepEqual(start.diagnostics.map((d) => [d.code, d.start, d.end]), [['VS001', 2, 3]]);
  });

  // U+20000 (CJK Extension B) is Lo and takes two UTF-16 units; the name's extent counts both.
  it('reads a name holding a letter outside the Basic Multilingual Plane as one name', () => {
    const { tokens, diagnostics } = scan('a\u{20000}b c');
    assert.deepEqual(tokens.map((t) => [t[0], t[1]]), [[T.Ident, 'a\u{20000}b'], [T.Ident, 'c']]);
    assert.equal(diagnostics.length, 0);
  });

  it('reads names that start with A or Z', () => {
    assert.deepEqual(scan('Alpha Zulu A Z').tokens.map((t) => [t[0], t[1]]), [[T.Ident, 'Alpha'], [T.Ident, 'Zulu'], [T.Ident, 'A'], [T.Ident, 'Z']]);
  });

  it('gives back every trailing hyphen of a longer name but keeps the inner ones', () => {
    const { tokens } = scan('web-app- {');
    assert.deepEqual(tokens.map((t) => [t[0], t[1]]), [[T.Ident, 'web-app'], [T.Invalid, '-'], [T.LBrace, '{']]);
  });

  it('skips comments, a BOM, tabs and CR but keeps line ends', () => {
    const { tokens } = scan('\uFEFFcpu\t4 # four\r\nvcpu 2');
    assert.deepEqual(tokens.map((t) => t[0]), [T.Ident, T.Number, T.Newline, T.Ident, T.Number]);
  });

  it('reads negative and exponent numbers so the checker can judge them', () => {
    const { tokens } = scan('-4 1e999 2e3 .5');
    assert.deepEqual(tokens.map((t) => t[1]), ['-4', '1e999', '2e3', '.5']);
  });

  // docs/language.md: tabs and no-break spaces count as white space.
  it('reads a no-break space between tokens as white space', () => {
    const { tokens, diagnostics } = scan('cpu\u00a04');
    assert.deepEqual(tokens.map((t) => [t[0], t[1]]), [[T.Ident, 'cpu'], [T.Number, '4']]);
    assert.equal(diagnostics.length, 0);
  });

  // docs/language.md: an exponent is `e` or `E`, an optional sign and digits.
  it('reads an exponent with E, a plus or a minus sign as part of the number', () => {
    for (const [text, value] of [['2E3', 2000], ['2e+3', 2000], ['2e-3', 0.002], ['1.5E-1', 0.15]] as const) {
      const s = new Scanner(text, []);
      assert.equal(s.next(), T.Number, text);
      assert.deepEqual([s.start, s.end, s.value], [0, text.length, value], text);
      assert.equal(s.next(), T.EOF, text);
    }
  });

  // A leading '-' is read with the number (docs/language.md), `.5` included; alone it starts nothing.
  it('reads a minus before a fraction without digits before the point as one number', () => {
    const s = new Scanner(' -.5', []);
    assert.equal(s.next(), T.Number);
    assert.deepEqual([s.start, s.end, s.value], [1, 4, -0.5]);
  });

  it('reads a minus followed by a point and no digit as an unexpected character', () => {
    const { tokens, diagnostics } = scan('-.e');
    assert.deepEqual(tokens[0], [T.Invalid, '-']);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.start, d.end]), [['VS001', 0, 1], ['VS001', 1, 2]]);
  });

  // A decimal literal stands for the double nearest to it (IEEE 754 round to nearest, as in
  // ECMAScript's own numeric literals), also when it has more digits than a double holds exactly:
  // between 2^63 and 2^64 doubles are 2048 apart, and 12345678901234567168 is the multiple of 2048
  // nearest to 12345678901234567890 (722 below it); 10^17 is a double and nearest to 10^17 - 1.
  it('gives a number with 17 or more digits the double nearest to it', () => {
    for (const [text, value] of [['99999999999999999', 1e17], ['12345678901234567890', 12345678901234567168], ['-12345678901234567890', -12345678901234567168]] as const) {
      const s = new Scanner(text, []);
      assert.equal(s.next(), T.Number, text);
      assert.equal(s.value, value, text);
    }
  });

  // docs/language.md: `\n` in a string stands for a line break.
  it('decodes \\n in a string to a line break', () => {
    const s = new Scanner('"a\\nb"', []);
    assert.equal(s.next(), T.String);
    assert.equal(s.text, 'a\nb');
  });

  it('decodes escapes and reports an unterminated string at its extent', () => {
    const ok = scan('"a \\"b\\" c"');
    assert.equal(ok.diagnostics.length, 0);
    const bad = scan('os linux "Ubuntu\nvm x');
    assert.equal(bad.diagnostics.length, 1);
    assert.equal(bad.diagnostics[0].code, 'VS002');
    assert.deepEqual([bad.diagnostics[0].start, bad.diagnostics[0].end], [9, 16]);
    assert.equal(bad.tokens[3][0], T.Newline, 'the line end still ends the statement');
  });

  it('groups a run of unreadable characters into one diagnostic', () => {
    const { tokens, diagnostics } = scan('a \u0000\u0001\u0002 b @@ c');
    assert.deepEqual(diagnostics.map((d) => [d.code, d.start, d.end]), [['VS001', 2, 5], ['VS001', 8, 10]]);
    assert.deepEqual(tokens.filter((t) => t[0] === T.Ident).map((t) => t[1]), ['a', 'b', 'c']);
  });

  // VS001's message shows a control character (below U+0020, and DEL) as U+ and four upper-case
  // hex digits, any other character as itself in quotes.
  it('shows an unexpected control character as U+XXXX and any other in quotes', () => {
    for (const [text, shown] of [['\u001b', 'U+001B'], ['\u007f', 'U+007F'], ['@', "'@'"], ['©', "'©'"]]) {
      const { diagnostics } = scan(text);
      assert.deepEqual(diagnostics.map((d) => [d.code, d.args]), [['VS001', [shown]]], text);
    }
  });

  // docs/language.md: VS001 is "a character that cannot start anything", a run of them one finding.
  // What can start a token ends the run: a comment, punctuation, '..', a number (also '.5' and
  // '-4'), a name in any script.
  it('ends a run of unexpected characters where a comment, punctuation, a number or a name starts', () => {
    const cases: [string, [T, string][]][] = [
      ['@# note', []],
      ['@{', [[T.LBrace, '{']]],
      ['@}', [[T.RBrace, '}']]],
      ['@;', [[T.Semi, ';']]],
      ['@,', [[T.Comma, ',']]],
      ['@%', [[T.Percent, '%']]],
      ['@..2', [[T.DotDot, '..'], [T.Number, '2']]],
      ['@.5', [[T.Number, '.5']]],
      ['@-4', [[T.Number, '-4']]],
      ['@4', [[T.Number, '4']]],
      ['@a', [[T.Ident, 'a']]],
      ['@é', [[T.Ident, 'é']]],
      ['@"x"', [[T.String, '"x"']]],
    ];
    for (const [text, rest] of cases) {
      const { tokens, diagnostics } = scan(text);
      assert.deepEqual(tokens, [[T.Invalid, '@'], ...rest], text);
      assert.deepEqual(diagnostics.map((d) => [d.code, d.start, d.end]), [['VS001', 0, 1]], text);
    }
  });

  // U+00A9 is So, U+0663 (Arabic-Indic three) is Nd: neither can start a token, so both join the run.
  it('groups a non-ASCII symbol or digit after an unexpected character into the same finding', () => {
    for (const text of ['@©', '@٣']) {
      const { tokens, diagnostics } = scan(text);
      assert.deepEqual(tokens, [[T.Invalid, text]], text);
      assert.deepEqual(diagnostics.map((d) => [d.code, d.start, d.end]), [['VS001', 0, 2]], text);
    }
  });

  it('stops reporting after many errors in a binary file', () => {
    const junk = Array.from({ length: 1000 }, () => '\u0001 ').join('');
    const { diagnostics } = scan(junk);
    assert.equal(diagnostics.length, 201);
    assert.equal(diagnostics[200].code, 'VS011');
  });
});
