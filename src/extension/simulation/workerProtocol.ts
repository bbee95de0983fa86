// What a simulation worker is asked and answers, whichever kind of worker runs it: a Node worker
// thread in desktop VS Code (runner.ts, worker.ts) or a Web Worker in VS Code for the Web
// (webRunner.ts, webWorker.ts). Both run the same job, runJob(), so the two flavours cannot
// simulate differently. Nothing here may touch a Node or browser API.
import { analyze, simulate, type SimulationOutcome, type SimulationOverrides, type ValidationOptions } from '../../core/languageService';

/** What the host hands the worker: the file's text, the checks' options and the user's overrides. */
export interface WorkerRequest {
  readonly text: string;
  readonly validation: ValidationOptions;
  readonly overrides: SimulationOverrides;
}

/** What the worker posts back. */
export type WorkerReply =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'outcome'; readonly outcome: SimulationOutcome }
  | { readonly type: 'error'; readonly message: string };

/** Something that can ask a run to stop (a vscode.CancellationToken fits). */
export interface StopSignal {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

/**
 * Runs one simulation off the extension host's thread and resolves with its outcome: 'cancelled'
 * once `stop` fires, 'refused' when the worker runs out of memory. The host picks the kind of
 * worker (see extension.ts and webExtension.ts); the simulation service only calls this.
 */
export type SimulationRunner = (request: WorkerRequest, stop: StopSignal, progress: (done: number, total: number) => void) => Promise<SimulationOutcome>;

/**
 * The worker's whole job: analyse the text, simulate, and post progress, then the outcome or the
 * error. `keepGoing` is asked between steps; false ends the run as 'cancelled'.
 */
export function runJob(request: WorkerRequest, post: (reply: WorkerReply) => void, keepGoing: () => boolean): void {
  try {
    const analysis = analyze(request.text, request.validation);
    const outcome = simulate(analysis, request.overrides, (done, total) => {
      post({ type: 'progress', done, total });
      return keepGoing();
    });
    post({ type: 'outcome', outcome });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) });
  }
}

/** True when a message from a worker is a reply of this protocol (a Web Worker may receive others). */
export function isWorkerReply(value: unknown): value is WorkerReply {
  if (typeof value !== 'object' || value === null) return false;
  const reply = value as Record<string, unknown>;
  switch (reply.type) {
    case 'progress': return typeof reply.done === 'number' && typeof reply.total === 'number';
    case 'outcome': return typeof reply.outcome === 'object' && reply.outcome !== null;
    case 'error': return typeof reply.message === 'string';
    default: return false;
  }
}

/**
 * One run's replies as a runner reads them: it passes progress on and remembers how far the run
 * got, so that a run stopped early ends as 'cancelled' at the last step it reported.
 */
export class RunProgress {
  private done = 0;
  private total = 0;

  constructor(private readonly progress: (done: number, total: number) => void) {}

  /** Reports progress; returns how the run ended (its outcome, or its failure) when the reply says so. */
  receive(reply: WorkerReply): SimulationOutcome | Error | undefined {
    if (reply.type === 'progress') {
      this.done = reply.done;
      this.total = reply.total;
      this.progress(reply.done, reply.total);
      return undefined;
    }
    return reply.type === 'outcome' ? reply.outcome : new Error(reply.message);
  }

  /** The outcome of the run stopped now. */
  cancelled(): SimulationOutcome {
    return { status: 'cancelled', stepsDone: this.done, steps: this.total };
  }
}
