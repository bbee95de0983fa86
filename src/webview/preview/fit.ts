// The zoom that shows every host at once. Pure arithmetic, so it is tested without a browser.

/** The smallest zoom the preview goes to. */
export const MIN_ZOOM = 0.1;

/** Gap between hosts at a zoom, as the stylesheet computes it. */
export function gapAt(zoom: number): number {
  return Math.max(8, 32 * zoom);
}

/** The largest zoom (binary search, at most 1) at which boxes wrapped into rows of `width` stay within `height`. */
export function fitWrapped(sizes: readonly { w: number; h: number }[], width: number, height: number): number {
  const fits = (z: number): boolean => {
    const gap = gapAt(z);
    let rowWidth = 0;
    let rowHeight = 0;
    let total = 0;
    for (const { w, h } of sizes) {
      if (w * z > width) return false;
      if (rowWidth > 0 && rowWidth + gap + w * z > width) {
        total += rowHeight + gap;
        rowWidth = 0;
        rowHeight = 0;
      }
      rowWidth += (rowWidth > 0 ? gap : 0) + w * z;
      rowHeight = Math.max(rowHeight, h * z);
    }
    return total + rowHeight <= height;
  };
  if (fits(1)) return 1;
  let low = MIN_ZOOM;
  let high = 1;
  for (let i = 0; i < 20; i++) {
    const mid = (low + high) / 2;
    if (fits(mid)) low = mid;
    else high = mid;
  }
  return low;
}

