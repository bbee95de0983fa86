// Writes grids as mermaid block diagrams. One row of source per grid row, top row first, gaps
// filled with `space` so that every row adds up to the column count (a block diagram flows
// its blocks into the grid and would otherwise pull the next row up).
import { LEGEND_ORDER, swatch, type ThemeKind } from './palette';
import { escapeLabel, truncate } from './escape';
import type { BlockStyle, GridCell, HostGrid, LegendEntry } from './types';

/** How labels are written. */
export interface SourceOptions {
  readonly maxLineLength: number;
  /** Write `classDef` colours for this theme (exports); the preview colours blocks with CSS instead. */
  readonly palette?: ThemeKind;
}

/** The mermaid label of a cell: the title in bold (captions plain), further lines below it. */
export function cellLabel(lines: readonly string[], maxLineLength: number, bold = true): string {
  return lines
    .map((l, i) => {
      const text = escapeLabel(truncate(l, maxLineLength));
      return i === 0 && bold ? `<b>${text}</b>` : text;
    })
    .join('<br>');
}

/** One host as a block diagram. */
export function hostSource(grid: HostGrid, options: SourceOptions): string {
  const out = ['block-beta', `  columns ${grid.columns}`];
  const byRow = rowsOf(grid.cells, grid.rows);
  for (let row = grid.rows - 1; row >= 0; row--) out.push(`  ${rowSource(byRow[row], 0, grid.columns, '', options)}`);
  for (const line of classLines(grid.cells, options.palette)) out.push(line);
  return `${out.join('\n')}\n`;
}

/** Every host side by side in one diagram, hardware rows aligned, with the title above and the legend below. */
export function combinedSource(grids: readonly HostGrid[], title: string | undefined, legend: readonly LegendEntry[], options: SourceOptions): string {
  const gap = 1;
  const columns = Math.max(1, grids.reduce((n, g) => n + g.columns, 0) + gap * Math.max(0, grids.length - 1));
  const rows = grids.reduce((n, g) => Math.max(n, g.rows), 0);
  const out = ['block-beta', `  columns ${columns}`];
  const styled: { id: string; style: BlockStyle; nested: boolean }[] = [];
  if (title) {
    out.push(`  title["<b>${escapeLabel(truncate(title, options.maxLineLength * 3))}</b>"]:${columns}`);
    styled.push({ id: 'title', style: 'caption', nested: false });
  }
  const byHost = grids.map((g) => rowsOf(g.cells, rows));
  for (let row = rows - 1; row >= 0; row--) {
    const parts: string[] = [];
    grids.forEach((g, h) => {
      if (h > 0) parts.push(space(gap));
      parts.push(rowSource(byHost[h][row], 0, g.columns, `h${h}`, options));
    });
    out.push(`  ${parts.join(' ')}`);
  }
  // Loops, not push(...): a host can have more cells than a call has room for arguments.
  grids.forEach((g, h) => {
    for (const c of g.cells) styled.push({ id: `h${h}${c.id}`, style: c.style, nested: c.nested });
  });
  if (legend.length > 0) {
    out.push(`  ${space(columns)}`);
    const perRow = Math.max(1, columns);
    for (let i = 0; i < legend.length; i += perRow) {
      const entries = legend.slice(i, i + perRow);
      const cells = entries.map((e, j) => `legend${i + j}["${escapeLabel(truncate(e.label, options.maxLineLength))}"]`);
      if (entries.length < perRow) cells.push(space(perRow - entries.length));
      out.push(`  ${cells.join(' ')}`);
      entries.forEach((e, j) => styled.push({ id: `legend${i + j}`, style: e.style, nested: false }));
    }
  }
  for (const line of classLines(styled, options.palette)) out.push(line);
  return `${out.join('\n')}\n`;
}

function rowsOf(cells: readonly GridCell[], rows: number): GridCell[][] {
  const byRow: GridCell[][] = Array.from({ length: rows }, () => []);
  for (const c of cells) byRow[c.row]?.push(c);
  for (const r of byRow) r.sort((a, b) => a.column - b.column);
  return byRow;
}

/** One row of cells between `from` and `to` columns, gaps as `space:n`. */
function rowSource(cells: readonly GridCell[] | undefined, from: number, to: number, prefix: string, options: SourceOptions): string {
  const parts: string[] = [];
  let column = from;
  for (const c of cells ?? []) {
    if (c.column > column) parts.push(space(c.column - column));
    // A block that spans columns has room for a longer line. A continued block (wrap.ts) repeats
    // only its title after an ellipsis: the rest is said once, in the band where it begins. So
    // does a cluster's or pool's band under a later host (fabric.ts): the first host says it all.
    const lines = c.continued || c.repeated ? [`… ${c.lines[0]}`] : c.lines;
    const label = cellLabel(lines, options.maxLineLength * c.span, c.style !== 'caption');
    parts.push(`${prefix}${c.id}["${label}"]${c.span > 1 ? `:${c.span}` : ''}`);
    column = c.column + c.span;
  }
  if (column < to) parts.push(space(to - column));
  return parts.join(' ');
}

function space(n: number): string {
  return n === 1 ? 'space' : `space:${n}`;
}

/** `class b0,b4 hardware` per style, `class … nested` for nested virtualization, and `classDef`s when a palette is given. */
function classLines(cells: readonly { id: string; style: BlockStyle; nested: boolean }[], palette: ThemeKind | undefined): string[] {
  const groups = new Map<BlockStyle, string[]>();
  const nested: string[] = [];
  for (const c of cells) {
    const ids = groups.get(c.style) ?? [];
    ids.push(c.id);
    groups.set(c.style, ids);
    if (c.nested) nested.push(c.id);
  }
  const out: string[] = [];
  if (palette) {
    for (const style of [...LEGEND_ORDER, 'caption'] as BlockStyle[]) {
      if (!groups.has(style)) continue;
      const s = swatch(palette, style);
      out.push(`  classDef ${style} fill:${s.fill},stroke:${s.stroke},color:${s.text}`);
    }
    if (nested.length > 0) out.push('  classDef nested stroke-dasharray:5 3');
  }
  for (const [style, ids] of groups) out.push(`  class ${ids.join(',')} ${style}`);
  if (nested.length > 0) out.push(`  class ${nested.join(',')} nested`);
  return out;
}
