// Runs a simulation in a Node worker thread of bounded memory (dist/workers/worker.js, worker.ts),
// the desktop flavour of the SimulationRunner of workerProtocol.ts: progress, cancellation through
// a shared flag, and the refusal the user sees when the worker runs out of memory. VS Code for the
// Web runs the same job in a Web Worker instead (webRunner.ts).
import * as path from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type * as vscode from 'vscode';
import { type Refusal, refusalText, type SimulationOutcome } from '../../core/languageService';
import { RunProgress, type SimulationRunner, type StopSignal, type WorkerReply, type WorkerRequest } from './workerProtocol';

/** What the Node worker receives: the request, and one Int32 the host sets to 1 to stop the run. */
export interface NodeWorkerData extends WorkerRequest {
  readonly cancel: SharedArrayBuffer;
}

/** How long a cancelled worker may take to stop on its own before it is terminated. */
const STOP_GRACE_MS = 2000;

/**
 * The memory a simulation worker may take inside the extension host's process. A run within the
 * engine's limits (LIMITS in core/simulation/options.ts) needs about 200 MB of heap with its
 * file's analysis; the rest is room for big files, whose analysis the worker repeats. A worker
 * that needs more is stopped by V8 and its run reported as out of memory.
 */
export const WORKER_LIMITS: Readonly<ResourceLimits> = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 48 };

/**
 * Runs one simulation in a worker thread from `dist/workers/worker.js`, within `limits`, and
 * resolves with its outcome; a stop request ends it as 'cancelled', and a worker that runs out
 * of memory as refused, saying so. The worker never outlives the run.
 */
export function runInWorker(extensionPath: string, request: WorkerRequest, stop: StopSignal, progress: (done: number, total: number) => void, limits: Readonly<ResourceLimits> = WORKER_LIMITS): Promise<SimulationOutcome> {
  const cancel = new SharedArrayBuffer(4);
  const flag = new Int32Array(cancel);
  const worker = new Worker(path.join(extensionPath, 'dist', 'workers', 'worker.js'), { workerData: { ...request, cancel } satisfies NodeWorkerData, resourceLimits: { ...limits } });
  return new Promise<SimulationOutcome>((resolve, reject) => {
    let settled = false;
    const run = new RunProgress(progress);
    let timer: NodeJS.Timeout | undefined;
    const finish = (settle: () => void): void => {
      if (settled) return;
      settled = true;
      subscription.dispose();
      if (timer) clearTimeout(timer);
      void worker.terminate();
      settle();
    };
    const subscription = stop.onCancellationRequested(() => {
      Atomics.store(flag, 0, 1);
      // A run stuck outside the step loop (a huge file's analysis) is ended the hard way.
      timer = setTimeout(() => finish(() => resolve(run.cancelled())), STOP_GRACE_MS);
    });
    if (stop.isCancellationRequested) Atomics.store(flag, 0, 1);
    worker.on('message', (reply: WorkerReply) => {
      const end = run.receive(reply);
      if (end) finish(() => (end instanceof Error ? reject(end) : resolve(end)));
    });
    worker.on('error', (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(() => resolve({ status: 'refused', refusal: outOfMemory(limits) }));
      else finish(() => reject(err));
    });
    worker.on('exit', (code) => finish(() => (flag[0] === 1 ? resolve(run.cancelled()) : reject(new Error(`the simulation worker stopped with code ${code}`)))));
  });
}

/** The desktop runner: Node worker threads started from the extension's own dist/workers/worker.js. */
export function nodeSimulationRunner(extensionUri: vscode.Uri): SimulationRunner {
  return (request, stop, progress) => runInWorker(extensionUri.fsPath, request, stop, progress);
}

/** What the user is told when a run needs more memory than its worker may take. */
export function outOfMemory(limits: Readonly<ResourceLimits>): Refusal {
  const mb = (limits.maxOldGenerationSizeMb ?? 0).toLocaleString('en-US');
  return {
    reason: 'out-of-memory',
    ...refusalText('simulation.refusal.outOfMemory', mb),
  };
}
