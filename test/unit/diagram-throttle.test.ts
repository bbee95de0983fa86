import * as assert from 'node:assert/strict';
import { type Clock, Throttle } from '../../src/extension/preview/throttle';

/** A clock whose time moves only when the test says so. */
class FakeClock implements Clock {
  time = 0;
  private timers: { at: number; callback: () => void; id: number }[] = [];
  private next = 0;

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = ++this.next;
    this.timers.push({ at: this.time + ms, callback, id });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }

  /** Moves time forward, firing due timers in order, letting promises settle after each. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      await settle();
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = Math.max(this.time, due.at);
      due.callback();
    }
    this.time = end;
    await settle();
  }
}

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('preview update throttle', () => {
  it('runs the first request at once and merges the rest of a burst into one run per delay', async () => {
    const clock = new FakeClock();
    const runs: number[] = [];
    const t = new Throttle(async () => void runs.push(clock.now()), () => 100, clock);
    t.schedule();
    await clock.advance(0);
    assert.deepEqual(runs, [0], 'immediate after a quiet spell');
    for (let ms = 10; ms <= 250; ms += 10) {
      await clock.advance(10);
      t.schedule();
    }
    await clock.advance(500);
    assert.deepEqual(runs, [0, 100, 200, 300], 'at most one run per 100 ms while typing, and one after the last keystroke');
  });

  it('never runs two at once: a request during a slow run makes one more run after it', async () => {
    const clock = new FakeClock();
    let active = 0;
    let most = 0;
    let finish: (() => void) | undefined;
    const started: number[] = [];
    const t = new Throttle(() => {
      active++;
      most = Math.max(most, active);
      started.push(clock.now());
      return new Promise<void>((resolve) => (finish = () => {
        active--;
        resolve();
      }));
    }, () => 50, clock);
    t.schedule();
    await clock.advance(0);
    t.schedule();
    t.schedule();
    await clock.advance(300);
    assert.deepEqual(started, [0], 'waits for the running one');
    finish?.();
    await clock.advance(0);
    assert.deepEqual(started, [0, 300], 'then runs once more, at once since the delay has passed');
    finish?.();
    await clock.advance(1000);
    assert.deepEqual([started.length, most], [2, 1]);
  });

  it('runs nothing after dispose', async () => {
    const clock = new FakeClock();
    let runs = 0;
    const t = new Throttle(async () => void runs++, () => 100, clock);
    t.schedule();
    await clock.advance(0);
    t.schedule();
    t.dispose();
    t.schedule();
    await clock.advance(1000);
    assert.equal(runs, 1);
  });
});
