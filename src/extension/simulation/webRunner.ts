// Runs a simulation in a Web Worker (dist/web/worker.js, webWorker.ts): the flavour of the
// SimulationRunner of workerProtocol.ts for VS Code for the Web, whose extension host is itself a
// web worker with no Node API. Cancelling terminates the worker at once: a page is not
// cross-origin isolated there, so there is no shared memory for the flag the Node worker reads,
// and a Web Worker busy in the engine's loop reads no message. The run then ends as 'cancelled'
// at the last step it reported, as a Node run does.
import type * as vscode from 'vscode';
import type { SimulationOutcome } from '../../core/languageService';
import { isWorkerReply, RunProgress, type SimulationRunner, type StopSignal, type WorkerRequest } from './workerProtocol';

/** The part of a Web Worker the runner uses, so that tests can hand it a stand-in. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?(): void }) => void) | null;
}

/** The Web Worker constructor of the browser's global scope (the extension's tsconfig has no DOM library). */
declare const Worker: new (url: string, options?: { name?: string }) => WorkerLike;

/** Starts the simulation's worker; a promise because its script may first have to be read. */
export type WorkerFactory = () => Promise<WorkerLike>;

/**
 * Runs one request in a fresh worker and resolves with its outcome: 'cancelled' (with the steps
 * reported so far) as soon as `stop` fires, a rejection when the worker fails. The worker never
 * outlives the run.
 */
export async function runInWebWorker(start: WorkerFactory, request: WorkerRequest, stop: StopSignal, progress: (done: number, total: number) => void): Promise<SimulationOutcome> {
  if (stop.isCancellationRequested) return { status: 'cancelled', stepsDone: 0, steps: 0 };
  const worker = await start();
  return new Promise<SimulationOutcome>((resolve, reject) => {
    let settled = false;
    const run = new RunProgress(progress);
    const finish = (settle: () => void): void => {
      if (settled) return;
      settled = true;
      subscription.dispose();
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      settle();
    };
    const subscription = stop.onCancellationRequested(() => finish(() => resolve(run.cancelled())));
    worker.onmessage = (event) => {
      if (!isWorkerReply(event.data)) return;
      const end = run.receive(event.data);
      if (end) finish(() => (end instanceof Error ? reject(end) : resolve(end)));
    };
    // A worker that cannot load its script or dies (out of memory, for one) reports only this.
    worker.onerror = (event) => {
      event.preventDefault?.();
      finish(() => reject(new Error(event.message || 'the simulation worker stopped')));
    };
    if (stop.isCancellationRequested) finish(() => resolve({ status: 'cancelled', stepsDone: 0, steps: 0 }));
    else worker.postMessage(request);
  });
}

/**
 * The web runner: Web Workers running `script`, the extension's dist/web/worker.js. On vscode.dev
 * the extension's files have an https address a worker can load; in a remote workbench
 * (code-server, Codespaces) they are `vscode-remote:` resources, read once with `readFile` (the
 * workspace file system API) and started from a blob.
 */
export function webSimulationRunner(script: vscode.Uri, readFile: (uri: vscode.Uri) => PromiseLike<Uint8Array>): SimulationRunner {
  let url: Promise<string> | undefined;
  const scriptUrl = (): Promise<string> => {
    if (script.scheme === 'http' || script.scheme === 'https') return Promise.resolve(script.toString(true));
    url ??= Promise.resolve(readFile(script)).then(
      (bytes) => URL.createObjectURL(new Blob([new TextDecoder().decode(bytes)], { type: 'text/javascript' })),
      (err: unknown) => {
        // Not kept: the next run tries again.
        url = undefined;
        throw err;
      },
    );
    return url;
  };
  const start: WorkerFactory = async () => new Worker(await scriptUrl(), { name: 'VirtStack simulation' });
  return (request, stop, progress) => runInWebWorker(start, request, stop, progress);
}
