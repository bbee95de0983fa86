import * as assert from 'node:assert/strict';
import { K, type Plan } from '../../src/core/simulation/plan';
import { Startup } from '../../src/core/simulation/startup';

// Up times from power-on (docs/simulation.md, "Start-up"), on plans written out by hand.

/** A plan with only the columns `Startup` reads: kind, parent, boot, job start and dependencies. */
function plan(rows: { kind: number; parent: number; boot?: number; start?: number; deps?: number[] }[]): Plan {
  return {
    n: rows.length,
    kind: Uint8Array.from(rows.map((r) => r.kind)),
    parent: Int32Array.from(rows.map((r) => r.parent)),
    boot: Float64Array.from(rows.map((r) => r.boot ?? 0)),
    jobStart: Float64Array.from(rows.map((r) => r.start ?? 0)),
    deps: rows.map((r) => r.deps ?? []),
  } as unknown as Plan;
}

describe('simulation start-up rules', () => {
  it('waits on jobs only when something depends on a job', () => {
    // Host 0; VM 2 depends on VM 1: no job, so up times never change during the run.
    const noJob = plan([{ kind: K.host, parent: -1 }, { kind: K.vm, parent: 0 }, { kind: K.vm, parent: 0, deps: [1] }]);
    const s = new Startup(noJob, new Float64Array(3).fill(Infinity));
    assert.equal(s.waitsOnJobs(), false);
    assert.equal(s.hasDependents(1), false);
  });

  it('names the job an app depends on as one with dependents, and no other entity', () => {
    // Host 0, job 1 on it, app 2 depends on job 1.
    const p = plan([{ kind: K.host, parent: -1 }, { kind: K.job, parent: 0 }, { kind: K.app, parent: 0, deps: [1] }]);
    const s = new Startup(p, new Float64Array(3).fill(Infinity));
    assert.equal(s.waitsOnJobs(), true);
    assert.deepEqual([0, 1, 2].map((j) => s.hasDependents(j)), [false, true, false]);
  });

  it('leaves two apps that depend on each other never up, and the rest of the host as usual', () => {
    // Host 0 boots in 60 s; apps 1 and 2 depend on each other: a cycle, up never (Infinity);
    // app 3 has no dependencies: up with its host at 60 s.
    const p = plan([{ kind: K.host, parent: -1, boot: 60 }, { kind: K.app, parent: 0, deps: [2] }, { kind: K.app, parent: 0, deps: [1] }, { kind: K.app, parent: 0 }]);
    const s = new Startup(p, new Float64Array(4).fill(Infinity));
    assert.deepEqual([...s.ready], [60, Infinity, Infinity, 60]);
  });
});
