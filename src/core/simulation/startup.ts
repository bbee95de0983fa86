import { K, type Plan } from './plan';

// When each entity is up, from power-on: a host after its boot; a VM or container once its
// machine and everything it depends on is up, plus its own boot or start time; an app as soon
// as its machine and dependencies are up; a job at its start time once the same holds. A
// dependency on a job means that job has finished, which is only known during the run, so
// entities waiting on one stay at Infinity until `resolve` is called again.

/** Up times (seconds) of every entity, recomputed as jobs finish. */
export class Startup {
  /** Seconds when each entity is (first) up; Infinity while unknown or never. */
  readonly ready: Float64Array;
  private readonly state: Uint8Array;
  private readonly dependents: Set<number>;
  private floor = 0;

  constructor(
    private readonly plan: Plan,
    private readonly jobDone: Float64Array,
  ) {
    this.ready = new Float64Array(plan.n).fill(Infinity);
    this.state = new Uint8Array(plan.n);
    this.dependents = new Set(plan.deps.flat().filter((j) => plan.kind[j] === K.job));
    this.resolve();
  }

  /** Whether some entity depends on a job, so that up times may change during the run. */
  waitsOnJobs(): boolean {
    return this.dependents.size > 0;
  }

  /** Whether some entity depends on job j, so that its finishing can change up times. */
  hasDependents(j: number): boolean {
    return this.dependents.has(j);
  }

  /**
   * Recomputes every up time still unknown; none comes out before `floor`, the end of the step
   * in which a job finished: what waited on it could not run earlier in that step.
   */
  resolve(floor = 0): void {
    this.floor = floor;
    const { n } = this.plan;
    // 0 = to compute, 1 = computing (a cycle yields Infinity), 2 = done.
    for (let i = 0; i < n; i++) this.state[i] = this.ready[i] === Infinity ? 0 : 2;
    for (let i = 0; i < n; i++) if (this.state[i] === 0) this.compute(i);
  }

  private compute(i: number): number {
    if (this.state[i] === 2) return this.ready[i];
    if (this.state[i] === 1) return Infinity;
    this.state[i] = 1;
    const plan = this.plan;
    const p = plan.parent[i];
    let t = p >= 0 ? this.compute(p) : 0;
    for (const d of plan.deps[i]) {
      const at = plan.kind[d] === K.job ? this.jobDone[d] : this.compute(d);
      if (at > t) t = at;
    }
    const kind = plan.kind[i];
    if (kind === K.job) t = Math.max(t, plan.jobStart[i]);
    else if (kind !== K.app) t += plan.boot[i];
    if (t < this.floor) t = this.floor;
    this.ready[i] = t;
    // Unknown stays to compute: it may depend, directly or through its machine, on a job still running.
    this.state[i] = t === Infinity ? 0 : 2;
    return t;
  }
}
