import * as assert from 'node:assert/strict';
import { analyzeChecked } from './fuzz/check';

// Bugs found by the fuzz and bad-input work, each kept as the smallest input that showed it.

const codesOf = (text: string): string[] => analyzeChecked(text, 'known bug').diagnostics.map((d) => `${d.code} ${text.slice(d.start, d.end)}`);

describe('regressions found by fuzzing', () => {
  describe('keywords that are Object.prototype names crash analyze() (`key in PROPERTY_PLACES` / `in examples`)', () => {
    it('`toString`, `__proto__` as statements in a block', () => {
      assert.deepEqual(codesOf('hardware h {\n  cpu 4\n  memory 4 GiB\n  toString 4\n  __proto__\n}\n'), ['VS100 toString', 'VS100 __proto__']);
    });

    it('`constructor` as a load profile with an option', () => {
      const findings = codesOf('hardware h { cpu 4; memory 4 GiB; os linux; app a { load constructor 1%..2% seed 1 } }');
      assert.deepEqual(findings.map((f) => f.split(' ')[0]), ['VS102']);
    });

    it('`constructor` at the top level is an unknown keyword, not a misplaced property', () => {
      assert.deepEqual(codesOf('constructor\n'), ['VS100 constructor']);
    });
  });

  describe('analyze() throws RangeError when validation finds more than ~100k things (`push(...validate())`)', () => {
    it('50,000 same-named hosts without capacity (~150,000 VS300 and VS403)', () => {
      assert.ok(codesOf('hardware h\n'.repeat(50_000)).length >= 100_000);
    });
  });

  describe('syntax errors past the scanner are not capped (a 10 MB file of `}` gives 10 M findings in ~10 s)', () => {
    it('1 MB of `}` yields a bounded number of findings', () => {
      const n = codesOf('}'.repeat(1 << 20)).length;
      assert.ok(n <= 1000, `${n} findings`);
    });
  });

  // Found when `peak` was not checked: an impossible time was accepted, and a peak that is not a
  // time dropped the load profile without a word. These check the findings that replaced both.
  describe('`load daily … peak` is checked', () => {
    it('a peak of 99:99, past 23:59, is VS112 at the time', () => {
      assert.deepEqual(codesOf('hardware h { cpu 4; memory 4 GiB; os linux; app a { load daily 20%..90% peak 99:99 } }'), ['VS112 99:99']);
    });

    it("a peak that is not a time is VS102 at the value, saying 'peak' expects a time of day, and the app has no load profile", () => {
      const text = 'hardware h { cpu 4; memory 4 GiB; os linux; app a { load daily 20%..90% peak 14 } }';
      const r = analyzeChecked(text, 'known bug');
      assert.deepEqual(r.diagnostics.map((d) => [d.code, d.start, d.end, d.messageId]), [['VS102', text.indexOf('14 }'), text.indexOf('14 }') + 2, 'schema.expectedValue']]);
      assert.deepEqual(r.diagnostics[0].args.slice(0, 2), ['peak', { id: 'what.timeOfDay' }]);
      assert.equal(r.model.layers.find((l) => l.name === 'a')?.props.load, undefined);
    });
  });
});

describe('regressions found by fuzzing, second round', () => {
  it('an invalid capacity is reported once, not also as missing', () => {
    assert.deepEqual(codesOf('hardware h {\n  cpu -4 cores\n  memory 4 GiB\n}'), ['VS104 -4 cores']);
  });

  it('a range where one value is expected is refused', () => {
    assert.deepEqual(codesOf('hardware h { cpu 4; memory 4 GiB; os linux { app a { load random 20%..90% seed 1..2 } } }'), ['VS102 1..2']);
    assert.deepEqual(codesOf('hardware h { cpu 4; memory 4 GiB; os linux { app a { load spikes 10%..90% every 1 m..2 h for 5 m } } }'), ['VS102 1 m..2 h']);
  });

  it('quotes at most 80 characters of the user text in a message', () => {
    const word = 'x'.repeat(100_000);
    const [d] = analyzeChecked(`${word}\n`, 'long word').diagnostics;
    assert.equal(d.code, 'VS100');
    assert.ok(d.message.length < 200, `${d.message.length} characters`);
  });

  it('a lone CR ends a line, as in VS Code', () => {
    assert.deepEqual(codesOf('hardware h {\r  cpu 4\r  memory 4 GiB\r}\r'), []);
  });
});
