import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { stackDiagrams, stackSource } from '../../src/core/diagram/generate';
import type { StackModel } from '../../src/core/model/types';

/** One host with `n` container runtimes on its OS: 2n + 2 blocks, a caption above each runtime. */
function runtimes(n: number): StackModel {
  return analyze(`hardware h { cpu 4; memory 8 GiB; os linux {\n${'  runtime docker\n'.repeat(n)}} }\n`).model;
}

function timed<T>(f: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = f();
  return { value, ms: performance.now() - start };
}

// Spreading a host's cells into push(...) threw RangeError (the engine's limit on a call's
// arguments) from about 90,000 runtimes in the Markdown copy and 150,000 in the preview.
describe('diagrams of huge hosts', function () {
  this.timeout(180_000);
  const N = 150_000;
  let big: StackModel;

  before(() => {
    big = runtimes(N);
    assert.equal(big.layers.length, N + 2);
  });

  it(`lays out and writes the preview's diagram of ${N.toLocaleString('en')} runtimes on one host`, () => {
    const { hosts, blockCount } = stackDiagrams(big);
    assert.equal(blockCount, 2 * N + 2);
    assert.equal(hosts[0].blocks.length, 2 * N + 2);
    assert.match(hosts[0].source, new RegExp(`^block-beta\\n {2}columns ${N}\\n`));
    assert.ok(hosts[0].source.includes(`b${2 * N + 1}["`), 'the last caption is written');
  });

  it(`writes the Markdown copy of ${N.toLocaleString('en')} runtimes on one host, in time linear in their number`, () => {
    const small = runtimes(N / 4);
    stackSource(small); // warm up
    const quarter = timed(() => stackSource(small));
    const whole = timed(() => stackSource(big));
    assert.ok(whole.value.includes(`h0b${2 * N + 1}["`), 'the last caption is written');
    // Linear is 4 times the quarter's time, quadratic 16; the margin is for a busy machine.
    assert.ok(whole.ms < 10 * quarter.ms, `${N} runtimes took ${whole.ms.toFixed(0)} ms, ${N / 4} took ${quarter.ms.toFixed(0)} ms`);
  });
});
