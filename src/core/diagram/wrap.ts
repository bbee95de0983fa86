// Wraps a host that is wider than the panel into bands, as text wraps into lines. A block
// diagram cannot shrink a column below its widest label, so the only way to fit a host with
// many VMs or containers into a narrow panel is fewer columns. The host's columns are cut into
// segments of at most `maxColumns`, and each segment is drawn as a complete slice of the host
// from its hardware up: the layers under the cut (hardware, host OS, hypervisor, runtime) are
// repeated under every band, marked as continued, so every block still stands on what it runs
// on. Bands stack top to bottom in column order, one empty row apart, like lines of text.
import type { Layer } from '../model/types';
import type { GridCell } from './types';

/** A range of columns `[start, end)` of the unwrapped grid. */
export type Segment = readonly [start: number, end: number];

/**
 * The host's columns cut into segments of at most `maxColumns`, at the highest boundaries that
 * allow it: a layer that fits the budget is never cut; one that does not is cut between its
 * children, recursively. Whole pieces are then packed left to right, as many as fit, so the
 * cut depends on the tree and the budget only (a host moves only when its text changes).
 */
export function segmentsOf(host: Layer, width: (l: Layer) => number, maxColumns: number): Segment[] {
  const budget = Math.max(1, Math.floor(maxColumns));
  const pieces: number[] = [];
  const split = (layer: Layer): void => {
    if (width(layer) <= budget || layer.children.length === 0) pieces.push(width(layer));
    else for (const c of layer.children) split(c);
  };
  split(host);
  const segments: [number, number][] = [];
  let start = 0;
  let end = 0;
  for (const w of pieces) {
    if (end > start && end - start + w > budget) {
      segments.push([start, end]);
      start = end;
    }
    end += w;
  }
  segments.push([start, end]);
  return segments;
}

/** The wrapped grid: its cells (ids renumbered), columns and rows. */
export interface WrappedCells {
  readonly cells: GridCell[];
  readonly columns: number;
  readonly rows: number;
}

/**
 * Cuts the cells of an unwrapped grid into bands, one per segment, the first band on top. A
 * cell that spans a cut appears in each band it reaches, with the same key and source (a click
 * on any piece reveals the same declaration); the pieces after the first are `continued`.
 * Within a band the caption row sits right above the band's highest block.
 */
export function wrapCells(cells: readonly GridCell[], segments: readonly Segment[]): WrappedCells {
  // Each cell goes to the bands its columns reach, found by a binary search over the segments'
  // starts: a filter of all cells per band was quadratic (150,000 containers make 50,000 bands).
  const members: GridCell[][] = segments.map(() => []);
  for (const c of cells) {
    for (let i = segmentAt(segments, c.column); i < segments.length && segments[i][0] < c.column + c.span; i++) members[i].push(c);
  }
  const bands = segments.map(([start, end], i) => {
    const inside = members[i];
    const top = inside.reduce((n, c) => (c.style === 'caption' ? n : Math.max(n, c.row)), 0);
    const captioned = inside.some((c) => c.style === 'caption');
    return { start, end, inside, top, height: top + 1 + (captioned ? 1 : 0) };
  });
  const rows = bands.reduce((n, b) => n + b.height, 0) + bands.length - 1;
  const out: GridCell[] = [];
  // Rows count from the bottom: the last band sits at row 0, each earlier one above it and a gap.
  let offset = rows;
  for (const band of bands) {
    offset -= band.height;
    for (const c of band.inside) {
      const from = Math.max(c.column, band.start);
      const to = Math.min(c.column + c.span, band.end);
      out.push({
        ...c,
        id: `b${out.length}`,
        row: offset + (c.style === 'caption' ? band.top + 1 : c.row),
        column: from - band.start,
        span: to - from,
        continued: from > c.column,
      });
    }
    offset -= 1;
  }
  return { cells: out, columns: bands.reduce((n, b) => Math.max(n, b.end - b.start), 1), rows };
}

/** The index of the segment holding `column` (segments are contiguous and in column order). */
function segmentAt(segments: readonly Segment[], column: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid][0] <= column) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
