import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { stackDiagrams, stackSource } from '../../src/core/diagram/generate';
import { DEFAULT_DIAGRAM_OPTIONS } from '../../src/core/diagram/strings';
import type { StackModel } from '../../src/core/model/types';

/** The preview's options in a 360 px panel: one column a band. */
const NARROW = { ...DEFAULT_DIAGRAM_OPTIONS, maxColumns: 1 };

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

  it(`wraps ${N.toLocaleString('en')} runtimes on one host into bands of a narrow panel, in time linear in their number`, () => {
    // A 360 px panel's budget: one column a band, so 150,000 bands (wrap.ts). A filter of every
    // cell for each band made this quadratic: about 10^10 steps.
    const small = runtimes(N / 4);
    stackDiagrams(small, NARROW); // warm up
    const quarter = timed(() => stackDiagrams(small, NARROW));
    const whole = timed(() => stackDiagrams(big, NARROW));
    const host = whole.value.hosts[0];
    // Each band: the runtime and its caption, over the hardware and the OS continued under it.
    assert.equal(host.blocks.length, 4 * N);
    assert.match(host.source, /^block-beta\n {2}columns 1\n/);
    assert.ok(whole.ms < 10 * quarter.ms, `${N} runtimes took ${whole.ms.toFixed(0)} ms, ${N / 4} took ${quarter.ms.toFixed(0)} ms`);
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
