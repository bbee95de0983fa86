import * as assert from 'node:assert/strict';
import { packDecreasing } from '../../src/core/simulation/packing';

// The packer's rules as docs/simulation.md states them (Packing): items sorted by their largest
// share of the capacity in any dimension, ties in the file's order; first fit or best fit (the
// least spare capacity summed as shares, the first server opened of equal ones); a margin of a
// billionth for rounding. Every expected packing is worked by hand in the comments; bins list
// item indices in placement order.

describe('packing: the order, the fit rules and the rounding margin', () => {
  it('places items by decreasing size, equal ones in the file\'s order: 2, 5, 5, 8 in bins of 10 as [8 2] [5 5]', () => {
    // Sizes as shares of 10: 0.2, 0.5, 0.5, 0.8; decreasing: item 3 (8), item 1 (5), item 2 (5,
    // after item 1 by the file's order), item 0 (2). First fit: 8 opens bin 1; 5 does not fit
    // there (13) and opens bin 2; the next 5 fills bin 2 (10); 2 fills bin 1 (10). Best fit
    // makes the same choices: at each step one bin fits at most.
    const sizes = [[2], [5], [5], [8]];
    assert.deepEqual(packDecreasing(sizes, [10], 'first').bins, [[3, 0], [1, 2]]);
    assert.deepEqual(packDecreasing(sizes, [10], 'best').bins, [[3, 0], [1, 2]]);
  });

  it('sizes an item by its largest share of the capacity, not by its amounts: [1 cpu, 50 mem] goes after [6 cpu, 10 mem] in a bin of [10, 100]', () => {
    // Item 0: shares 1/10 = 0.1 and 50/100 = 0.5, size 0.5. Item 1: 6/10 = 0.6 and 10/100 = 0.1,
    // size 0.6. So item 1 is placed first; both fit one bin (7 of 10, 60 of 100).
    assert.deepEqual(packDecreasing([[1, 50], [6, 10]], [10, 100], 'first').bins, [[1, 0]]);
  });

  it('lists the items that fit no empty bin in the file\'s order: 20, 40, 30 in bins of 10, beside a 5 that fits', () => {
    // 40, 30 and 20 each exceed an empty bin of 10; they are met in that order (decreasing), and
    // listed by index: 0, 1, 2. The 5 fills one bin.
    const p = packDecreasing([[20], [40], [30], [5]], [10], 'first');
    assert.deepEqual(p.unplaced, [0, 1, 2]);
    assert.deepEqual(p.bins, [[3]]);
  });

  it('best fit sums the spare capacity as shares: [2, 20] joins the bin of [8, 50] (0 + 0.3 left), not the one of [4, 80] (0.4 + 0 left)', () => {
    // Capacity [10, 100]. Items 0 = [8, 50] and 1 = [4, 80] both have size 0.8 (8/10, 80/100):
    // the file's order places item 0 first; item 1 does not fit beside it (12 cores) and opens
    // bin 2. Item 2 = [2, 20] fits both. Left as shares: bin 1 (10-8-2)/10 + (100-50-20)/100 =
    // 0 + 0.3 = 0.3; bin 2 (10-4-2)/10 + (100-80-20)/100 = 0.4 + 0 = 0.4. Best fit takes bin 1.
    // (Summed in units rather than shares, bin 2 would look fuller: 4 + 0 against 0 + 30.)
    assert.deepEqual(packDecreasing([[8, 50], [4, 80], [2, 20]], [10, 100], 'best').bins, [[0, 2], [1]]);
  });

  it('best fit takes the first server opened of two it would leave equally full: 6, 6, 2 in bins of 10 as [6 2] [6]', () => {
    // Each 6 opens a bin (12 > 10). The 2 leaves 2 of 10 in either; of equal ones, the first.
    assert.deepEqual(packDecreasing([[6], [6], [2]], [10], 'best').bins, [[0, 2], [1]]);
  });

  it('fits decimal sizes that add up to the capacity, though their binary sum exceeds it: 0.1 and 0.2 in one bin of 0.3', () => {
    // 0.1 + 0.2 = 0.3 exactly in decimal; in binary floating point the sum is
    // 0.30000000000000004, 5.6e-17 over 0.3, far within the margin of 1e-9 × 0.3 + 1e-9.
    assert.equal(0.1 + 0.2 > 0.3, true, 'the binary sum does exceed the capacity');
    assert.deepEqual(packDecreasing([[0.1], [0.2]], [0.3], 'first').bins, [[1, 0]]);
    assert.deepEqual(packDecreasing([[0.1], [0.2]], [0.3], 'best').bins, [[1, 0]]);
  });

  it('puts an item in a bin it fills to within the margin: 90.00000005 and 10 in one bin of 100', () => {
    // The sum, 100.00000005, exceeds 100 by 5e-8, within the margin of 1e-9 × 100 + 1e-9 =
    // 1.01e-7, so the 10 fits beside the first item: one bin, for both rules.
    for (const rule of ['first', 'best'] as const) assert.deepEqual(packDecreasing([[90.00000005], [10]], [100], rule).bins, [[0, 1]], rule);
  });
});
