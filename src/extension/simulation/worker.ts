// The simulation's Node worker thread (bundled to dist/workers/worker.js, started by runner.ts):
// it runs the job of workerProtocol.ts off the extension host's main thread, so typing stays
// smooth during a long run. The host cancels by setting a shared flag, which the engine reads
// between steps.
import { parentPort, workerData } from 'node:worker_threads';
import type { NodeWorkerData } from './runner';
import { runJob, type WorkerReply } from './workerProtocol';

const data = workerData as NodeWorkerData;
const cancel = new Int32Array(data.cancel);
runJob(data, (reply: WorkerReply) => parentPort!.postMessage(reply), () => Atomics.load(cancel, 0) === 0);
