import * as assert from 'node:assert/strict';
import { fitWrapped, gapAt, MIN_ZOOM } from '../../src/webview/preview/fit';

/** Height of boxes wrapped greedily into rows of `width` at zoom z, as the page lays them out (Infinity if one is too wide). */
function wrappedHeight(sizes: { w: number; h: number }[], width: number, z: number): number {
  const gap = gapAt(z);
  let row = 0;
  let rowH = 0;
  let total = 0;
  for (const { w, h } of sizes) {
    if (w * z > width) return Infinity;
    if (row > 0 && row + gap + w * z > width) {
      total += rowH + gap;
      row = 0;
      rowH = 0;
    }
    row += (row > 0 ? gap : 0) + w * z;
    rowH = Math.max(rowH, h * z);
  }
  return total + rowH;
}

describe('preview fit', () => {
  it('keeps 100 % when everything fits', () => {
    assert.equal(fitWrapped([{ w: 300, h: 200 }, { w: 300, h: 200 }], 1000, 500), 1);
  });

  it('wraps hosts into rows before shrinking them', () => {
    // Side by side they need 1,232 px; in two rows they fit 700 x 500 at 100 %.
    assert.equal(fitWrapped([{ w: 600, h: 200 }, { w: 600, h: 200 }], 700, 500), 1);
  });

  it('finds the largest zoom at which the wrapped rows fit', () => {
    const sizes = [{ w: 400, h: 500 }, { w: 1000, h: 600 }, { w: 420, h: 500 }, { w: 1200, h: 700 }];
    const z = fitWrapped(sizes, 1250, 760);
    assert.ok(z > 0.4 && z < 1, String(z));
    assert.ok(wrappedHeight(sizes, 1250, z) <= 760, 'fits at z');
    assert.ok(wrappedHeight(sizes, 1250, z * 1.02) > 760, 'does not fit 2 % larger');
  });

  it('never goes below the smallest zoom', () => {
    assert.equal(fitWrapped([{ w: 1e6, h: 1e6 }], 100, 100), MIN_ZOOM);
  });
});
