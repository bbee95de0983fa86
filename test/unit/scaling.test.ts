import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { Diagnostic } from '../../src/core/diagnostics';
import { fastest } from './timing';

// Paths that were quadratic in the size of the file (issue 12). Each test times two sizes in one
// process: four times the input must take about four times as long, far from the sixteen of a
// quadratic path, with generous bounds since the machine may be busy.

/** Times `make(small)` and `make(big)` through analyze(), the small one warmed up and the fastest of three; returns the ratio and the big one's findings. */
function ratio(make: (n: number) => string, small: number, big: number): { a: number; b: number; found: Diagnostic[] } {
  const s = make(small);
  const l = make(big);
  analyze(s);
  const a = fastest(() => analyze(s), 3);
  let found: Diagnostic[] = [];
  const b = fastest(() => (found = analyze(l).diagnostics), 1);
  return { a, b, found };
}

describe('analysis time grows linearly with the file', () => {
  it('80,000 names declared twice (bug 3: a scan from the start of the text for the line of each duplicate)', () => {
    const twice = (n: number): string => {
      let apps = '';
      for (let i = 0; i < n; i++) apps += `  app a${i}\n`;
      return `hardware h { cpu 1; memory 1 GiB; os linux {\n${apps}${apps}} }\n`;
    };
    const { a, b, found } = ratio(twice, 20_000, 80_000);
    assert.equal(found.length, 80_000);
    assert.equal(found[80_000 - 1].args[2], String(80_000 + 1), 'the line of the first declaration of the last name');
    assert.ok(b / a < 10, `20,000 duplicates: ${a.toFixed(0)} ms, 80,000: ${b.toFixed(0)} ms, ratio ${(b / a).toFixed(1)}`);
    assert.ok(b < 10_000, `80,000 duplicates took ${b.toFixed(0)} ms (48 s before the fix)`);
  });

  it('20,000 start-up cycles through one long chain (the path was searched and joined whole for each)', () => {
    // a_i depends on a_(i-1) and on the last: every a_i closes a cycle through the whole chain above it.
    const chain = (n: number): string => {
      let apps = '';
      for (let i = 0; i < n; i++) apps += `  app a${i} { depends ${i > 0 ? `a${i - 1}, ` : ''}a${n - 1} }\n`;
      return `hardware h { cpu 1; memory 1 GiB; os linux {\n${apps}} }\n`;
    };
    const { a, b, found } = ratio(chain, 5_000, 20_000);
    const cycles = found.filter((d) => d.code === 'VS302');
    assert.equal(cycles.length, 20_000 - 1);
    // The message quotes as much of the cycle as before: its first 80 characters.
    const names = ['a0', ...Array.from({ length: 30 }, (_, i) => `a${20_000 - 1 - i}`)].join(' → ');
    assert.equal(cycles[0].args[0], `${names.slice(0, 80)}…`);
    assert.ok(b / a < 10, `5,000 apps: ${a.toFixed(0)} ms, 20,000: ${b.toFixed(0)} ms, ratio ${(b / a).toFixed(1)}`);
    assert.ok(b < 10_000, `20,000 apps took ${b.toFixed(0)} ms`);
  });

  it('a short cycle is described whole, as before', () => {
    const text = 'hardware h { cpu 1; memory 1 GiB; os linux { app a { depends b }; app b { depends c }; app c { depends a } } }';
    assert.deepEqual(analyze(text).diagnostics.map((d) => d.args[0]), ['a → b → c → a']);
  });
});
