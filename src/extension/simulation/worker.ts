// The simulation's worker thread (bundled to dist/workers/worker.js): it analyses the text and
// runs the engine off the extension host's main thread, so typing stays smooth during a long
// run. The host cancels by setting a shared flag, which the engine reads between steps.
import { parentPort, workerData } from 'node:worker_threads';
import { analyze, simulate } from '../../core/languageService';
import type { WorkerReply, WorkerRequest } from './runner';

const request = workerData as WorkerRequest;
const cancel = new Int32Array(request.cancel);
const post = (reply: WorkerReply): void => parentPort!.postMessage(reply);

try {
  const analysis = analyze(request.text, request.validation);
  const outcome = simulate(analysis, request.overrides, (done, total) => {
    post({ type: 'progress', done, total });
    return Atomics.load(cancel, 0) === 0;
  });
  post({ type: 'outcome', outcome });
} catch (err) {
  post({ type: 'error', message: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) });
}
