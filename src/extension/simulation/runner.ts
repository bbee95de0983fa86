import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SimulationOutcome } from '../../core/simulation';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

/** How long a cancelled worker may take to stop on its own before it is terminated. */
const STOP_GRACE_MS = 2000;

/** Something that can ask a run to stop (a vscode.CancellationToken fits). */
export interface StopSignal {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

/**
 * Runs one simulation in a worker thread from `dist/workers/worker.js` and resolves with its
 * outcome; a stop request ends it as 'cancelled'. The worker never outlives the run.
 */
export function runInWorker(extensionPath: string, request: Omit<WorkerRequest, 'cancel'>, stop: StopSignal, progress: (done: number, total: number) => void): Promise<SimulationOutcome> {
  const cancel = new SharedArrayBuffer(4);
  const flag = new Int32Array(cancel);
  const worker = new Worker(path.join(extensionPath, 'dist', 'workers', 'worker.js'), { workerData: { ...request, cancel } satisfies WorkerRequest });
  return new Promise<SimulationOutcome>((resolve, reject) => {
    let settled = false;
    let lastDone = 0;
    let total = 0;
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
      timer = setTimeout(() => finish(() => resolve({ status: 'cancelled', stepsDone: lastDone, steps: total })), STOP_GRACE_MS);
    });
    if (stop.isCancellationRequested) Atomics.store(flag, 0, 1);
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'progress') {
        lastDone = reply.done;
        total = reply.total;
        progress(reply.done, reply.total);
      } else if (reply.type === 'outcome') {
        finish(() => resolve(reply.outcome));
      } else {
        finish(() => reject(new Error(reply.message)));
      }
    });
    worker.on('error', (err) => finish(() => reject(err)));
    worker.on('exit', (code) => finish(() => (flag[0] === 1 ? resolve({ status: 'cancelled', stepsDone: lastDone, steps: total }) : reject(new Error(`the simulation worker stopped with code ${code}`)))));
  });
}
