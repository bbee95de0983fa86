import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { Diagnostic } from '../../src/core/diagnostics';
import { mulberry32 } from './fuzz/prng';
import { fastest, type TimedPair, timePair } from './timing';

// Paths that were quadratic in the size of the file (issue 12). Each test times two sizes in one
// process: four times the input must take about four times as long, far from the sixteen of a
// quadratic path (under 12 is asked; the paths fixed measured 18 to 45), with generous bounds
// since the machine may be busy.

/**
 * Times analyze() of `make(small)` and of `make(big)` (timePair in timing.ts): the small one
 * analysed big/small times in a row, so that both allocate alike, the fastest of three such rounds
 * after a warm-up, and of `bigRuns` runs of the big one. Returns both and the big one's findings.
 */
function ratio(make: (n: number) => string, small: number, big: number, bigRuns = 1): TimedPair & { found: Diagnostic[] } {
  const s = make(small);
  const l = make(big);
  analyze(s);
  let found: Diagnostic[] = [];
  const pair = timePair(() => analyze(s), () => (found = analyze(l).diagnostics), { clearly: 8, repeatSmall: Math.round(big / small), smallRuns: 3, runs: bigRuns });
  return { ...pair, found };
}

describe('analysis time grows linearly with the file', function () {
  // Each test analyses megabytes several times: on a busy machine that takes minutes, not seconds,
  // and a test of growth must not fail because the machine is slow (the ratio is the check).
  this.timeout(180_000);
  it('80,000 names declared twice (bug 3: a scan from the start of the text for the line of each duplicate)', () => {
    const twice = (n: number): string => {
      let apps = '';
      for (let i = 0; i < n; i++) apps += `  app a${i}\n`;
      return `hardware h { cpu 1; memory 1 GiB; os linux {\n${apps}${apps}} }\n`;
    };
    const { a, b, found } = ratio(twice, 20_000, 80_000, 2);
    assert.equal(found.length, 80_000);
    assert.equal(found[80_000 - 1].args[2], String(80_000 + 1), 'the line of the first declaration of the last name');
    assert.ok(b / a < 12, `20,000 duplicates: ${a.toFixed(0)} ms, 80,000: ${b.toFixed(0)} ms, ratio ${(b / a).toFixed(1)}`);
    assert.ok(b < 20_000, `80,000 duplicates took ${b.toFixed(0)} ms (45 s before the fix)`);
  });

  it('20,000 start-up cycles through one long chain (the path was searched and joined whole for each)', () => {
    // a_i depends on a_(i-1) and on the last: every a_i closes a cycle through the whole chain above it.
    const chain = (n: number): string => {
      let apps = '';
      for (let i = 0; i < n; i++) apps += `  app a${i} { depends ${i > 0 ? `a${i - 1}, ` : ''}a${n - 1} }\n`;
      return `hardware h { cpu 1; memory 1 GiB; os linux {\n${apps}} }\n`;
    };
    const { a, b, found } = ratio(chain, 5_000, 20_000, 2);
    const cycles = found.filter((d) => d.code === 'VS302');
    assert.equal(cycles.length, 20_000 - 1);
    // The message quotes as much of the cycle as before: its first 80 characters.
    const names = ['a0', ...Array.from({ length: 30 }, (_, i) => `a${20_000 - 1 - i}`)].join(' → ');
    assert.equal(cycles[0].args[0], `${names.slice(0, 80)}…`);
    assert.ok(b / a < 12, `5,000 apps: ${a.toFixed(0)} ms, 20,000: ${b.toFixed(0)} ms, ratio ${(b / a).toFixed(1)}`);
    assert.ok(b < 10_000, `20,000 apps took ${b.toFixed(0)} ms`);
  });

  it('a short cycle is described whole, as before', () => {
    const text = 'hardware h { cpu 1; memory 1 GiB; os linux { app a { depends b }; app b { depends c }; app c { depends a } } }';
    assert.deepEqual(analyze(text).diagnostics.map((d) => d.args[0]), ['a → b → c → a']);
  });

  for (const [name, eol] of [['LF', '\n'], ['CR', '\r']] as const) {
    it(`80,000 comments on lines ending in ${name} (a comment ends at the first LF or CR: neither is searched for to the end per comment)`, () => {
      const comments = (n: number): string => `hardware h { cpu 1; memory 1 GiB${eol}${'  # a comment'.concat(eol).repeat(n)}}${eol}`;
      const { a, b, found } = ratio(comments, 20_000, 80_000, 3);
      assert.deepEqual(found, []);
      assert.ok(b / Math.max(a, 10) < 12, `20,000 comments: ${a.toFixed(1)} ms, 80,000: ${b.toFixed(1)} ms`);
    });
  }

  describe('a very long name (bug 2: did-you-mean deleted each letter of it in turn, then compared it whole)', () => {
    /** `n` letters that do not repeat in runs (a run of one letter once hid the cost). */
    const letters = (n: number, seed: number): string => {
      const rng = mulberry32(seed);
      let out = '';
      for (let i = 0; i < n; i++) out += String.fromCharCode(97 + rng.int(26));
      return out;
    };
    // Declared names as long as the reference, and one letter away from it, are the worst case.
    const inDepends = (n: number): string => {
      const name = letters(n, 1);
      const near = [letters(n - 1, 2), letters(n, 3), letters(n + 1, 4), `${name.slice(0, n >> 1)}${name.slice((n >> 1) + 2)}`];
      return `hardware h { cpu 4; memory 8 GiB; os linux {\n  app a { depends ${name}, ${name}x, ${name.slice(1)} }\n${near.map((x) => `  app ${x}\n`).join('')}} }\n`;
    };
    const asProducts = (n: number): string => {
      const name = letters(n, 5);
      return `hardware h { cpu 4; memory 8 GiB; hypervisor ${name} { vm v { vcpu 1; memory 1 GiB; os ${name} } }
  os linux { runtime ${name} { container c { } }; middleware ${name}; app b { tenant ${name}; image "${name}" } }
  ${name} 1
}
`;
    };

    for (const [what, make] of [['in depends', inDepends], ['as product, kernel family and keyword', asProducts]] as const) {
      it(`40,000 and 80,000 characters ${what}`, () => {
        // Milliseconds each: the fastest of several runs, since a pause of the garbage collector is as long.
        const { a, b, found } = ratio(make, 20_000, 80_000, 5);
        assert.ok(found.length > 0 && found.every((d) => d.message.length < 400), 'findings quote at most 80 characters of the name');
        // Four times the length, about four times the time (and far under a second): it was 16 times, and 10 s at 40,000.
        // Both take a few milliseconds, where a busy machine's noise is as large as the work: the
        // small one counts as at least 10 ms.
        assert.ok(b / Math.max(a, 10) < 12, `20,000 characters: ${a.toFixed(1)} ms, 80,000: ${b.toFixed(1)} ms`);
        assert.ok(b < 1000, `80,000 characters took ${b.toFixed(0)} ms`);
        const forty = make(40_000);
        assert.ok(fastest(() => analyze(forty), 1) < 1000);
      });
    }
  });
});
