import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { simulate } from '../../src/core/simulation';
import { entity, round, run } from './simulation-helpers';

// The step loop (src/core/simulation/engine.ts): when it calls the progress hook, when a run
// counts as cancelled, how long a run with a short last step lasts, and what starts when a job
// that others wait on finishes. Expected values come from docs/simulation.md's rules, worked
// out by hand in each test's comments.

/** A host booting in 60 s (the default) that runs one container, over `duration` in one-minute steps. */
const booting = (duration: string): string =>
  `hardware h {\n  cpu 2 cores; memory 8 GiB\n  os linux "Debian 12"\n  runtime docker {\n    container c { cpu 1; memory 1 GiB; app a { cpu 1; load constant 50% } }\n  }\n}\nsimulate { duration ${duration}; step 1 m }\n`;

/** The (stepsDone, steps) of every call of the progress hook in a run of `text`, and the outcome. */
function progressCalls(text: string, answer: (done: number, steps: number) => boolean | void = () => undefined): { calls: Array<[number, number]>; outcome: ReturnType<typeof simulate> } {
  const calls: Array<[number, number]> = [];
  const outcome = simulate(analyze(text), {}, (done, steps) => {
    calls.push([done, steps]);
    return answer(done, steps);
  });
  return { calls, outcome };
}

describe('simulation steps: the progress hook', () => {
  it('calls the hook at every tenth step of a 1,000-step run and at no other step, even while the host boots', () => {
    // A hundredth of 1,000 steps is 10. The host is up at 60 s and its container at 60.6 s, so
    // the host may take the steady path from step 3 on: a block ends there, which is no call.
    const { calls } = progressCalls(booting('1000 m'));
    const expected = Array.from({ length: 100 }, (_, i): [number, number] => [10 * (i + 1), 1000]);
    assert.deepEqual(calls, expected);
  });

  it('calls the hook at every tenth step of a 1,005-step run and once more at its last step, 1,005', () => {
    // floor(1005 / 100) = 10: calls at 10, 20, … 1,000, then at the end of the run, 1,005.
    const { calls } = progressCalls(booting('1005 m'));
    const expected = Array.from({ length: 100 }, (_, i): [number, number] => [10 * (i + 1), 1005]);
    expected.push([1005, 1005]);
    assert.deepEqual(calls, expected);
  });

  it('finishes a run, not cancelled, when the hook returns false only at the last step', () => {
    const { outcome } = progressCalls(booting('200 m'), (done, steps) => done !== steps);
    assert.equal(outcome.status, 'done');
  });

  it('cancels a 200-step run at step 100 when the hook returns false there', () => {
    // A hundredth of 200 steps is 2, so the hook is called at step 100.
    const { outcome } = progressCalls(booting('200 m'), (done) => done !== 100);
    assert.deepEqual(outcome, { status: 'cancelled', stepsDone: 100, steps: 200 });
  });
});

describe('simulation steps: a run whose last step is short', () => {
  it('reports a job still running at the end of a 90 s run at 90 s, not at the end of its second full step (120 s)', () => {
    // 90 s in one-minute steps: a step of 60 s and one of 30 s. The job needs an hour of one core.
    const text = 'hardware h {\n  cpu 2 cores; memory 8 GiB\n  os linux "Debian 12" {\n    job long { cpu 1; work 1 core-h }\n  }\n}\nsimulate { duration 90 s; step 1 m; boot host 0 s }\n';
    const r = run(text);
    const unfinished = r.events.filter((e) => e.kind === 'job-unfinished');
    assert.deepEqual(unfinished.map((e) => [e.t, e.entity]), [[90, entity(r, 'long')]]);
  });
});

describe('simulation steps: a machine that waits on a job', () => {
  it('gives a VM that depends on a job its share of the step in which it comes up, 30 s after the job finished', () => {
    // VM a is up at 30 s (host 0 s + VM boot 30 s); its job does 10 core-min = 600 core-s at a
    // type-1 efficiency of 0.98 core a second, so it finishes at 30 + 600 / 0.98 = 642.24 s.
    // VM b depends on it and boots in 30 s: up at 672.24 s, inside step 11 [660 s, 720 s), for
    // (720 − 672.24) / 60 = 0.7959 of it. Its app wants its 1 vCPU × 100 % × that share.
    const text = 'hardware h {\n  cpu 2 cores; memory 8 GiB\n  hypervisor kvm {\n    vm a { vcpu 1; memory 1 GiB; os linux "Debian 12"; job prep { cpu 1; work 10 core-m } }\n    vm b { vcpu 1; memory 1 GiB; depends prep; os linux "Debian 12"; app web { cpu 1; load constant 100% } }\n  }\n}\nsimulate { duration 1 h; step 1 m; boot host 0 s; boot vm 30 s }\n';
    const r = run(text);
    const upAt = 30 + 600 / 0.98 + 30;
    const web = r.series[entity(r, 'web')].demand;
    assert.equal(web[10], 0);
    assert.equal(web[11], round((720 - upAt) / 60, 4));
    assert.equal(web[12], 1);
  });
});
