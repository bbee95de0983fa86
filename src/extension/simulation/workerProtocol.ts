import type { SimulationOutcome, SimulationOverrides, ValidationOptions } from '../../core/languageService';

/** What the host hands the worker: the file's text, the checks' options and the user's overrides. */
export interface WorkerRequest {
  readonly text: string;
  readonly validation: ValidationOptions;
  readonly overrides: SimulationOverrides;
  /** One Int32 the host sets to 1 to stop the run. */
  readonly cancel: SharedArrayBuffer;
}

/** What the worker posts back. */
export type WorkerReply =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'outcome'; readonly outcome: SimulationOutcome }
  | { readonly type: 'error'; readonly message: string };
