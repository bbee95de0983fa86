// The simulation's Web Worker (bundled to dist/web/worker.js, started by webRunner.ts) for VS Code
// for the Web: it runs the job of workerProtocol.ts on the one request it receives. There is no
// cancellation flag to read: the host terminates the worker to stop it.
import { runJob, type WorkerRequest } from './workerProtocol';

/** The worker's global scope, typed by hand: the extension's tsconfig has no WebWorker library. */
declare const self: { onmessage: ((event: { data: WorkerRequest }) => void) | null; postMessage(message: unknown): void };

self.onmessage = (event) => {
  self.onmessage = null;
  runJob(event.data, (reply) => self.postMessage(reply), () => true);
};
