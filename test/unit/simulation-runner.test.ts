import * as assert from 'node:assert/strict';
import { buildSync } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SimulationOutcome } from '../../src/core/simulation';
import { DEFAULT_VALIDATION } from '../../src/core/validate/validator';
import { runInWorker, WORKER_LIMITS } from '../../src/extension/simulation/runner';
import type { StopSignal } from '../../src/extension/simulation/workerProtocol';
import { simulationFleet } from '../../bench/simulate/fleet';
import { KOREAN } from './bundles';

// The extension runs each simulation in a worker thread of bounded memory (runner.ts). These
// start real workers: the extension's own, bundled as the build does, and one that only
// allocates, and check that a worker out of memory becomes a message for the user.

const never: StopSignal = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose: () => undefined }) };
const request = (text: string) => ({ text, validation: DEFAULT_VALIDATION, overrides: {} });

describe('simulation: the worker', () => {
  let root: string;
  before(function () {
    this.timeout(30_000);
    root = mkdtempSync(join(tmpdir(), 'virt-worker-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  /** An extension folder whose dist/workers/worker.js is the given script, or the real worker bundled. */
  function extensionWith(name: string, script?: string): string {
    const dir = join(root, name);
    mkdirSync(join(dir, 'dist', 'workers'), { recursive: true });
    const out = join(dir, 'dist', 'workers', 'worker.js');
    if (script) writeFileSync(out, script);
    else buildSync({ entryPoints: [join(__dirname, '../../src/extension/simulation/worker.ts')], bundle: true, format: 'cjs', platform: 'node', target: 'node20', outfile: out, logLevel: 'error' });
    return dir;
  }

  it('runs a file within its memory limits', async function () {
    this.timeout(30_000);
    assert.ok((WORKER_LIMITS.maxOldGenerationSizeMb ?? Infinity) <= 1024);
    const outcome = await runInWorker(extensionWith('real'), request(readFileSync(join(__dirname, '../../examples/hello.virt'), 'utf8')), never, () => undefined);
    assert.equal(outcome.status, 'done');
  });

  it('turns a worker out of memory into a refusal that says so, in English and Korean', async function () {
    this.timeout(60_000);
    const hog = "const keep = []; for (;;) keep.push(new Array(100000).fill(Math.random()));\n";
    const outcome: SimulationOutcome = await runInWorker(extensionWith('hog', hog), request(''), never, () => undefined, { maxOldGenerationSizeMb: 24, maxYoungGenerationSizeMb: 8 });
    assert.equal(outcome.status, 'refused');
    const refusal = (outcome as Extract<SimulationOutcome, { status: 'refused' }>).refusal;
    assert.equal(refusal.reason, 'out-of-memory');
    assert.match(refusal.message, /ran out of memory: it may use 24 MB.*fewer hosts/);
    assert.match(KOREAN.text(refusal.text), /메모리가 부족합니다.*24 MB/);
    assert.equal(refusal.span, undefined);
  });

  it('stops the extension\'s own worker at its limit, with the same message', async function () {
    this.timeout(60_000);
    const outcome = await runInWorker(extensionWith('real-small'), request(simulationFleet(2000)), never, () => undefined, { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 2 });
    assert.equal(outcome.status, 'refused');
    assert.equal((outcome as Extract<SimulationOutcome, { status: 'refused' }>).refusal.reason, 'out-of-memory');
  });
});
