// The progress bar of `simulate`: drawn on standard error only when it is a terminal, so that a
// pipe or a CI log gets no control characters. It redraws at most ten times a second, since a
// run reports every step.
import type { Output } from './command';

/** A progress bar on a terminal; does nothing on anything else. */
export class ProgressBar {
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly out: Output,
    private readonly label: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** Shows `done` of `total` steps. */
  update(done: number, total: number): void {
    if (!this.out.isTTY || total <= 0) return;
    const t = this.now();
    if (this.drawn && t - this.lastDraw < 100 && done < total) return;
    this.lastDraw = t;
    this.drawn = true;
    const width = Math.max(10, Math.min(40, (this.out.columns || 80) - this.label.length - 12));
    const filled = Math.round((width * done) / total);
    const pct = String(Math.floor((100 * done) / total)).padStart(3);
    this.out.write(`\r${this.label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${pct}%`);
  }

  /** Clears the bar's line, so that what follows starts at the left edge. */
  done(): void {
    if (this.drawn) this.out.write('\r\u001b[2K');
    this.drawn = false;
  }
}
