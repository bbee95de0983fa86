import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import * as esbuild from 'esbuild';
import { analyze, simulate, type SimulationOutcome } from '../../src/core/languageService';
import { DEFAULT_VALIDATION } from '../../src/core/validate/validator';
import { runInWebWorker, type WorkerLike } from '../../src/extension/simulation/webRunner';
import type { StopSignal, WorkerReply, WorkerRequest } from '../../src/extension/simulation/workerProtocol';
import { evaluateCommonJs, WEB_ENGLISH_MODULE } from '../../src/extension/webModule';

// VS Code for the Web runs the extension in a web worker: no Node API, and simulations in Web
// Workers (webRunner.ts, webWorker.ts). These build the web bundles as scripts/build.mjs does and
// run the worker's bundle where no Node API exists, and drive the runner with a stand-in worker.

const root = join(__dirname, '..', '..');
const request = (text: string): WorkerRequest => ({ text, validation: DEFAULT_VALIDATION, overrides: {} });
const hello = readFileSync(join(root, 'examples', 'hello.virt'), 'utf8');

/** A stop signal a test fires by hand. */
function stopper(): StopSignal & { fire(): void } {
  const listeners: (() => void)[] = [];
  const signal = {
    isCancellationRequested: false,
    onCancellationRequested: (listener: () => void) => {
      listeners.push(listener);
      return { dispose: () => listeners.splice(listeners.indexOf(listener), 1) };
    },
    fire: () => {
      signal.isCancellationRequested = true;
      for (const l of [...listeners]) l();
    },
  };
  return signal;
}

/** A worker that records what the runner does to it and replies when the test says. */
class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  posted: unknown[] = [];
  terminated = 0;
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated++;
  }
  reply(data: unknown): void {
    this.onmessage?.({ data });
  }
}

/** Starts runInWebWorker on a fake worker and hands both back once the request is posted. */
async function start(stop: StopSignal = stopper(), progress: [number, number][] = []): Promise<{ worker: FakeWorker; outcome: Promise<SimulationOutcome> }> {
  const worker = new FakeWorker();
  const outcome = runInWebWorker(async () => worker, request(hello), stop, (done, total) => progress.push([done, total]));
  for (let i = 0; i < 10 && worker.posted.length === 0; i++) await Promise.resolve();
  return { worker, outcome };
}

describe('web extension: the simulation in a Web Worker', () => {
  it('posts the request, reports progress and resolves with the outcome, then terminates the worker', async () => {
    const progress: [number, number][] = [];
    const { worker, outcome } = await start(stopper(), progress);
    assert.deepEqual(worker.posted, [request(hello)]);
    worker.reply({ type: 'progress', done: 3, total: 10 });
    worker.reply({ type: 'progress', done: 10, total: 10 });
    worker.reply({ type: 'outcome', outcome: { status: 'cancelled', stepsDone: 7, steps: 9 } });
    assert.deepEqual(await outcome, { status: 'cancelled', stepsDone: 7, steps: 9 });
    assert.deepEqual(progress, [[3, 10], [10, 10]]);
    assert.equal(worker.terminated, 1);
  });

  it('ends as cancelled at the last step reported as soon as the user cancels, terminating the worker', async () => {
    const stop = stopper();
    const { worker, outcome } = await start(stop);
    worker.reply({ type: 'progress', done: 40, total: 1440 });
    stop.fire();
    assert.deepEqual(await outcome, { status: 'cancelled', stepsDone: 40, steps: 1440 });
    assert.equal(worker.terminated, 1);
    // A reply that was already on its way changes nothing.
    worker.reply({ type: 'outcome', outcome: { status: 'cancelled', stepsDone: 1, steps: 1 } });
    assert.equal(worker.terminated, 1);
  });

  it('starts no worker for a run cancelled before it began', async () => {
    const stop = stopper();
    stop.fire();
    let started = 0;
    const outcome = await runInWebWorker(async () => {
      started++;
      return new FakeWorker();
    }, request(hello), stop, () => undefined);
    assert.deepEqual(outcome, { status: 'cancelled', stepsDone: 0, steps: 0 });
    assert.equal(started, 0);
  });

  it('rejects with the worker\'s message when the job fails or the worker dies, and ignores foreign messages', async () => {
    const failed = await start();
    failed.worker.reply({ hello: 'from another library' });
    failed.worker.reply({ type: 'progress', done: 'x' });
    failed.worker.reply({ type: 'error', message: 'the engine broke' });
    await assert.rejects(failed.outcome, /the engine broke/);
    assert.equal(failed.worker.terminated, 1);

    const died = await start();
    let prevented = false;
    died.worker.onerror?.({ message: 'Uncaught RangeError: Array buffer allocation failed', preventDefault: () => (prevented = true) });
    await assert.rejects(died.outcome, /Array buffer allocation failed/);
    assert.ok(prevented, 'the error is handled, not left to the host\'s console');
    assert.equal(died.worker.terminated, 1);
  });
});

describe('web extension: the bundles', function () {
  this.timeout(60_000);
  let extension = '';
  let views = '';
  let importers = '';
  let worker = '';

  before(async () => {
    // As scripts/build.mjs builds them with --production, in memory.
    const common = { bundle: true, minify: true, platform: 'browser', target: 'es2022', charset: 'utf8', write: false, logLevel: 'silent' } as const;
    // The views and the importer take the activation bundle's English texts (englishFromActivation).
    const english: esbuild.Plugin = { name: 'english', setup: (b) => b.onResolve({ filter: /[\\/]bundle\.l10n\.json$/ }, () => ({ path: WEB_ENGLISH_MODULE, external: true })) };
    const [ext, vws, imp, wrk] = await Promise.all([
      esbuild.build({ ...common, entryPoints: [join(root, 'src', 'extension', 'webExtension.ts')], format: 'cjs', external: ['vscode'] }),
      esbuild.build({ ...common, entryPoints: [join(root, 'src', 'extension', 'views.ts')], format: 'cjs', external: ['vscode'], plugins: [english] }),
      esbuild.build({ ...common, entryPoints: [join(root, 'src', 'extension', 'import', 'importing.ts')], format: 'cjs', external: ['vscode'], plugins: [english] }),
      esbuild.build({ ...common, entryPoints: [join(root, 'src', 'extension', 'simulation', 'webWorker.ts')], format: 'iife' }),
    ]);
    extension = ext.outputFiles[0].text;
    views = vws.outputFiles[0].text;
    importers = imp.outputFiles[0].text;
    worker = wrk.outputFiles[0].text;
  });

  it('require only vscode and use no Node global', () => {
    assert.deepEqual([...new Set(extension.match(/require\("[^"]*"\)/g))], ['require("vscode")']);
    const requires = (bundled: string): string[] => [...new Set(bundled.match(/require\("[^"]*"\)/g))].sort();
    assert.deepEqual(requires(views), [`require("${WEB_ENGLISH_MODULE}")`, 'require("vscode")']);
    assert.deepEqual(requires(importers), [`require("${WEB_ENGLISH_MODULE}")`, 'require("vscode")']);
    assert.equal(worker.match(/require\(/g), null);
    for (const [name, bundled] of [['extension', extension], ['views', views], ['importers', importers], ['worker', worker]]) {
      // A library may use a Node global behind a check that it exists (fast-xml-parser's
      // `typeof Buffer<"u"&&Buffer.isBuffer(e)`): that runs in a browser, so it is cut out first.
      const code = bundled.replace(/typeof Buffer\s*(<|!==?)\s*"u(ndefined)?"\s*&&\s*Buffer\.\w+/g, '');
      for (const global of [/\bBuffer\.\w/, /\bprocess\.(env|platform|versions|cwd|nextTick)\b/, /\b__dirname\b/, /\bsetImmediate\(/]) {
        assert.doesNotMatch(code, global, `the web ${name} bundle uses ${global.source}`);
      }
    }
  });

  it('leave the views and the importer to bundles of their own, which activation loads itself, and hold the Markdown plugin', () => {
    // Words only the views' modules use (the preview, the simulation).
    for (const word of ['virtstack.previewFocus', 'virtstack.simulationRunning']) {
      assert.ok(!extension.includes(word), `activation holds ${word}`);
      assert.ok(views.includes(word), `views.js lacks ${word}`);
    }
    // Words of the yaml and fast-xml-parser packages, which only the importer uses.
    for (const word of ['maxAliasCount', 'ignoreAttributes']) {
      assert.ok(!extension.includes(word) && !views.includes(word), `activation or the views hold ${word}`);
      assert.ok(importers.includes(word), `importers.js lacks ${word}`);
    }
    assert.ok(extension.includes('importers.js'));
    // The English texts once, in the activation bundle, which hands them to the other two.
    // A message id that only the bundle of texts holds (the code names it in a `msg()` of the validator, which neither carries).
    const id = 'hint.knownSwitches';
    assert.ok(extension.includes(id), 'activation lacks the English texts');
    assert.ok(!views.includes(id) && !importers.includes(id), 'the views or the importer carry the English texts again');
    assert.ok(readFileSync(join(root, 'scripts', 'build.mjs'), 'utf8').includes(`path: '${WEB_ENGLISH_MODULE}'`), 'scripts/build.mjs resolves the English texts to another module id');
    assert.ok(extension.includes('virtstack-hosts'), 'the Markdown plugin, asked for synchronously, is in the activation bundle');
    assert.ok(extension.includes('views.js') && !extension.includes('markdown.js'));
  });

  it('evaluate a second bundle as the web host\'s loader does: its exports, and a require() that knows only what it is given', () => {
    const vscodeStandIn = { version: 'stand-in' };
    const exported = evaluateCommonJs<{ version: string; answer: number }>('const v = require("vscode"); exports.version = v.version; module.exports.answer = 42;', 'views.js', { vscode: vscodeStandIn });
    assert.deepEqual({ ...exported }, { version: 'stand-in', answer: 42 });
    assert.throws(() => evaluateCommonJs('require("fs")', 'dist/web/views.js', { vscode: vscodeStandIn }), /views\.js asks for 'fs', which the web extension host cannot load/);
  });

  it('the worker bundle simulates where no Node API exists, as the core does', async () => {
    const replies: WorkerReply[] = [];
    const done = new Promise<void>((resolve) => {
      const self = {
        onmessage: null as ((event: { data: unknown }) => void) | null,
        postMessage: (reply: WorkerReply) => {
          replies.push(JSON.parse(JSON.stringify(reply)) as WorkerReply);
          if (reply.type !== 'progress') resolve();
        },
      };
      // A bare context: no require, process, Buffer or module; only what a Web Worker has that the engine needs.
      vm.runInNewContext(worker, { self, console, TextEncoder, TextDecoder, Intl });
      self.onmessage!({ data: request(hello) });
    });
    await done;
    const last = replies.at(-1)!;
    assert.equal(last.type, 'outcome');
    const expected = JSON.parse(JSON.stringify(simulate(analyze(hello, DEFAULT_VALIDATION), {}))) as SimulationOutcome;
    assert.deepEqual((last as Extract<WorkerReply, { type: 'outcome' }>).outcome, expected);
    const progress = replies.filter((r) => r.type === 'progress');
    assert.ok(progress.length > 0 && progress.every((r, i) => i === 0 || r.done >= progress[i - 1].done), 'progress only grows');
  });
});
