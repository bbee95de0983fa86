// When the preview redraws while the user types. Kept apart from VS Code so that its timing can
// be tested with a fake clock.
import { Disposable } from '../dispose';

/** The timer functions the throttle uses; tests pass fake ones. */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Runs a task at most once per delay, never two at once. The first request after a quiet spell
 * runs at once; requests during the delay are merged into one run at its end, which reads the
 * newest text, so versions typed in between are skipped rather than drawn late.
 */
export class Throttle extends Disposable {
  private timer: unknown;
  private lastStart = Number.NEGATIVE_INFINITY;
  private running = false;
  private again = false;

  constructor(
    private readonly task: () => Promise<void>,
    /** Milliseconds between two runs; asked afresh each time (settings can change). */
    private readonly delay: () => number,
    private readonly clock: Clock = realClock,
  ) {
    super();
    // Cancels a pending run; nothing runs afterwards.
    this._register({
      dispose: () => {
        if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
        this.timer = undefined;
      },
    });
  }

  /** Asks for a run. */
  schedule(): void {
    if (this.isDisposed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer !== undefined) return;
    const wait = Math.max(0, this.lastStart + this.delay() - this.clock.now());
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, wait);
  }

  private async run(): Promise<void> {
    if (this.isDisposed) return;
    this.running = true;
    this.lastStart = this.clock.now();
    try {
      await this.task();
    } finally {
      this.running = false;
      // Something changed while the task ran; what it read may already be old.
      if (this.again) {
        this.again = false;
        this.schedule();
      }
    }
  }
}
