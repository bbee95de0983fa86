import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeChecked } from './fuzz/check';
import { binaryGarbage, mutate, statementSoup, tokenSoup } from './fuzz/inputs';
import { caseSeed, mulberry32, type Random } from './fuzz/prng';

// A fixed default seed keeps CI deterministic; FUZZ_SEED=<n> explores other inputs and
// FUZZ_SCALE=<k> runs k times as many cases. Every failure names its run and case seed.
const RUN_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) >>> 0 : 0x5eed_0001;
const SCALE = Number(process.env.FUZZ_SCALE ?? 1) || 1;

const EXAMPLES_DIR = join(__dirname, '../../examples');
const examples = readdirSync(EXAMPLES_DIR)
  .filter((f) => f.endsWith('.virt'))
  .sort()
  .map((f) => readFileSync(join(EXAMPLES_DIR, f), 'utf8'));

/** Runs `count` cases of one kind; the case seed alone regenerates an input. */
function fuzz(kind: string, count: number, generate: (rng: Random) => string): void {
  const n = Math.round(count * SCALE);
  for (let i = 0; i < n; i++) {
    const seed = caseSeed(RUN_SEED ^ hash(kind), i);
    const text = generate(mulberry32(seed));
    analyzeChecked(text, `${kind} case ${i}: case seed ${seed}, run seed ${RUN_SEED} (rerun with FUZZ_SEED=${RUN_SEED})`);
  }
}

/** Gives each kind its own stream, so adding a kind does not change the inputs of the others. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

describe(`fuzz: analyze() never throws and locates every diagnostic (seed ${RUN_SEED})`, function () {
  this.timeout(20_000 * Math.max(1, SCALE)); // a larger FUZZ_SCALE needs proportionally longer
  it('reads the example files it mutates', () => {
    assert.ok(examples.length >= 3, `expected the examples in ${EXAMPLES_DIR}`);
    for (const text of examples) analyzeChecked(text, 'an unmodified example');
  });

  it('survives token soup weighted toward the language', () => {
    fuzz('token-soup', 1500, (rng) => tokenSoup(rng, rng.chance(0.9) ? 60 : 600));
  });

  it('survives random nested statements', () => {
    fuzz('statement-soup', 1000, (rng) => statementSoup(rng, rng.chance(0.9) ? 30 : 300));
  });

  it('survives edits of the example files', () => {
    fuzz('mutation', 1500, (rng) => mutate(rng, rng.pick(examples)));
  });

  it('survives binary garbage', () => {
    fuzz('binary', 600, (rng) => binaryGarbage(rng, rng.chance(0.9) ? 512 : 8192));
  });
});
