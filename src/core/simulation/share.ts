// How a machine divides its CPU among what runs on it when they ask for more than it has:
// weighted max-min fairness, which is what Linux CFS converges to for runnable threads of
// given weights (a VM's vCPU threads, a container's cpu.weight from its request).

/**
 * Grants each of `ids` at most its `ask`, in proportion to `weight` when `available` is short;
 * CPU one does not need is shared among the rest. The entities are ids[from .. from + count);
 * `scratch` must hold count numbers.
 */
export function shareFairly(ids: Int32Array, from: number, count: number, available: number, ask: Float64Array, weight: Float64Array, grant: Float64Array, scratch: Int32Array): void {
  let active = 0;
  for (let k = from; k < from + count; k++) {
    const i = ids[k];
    if (ask[i] > 0) scratch[active++] = i;
    else grant[i] = 0;
  }
  let remaining = available;
  while (active > 0) {
    let totalWeight = 0;
    for (let k = 0; k < active; k++) totalWeight += weight[scratch[k]];
    const perWeight = remaining / totalWeight;
    let kept = 0;
    let satisfied = false;
    for (let k = 0; k < active; k++) {
      const i = scratch[k];
      if (ask[i] <= weight[i] * perWeight) {
        grant[i] = ask[i];
        remaining -= ask[i];
        satisfied = true;
      } else {
        scratch[kept++] = i;
      }
    }
    if (!satisfied) {
      for (let k = 0; k < kept; k++) grant[scratch[k]] = weight[scratch[k]] * perWeight;
      return;
    }
    active = kept;
  }
}
