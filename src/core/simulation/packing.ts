// Bin packing of workloads onto identical servers, in as many dimensions as the sizes have
// (CPU and memory here). Both heuristics sort the items by decreasing size first; neither is
// optimal (bin packing is NP-hard): first-fit decreasing is proven to use at most 11/9 of the
// optimum plus 6/9 bins, and on the classic instance in the tests it uses 11 where 9 suffice.

/** Which bin an item goes to: the first one it fits in, or the one it leaves fullest. */
export type FitRule = 'first' | 'best';

/** The bins (item indices, in placement order) and the items no empty bin can hold. */
export interface Packing {
  readonly bins: number[][];
  readonly unplaced: number[];
}

const EPS = 1e-9;

/** Packs items of vector `sizes` into bins of vector `capacity`, largest item first. */
export function packDecreasing(sizes: readonly (readonly number[])[], capacity: readonly number[], rule: FitRule): Packing {
  // An item's size is its largest share of any dimension; ties keep the file's order.
  const key = sizes.map((s) => {
    let k = -Infinity;
    for (let d = 0; d < s.length; d++) k = Math.max(k, capacity[d] > 0 ? s[d] / capacity[d] : Infinity);
    return k;
  });
  const order = sizes.map((_, i) => i).sort((a, b) => key[b] - key[a] || a - b);
  const packer = new Packer(capacity, sizes, rule);
  // One call per item: this runs a few times a simulation, and V8 then compiles the placing
  // early in the first run and keeps it.
  for (let o = 0; o < order.length; o++) packer.place(order[o], sizes[order[o]]);
  packer.unplaced.sort((a, b) => a - b);
  return { bins: packer.bins, unplaced: packer.unplaced };
}

/** Bins being filled, each item going to the first or the best one it fits. */
class Packer {
  readonly bins: number[][] = [];
  readonly unplaced: number[] = [];
  private readonly used: Float64Array[] = [];
  /**
   * Open bins. A bin with less room in some dimension than the smallest item has there can take
   * nothing more; it leaves the list, so that placing stays fast with thousands of bins.
   */
  private readonly open: number[] = [];
  private readonly smallest: number[];
  private readonly empty: Float64Array;

  constructor(
    private readonly capacity: readonly number[],
    sizes: readonly (readonly number[])[],
    private readonly rule: FitRule,
  ) {
    this.smallest = capacity.map((_, d) => sizes.reduce((m, s) => Math.min(m, s[d]), Infinity));
    this.empty = new Float64Array(capacity.length);
  }

  /** Puts item i of size s in a bin, or among the unplaced if no empty bin could hold it. */
  place(i: number, s: readonly number[]): void {
    const { capacity, used, open } = this;
    const dims = capacity.length;
    if (!this.fits(this.empty, s)) {
      this.unplaced.push(i);
      return;
    }
    let chosen = -1;
    let at = -1;
    let bestLeft = Infinity;
    for (let k = 0; k < open.length; k++) {
      const b = open[k];
      if (!this.fits(used[b], s)) continue;
      if (this.rule === 'first') {
        chosen = b;
        at = k;
        break;
      }
      let left = 0;
      for (let d = 0; d < dims; d++) left += (capacity[d] - used[b][d] - s[d]) / capacity[d];
      if (left < bestLeft - EPS) {
        bestLeft = left;
        chosen = b;
        at = k;
      }
    }
    if (chosen < 0) {
      chosen = used.length;
      at = open.length;
      used.push(new Float64Array(dims));
      this.bins.push([]);
      open.push(chosen);
    }
    for (let d = 0; d < dims; d++) used[chosen][d] += s[d];
    this.bins[chosen].push(i);
    // Closed only when `fits` itself turns down the smallest size of some dimension, margin and
    // all: every item is at least that large there, so the bin could take none of them.
    if (!this.fits(used[chosen], this.smallest)) open.splice(at, 1);
  }

  private fits(b: Float64Array, s: readonly number[]): boolean {
    for (let d = 0; d < this.capacity.length; d++) if (b[d] + s[d] > this.capacity[d] * (1 + EPS) + EPS) return false;
    return true;
  }
}

/** What a server offers the scheduler: cores × CPU ratio, (memory − reserve) × memory ratio, as OpenStack Nova counts. */
export function schedulableCapacity(server: { cores: number; memory: number; reserve: number }, ratios: { cpu: number; memory: number }): [number, number] {
  return [server.cores * ratios.cpu, Math.max(0, server.memory - server.reserve) * ratios.memory];
}
