// Disaster recovery's placement structure: first fit over a cluster's hosts, kept apart from the
// recovery model that uses it because it is a speed trick with its own tests (a plain scan is the
// reference they compare it with).
/**
 * First fit over hosts in a fixed order in O(log hosts) a workload: a tree of the most free
 * memory in each range of hosts, so that a cluster of a thousand hosts is not scanned for each of
 * its tens of thousands of VMs.
 */
export class FirstFit {
  private readonly size: number;
  private readonly tree: Float64Array;

  constructor(free: readonly number[]) {
    let size = 1;
    while (size < free.length) size *= 2;
    this.size = size;
    this.tree = new Float64Array(2 * size).fill(-Infinity);
    free.forEach((f, i) => (this.tree[size + i] = f));
    for (let i = size - 1; i >= 1; i--) this.tree[i] = Math.max(this.tree[2 * i], this.tree[2 * i + 1]);
  }

  /** The most any host has free (-Infinity with no host). */
  most(): number {
    return this.tree[1];
  }

  /** The first host, in order, with at least `need` free; -1 if none. */
  first(need: number): number {
    if (!(this.tree[1] >= need)) return -1;
    let i = 1;
    while (i < this.size) i = this.tree[2 * i] >= need ? 2 * i : 2 * i + 1;
    return i - this.size;
  }

  /** Host `at` gives `amount` away. */
  take(at: number, amount: number): void {
    let i = this.size + at;
    this.tree[i] -= amount;
    for (i >>= 1; i >= 1; i >>= 1) this.tree[i] = Math.max(this.tree[2 * i], this.tree[2 * i + 1]);
  }
}
