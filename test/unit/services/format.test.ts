import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { applyEdits } from '../../../src/core/services/textEdits';
import { formatEdits, formatText } from '../../../src/core/services/formatting/format';
import { excerpt } from '../fuzz/check';
import { binaryGarbage, mutate, statementSoup, tokenSoup } from '../fuzz/inputs';
import { largeStack } from '../fuzz/large';
import { caseSeed, mulberry32, type Random } from '../fuzz/prng';
import { meaning } from './meaning';
import { pairText, timePair } from '../timing';

const dir = join(__dirname, '../../../examples');
const examples = readdirSync(dir).filter((f) => f.endsWith('.virt')).sort().map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
const RUN_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) >>> 0 : 0xf0_4a7;

/** Formats and checks the two promises: the same meaning, and a second pass changes nothing. */
function check(text: string, label: string): string {
  const out = formatText(text);
  if (meaning(analyze(out)) !== meaning(analyze(text))) assert.fail(`formatting changed the meaning of ${label}\ninput:  ${excerpt(text)}\noutput: ${excerpt(out)}`);
  const again = formatText(out);
  if (again !== out) assert.fail(`formatting is not idempotent on ${label}\nonce:  ${excerpt(out)}\ntwice: ${excerpt(again)}`);
  // The edits the editor applies give the same text as formatText.
  assert.equal(applyEdits(text, formatEdits(text)), out, `edits differ from formatText on ${label}`);
  return out;
}

function fuzz(kind: string, count: number, generate: (rng: Random) => string): void {
  for (let i = 0; i < count; i++) {
    const seed = caseSeed(RUN_SEED + kind.length * 7919, i);
    check(generate(mulberry32(seed)), `${kind} case ${i} (case seed ${seed}, FUZZ_SEED=${RUN_SEED})`);
  }
}

describe('formatter', () => {
  it('indents by two spaces per block and spaces tokens canonically', () => {
    const text = 'hardware h{\n\tcpu   4 cores ;memory 8GiB\n      os linux{app a{load daily 20 % .. 90% peak 14:00}}\n  }\n';
    assert.equal(formatText(text), 'hardware h {\n  cpu 4 cores; memory 8 GiB\n  os linux { app a { load daily 20%..90% peak 14:00 } }\n}\n');
    assert.equal(formatText('hardware h {\n  os linux {\n    app a { depends b ,c }\n  }\n}\n'), 'hardware h {\n  os linux {\n    app a { depends b, c }\n  }\n}\n');
  });

  it('keeps line structure, one blank line at most, and ends with one line break', () => {
    assert.equal(formatText('\n\nstack "x"\n\n\n\nhardware h {\n\n  cpu 1\n}\n\n\n'), 'stack "x"\n\nhardware h {\n\n  cpu 1\n}\n');
    assert.equal(formatText('hardware h { cpu 1 }'), 'hardware h { cpu 1 }\n');
  });

  it('indents comment lines with their block and keeps trailing comments aligned where there is room', () => {
    const text = 'hardware h {\n# the box\n    cpu 4 cores        # physical\n    memory 8 GiB       # installed\n  reserve 1 GiB 2 GiB # too many\n}\n';
    assert.equal(formatText(text), 'hardware h {\n  # the box\n  cpu 4 cores          # physical\n  memory 8 GiB         # installed\n  reserve 1 GiB 2 GiB # too many\n}\n');
  });

  it('keeps CRLF line breaks, a byte-order mark, strings and unreadable lines as written', () => {
    assert.equal(formatText('hardware h {\r\ncpu 1\r\n}\r\n'), 'hardware h {\r\n  cpu 1\r\n}\r\n');
    // Mixed and lone-CR line breaks become the file's first kind, as VS Code's own buffer keeps them.
    assert.equal(formatText('hardware h {\r\ncpu 1\n\r\rcpu 2\r}'), 'hardware h {\r\n  cpu 1\r\n\r\n  cpu 2\r\n}\r\n');
    assert.equal(formatText('\ufeffstack  "a  b"\n'), '\ufeffstack "a  b"\n');
    assert.equal(formatText('hardware h {\n   app x "open   \n}\n'), 'hardware h {\n  app x "open   \n}\n');
    // `1. ..2` would become `1...2`, which scans differently: the line is kept as it was.
    assert.equal(formatText('hardware h {\n      cpu 1. ..2\n}\n'), 'hardware h {\n  cpu 1. ..2\n}\n');
  });

  it('formats only the lines of a range, with one edit per changed line', () => {
    const text = 'hardware a {\ncpu 1\n}\nhardware b {\ncpu 2\nmemory  1 GiB\n}\n';
    const second = text.indexOf('cpu 2');
    const edits = formatEdits(text, { start: second, end: second + 3 });
    assert.deepEqual(edits.map((e) => e.newText), ['  cpu 2\n']);
    assert.equal(formatEdits('hardware h {\n  cpu 1\n}\n').length, 0);
  });

  it('leaves the examples as written (they are the canonical style)', () => {
    for (const { name, text } of examples.filter((e) => e.name !== 'mistakes.virt')) assert.equal(formatText(text), text, name);
  });

  it('keeps the meaning of every example and is idempotent on it', () => {
    for (const { name, text } of examples) check(text, name);
  });

  it('keeps the meaning of edited examples (fuzz)', function () {
    this.timeout(60_000);
    fuzz('mutation', 400, (rng) => mutate(rng, rng.pick(examples).text));
  });

  it('keeps the meaning of random statements, token soup and binary garbage (fuzz)', function () {
    this.timeout(60_000);
    fuzz('statement-soup', 300, (rng) => statementSoup(rng, 40));
    fuzz('token-soup', 400, (rng) => tokenSoup(rng, 80));
    fuzz('binary', 150, (rng) => binaryGarbage(rng, 600));
  });

  it('keeps the meaning of a 400,000-character (about 21,000-line) file and formats it to a fixed point', function () {
    this.timeout(30_000);
    check(largeStack(400_000), 'a large stack');
  });

  it('formats in time linear in the lines: 4 times the lines (20,000 and 80,000) take under 12 times as long (a quadratic path takes 16)', function () {
    this.timeout(60_000);
    // Not smaller: up to about 10,000 lines the formatter's few objects per token fit V8's young
    // generation and need no collection, so a small file formats disproportionately fast (5,000
    // to 20,000 lines measured 11 times as long; 20,000 to 80,000, 5 times).
    const small = largeStack(384_000);
    const big = largeStack(1_536_000);
    const lines = (t: string): number => t.split('\n').length;
    assert.ok(Math.abs(lines(big) / lines(small) - 4) < 0.3, `${lines(small)} and ${lines(big)} lines`);
    formatText(small);
    formatText(big);
    const pair = timePair(() => formatText(small), () => formatText(big), { clearly: 8, runs: 1 });
    assert.ok(pair.ratio < 12, pairText(`${lines(small)} lines`, String(lines(big)), pair));
  });

  describe('deep nesting (a review found 10,000 nested blocks formatted to 100 MB, and 40,000 threw)', () => {
    const nested = (n: number): string => 'hardware h {\n'.repeat(n) + '}\n'.repeat(n);

    it('indents no deeper than the parser reads, so 10,000 nested blocks stay about their own size', function () {
      this.timeout(60_000);
      const text = nested(10_000);
      const out = check(text, '10,000 nested blocks');
      // Every line is indented by at most MAX_DEPTH (64) steps of two spaces.
      assert.ok(out.length <= text.length + 20_000 * 128, `${out.length} characters from ${text.length}`);
      const widest = Math.max(...out.split('\n').map((l) => /^ */.exec(l)![0].length));
      assert.equal(widest, 128);
    });

    it('formats 40,000 nested blocks without throwing', function () {
      this.timeout(60_000);
      const text = nested(40_000);
      const out = formatText(text);
      assert.equal(formatText(out), out);
      assert.ok(out.length < text.length * 40);
    });
  });
});
