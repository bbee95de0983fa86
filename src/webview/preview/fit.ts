// The zooms of the preview's two fits. Pure arithmetic, so it is tested without a browser.
//
// - "Fit width" (toolbar ↔, key W), the default view: the largest zoom, at most 100 %, at which the widest host
//   fits the panel's width (hosts wrap into rows; the panel scrolls vertically), but never below
//   the readable zoom: the zoom at which the smallest label text renders READABLE_LABEL_PX high.
// - "Zoom to fit" (toolbar ⤢, key 0): the largest zoom at which every host fits the panel at once.

/** The smallest zoom the preview goes to. */
export const MIN_ZOOM = 0.1;

/**
 * The smallest label text the default view draws, in CSS pixels (font size × zoom): 11 px is the
 * smallest size VS Code's own UI uses (its status bar and badges) and what issue 13 asks for.
 */
export const READABLE_LABEL_PX = 11;

/**
 * The font size of mermaid's labels when none could be measured on the page: the `fontSize` of
 * `mermaidConfig` (renderer.ts), which every label of the block diagram inherits.
 */
export const MERMAID_LABEL_PX = 14;

/**
 * The width of one column of a host's drawing at 100 %, its gap included: mermaid gives every
 * column the width of the widest label per column, and labels are cut at 36 characters
 * (maxLineLength), so a column is rarely wider than a 36-character line of 14 px text plus the
 * block's padding. The widest in the examples, under "Container virtualization · sandboxed", is 278 px.
 */
export const COLUMN_PX = 280;

/** Mermaid's padding around a block diagram (block.padding in renderer.ts). */
const DIAGRAM_PAD_PX = 8;

/**
 * Room kept for a vertical scroll bar whether or not one is shown: the budget then depends on the
 * panel's width alone, and a scroll bar coming or going cannot wrap the hosts differently.
 */
export const SCROLLBAR_PX = 16;

/**
 * How many columns a host may have before it wraps into bands (DiagramOptions.maxColumns): as
 * many as fit the panel's content width at the readable zoom, at least one. `panelWidth` is the
 * viewport's width with any scroll bar, `padX` its horizontal padding.
 */
export function columnBudget(panelWidth: number, padX: number): number {
  const room = (panelWidth - SCROLLBAR_PX - padX) / readableZoom(MERMAID_LABEL_PX) - DIAGRAM_PAD_PX;
  return Number.isFinite(room) ? Math.max(1, Math.floor(room / COLUMN_PX)) : 1;
}

/** Gap between hosts at a zoom, as the stylesheet computes it. */
export function gapAt(zoom: number): number {
  return Math.max(8, 32 * zoom);
}

/**
 * The zoom at which label text of `fontPx` CSS pixels renders READABLE_LABEL_PX high (an SVG
 * sized to zoom × its viewBox scales its text by the same factor): 11 / 14 ≈ 0.79 for mermaid's 14 px.
 */
export function readableZoom(fontPx: number): number {
  const px = Number.isFinite(fontPx) && fontPx > 0 ? fontPx : MERMAID_LABEL_PX;
  return READABLE_LABEL_PX / px;
}

/**
 * The default view's zoom: the largest at which the widest box fits `width` (the others wrap into
 * rows beside or below it), at most 100 %, and never below the readable zoom for labels of
 * `fontPx`. When 100 % is below the readable zoom (labels under 11 px), 100 % wins.
 */
export function fitWidth(sizes: readonly { w: number; h: number }[], width: number, fontPx: number): number {
  const widest = sizes.reduce((n, s) => Math.max(n, s.w), 0);
  const fits = widest > 0 && width > 0 ? width / widest : 1;
  return Math.min(1, Math.max(readableZoom(fontPx), fits));
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

/** Boxes wrapped greedily into rows no wider than `width` (each row at least one box), by index. */
export function wrapRows(widths: readonly number[], width: number, gap: number): number[][] {
  const rows: number[][] = [];
  let row: number[] = [];
  let used = 0;
  widths.forEach((w, i) => {
    if (row.length > 0 && used + gap + w > width) {
      rows.push(row);
      row = [];
      used = 0;
    }
    used += (row.length > 0 ? gap : 0) + w;
    row.push(i);
  });
  if (row.length > 0) rows.push(row);
  return rows;
}
