// Where everything of a heatmap goes, worked out once per width with the canvas's font metrics,
// and the same heatmap as a vector SVG for documents (issue 15). The canvas (heatmap.ts) and the
// SVG both draw this layout, so the SVG is the canvas's picture by construction: a row per entity
// as the host sorted them, a column per few minutes reduced to the width (reduce.ts), each cell
// coloured on the sequential ramp (theme.ts); names beside the rows when a row is as tall as
// their text; the time axis under the cells; the colour scale under it.
import type { SimChart, SimHeatmap } from '../../shared/simulationProtocol';
import { bucketStarts, reduceSeries } from './reduce';
import { add, addText, num, strokeOf, type TextFont, type TextPlacement } from './svgElements';
import { type ChartTheme, rampColour } from './theme';
import { pickTicks } from './ticks';
import type { ValueFormat } from './values';

/** Height of the rows together when they fit, in CSS px; more rows than this get a pixel each. */
const ROWS_HEIGHT = 480;
/** Tallest row, in CSS px: a row as tall as a line of text, so that its name fits beside it. */
const ROW_MAX = 16;
/** Room between the parts of the drawing, in CSS px. */
export const PAD = 6;
/** Size of the colour scale under the axis, in CSS px. */
const SCALE_WIDTH = 120;
/** Shortest ramp, in CSS px, when the panel is too narrow for the full one. */
const SCALE_MIN = 24;
const SCALE_HEIGHT = 10;
/** Length of a tick mark under the cells, in CSS px. */
export const TICK_LENGTH = 4;

/** A text of the heatmap: every one starts at `x` and is centred on `y` (a canvas's left and middle). */
export interface Label {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** Width it is squeezed into when wider, as a canvas's fillText squeezes to its maxWidth. */
  readonly fit?: number;
}

/** A heatmap laid out at one width, in CSS px. */
export interface HeatmapLayout {
  readonly width: number;
  readonly height: number;
  /** The text's font, as a canvas's `font`. */
  readonly font: string;
  /** Left edge of the cells; names stand left of it. */
  readonly left: number;
  /** Width of the cells together. */
  readonly plot: number;
  readonly rowHeight: number;
  readonly rows: number;
  /** Columns of cells: as many buckets as there is room for, at most one per point of time. */
  readonly buckets: number;
  /** Index of the first point of each bucket (reduce.ts). */
  readonly starts: readonly number[];
  /** Each cell's colour as RGBA, row after row, as an ImageData of `buckets` × `rows` holds it. */
  readonly cells: Uint8ClampedArray<ArrayBuffer>;
  /** The rows' names, cut to fit, when rows are tall enough for them. */
  readonly names: readonly Label[];
  /** Widest a name may be drawn. */
  readonly nameWidth: number;
  /** The time axis: each tick mark's x, from `tickTop` down by TICK_LENGTH, and its label. */
  readonly ticks: readonly (Label & { readonly at: number; readonly labelWidth: number })[];
  readonly tickTop: number;
  /** The colour scale: the lowest value, the ramp's box, the highest value. */
  readonly scale: { readonly low: Label; readonly ramp: { readonly x: number; readonly y: number; readonly width: number; readonly height: number }; readonly high: Label };
}

/** Lays a heatmap out `width` px wide, measuring text with `measure` in the theme's font. */
export function layoutHeatmap(width: number, spec: SimChart, heat: SimHeatmap, theme: ChartTheme, format: ValueFormat, measure: (text: string) => number): HeatmapLayout {
  const rows = heat.rows.length;
  const rowHeight = Math.max(1, Math.min(ROW_MAX, Math.floor(ROWS_HEIGHT / Math.max(1, rows))));
  // Names stand beside their rows only when a row is as tall as the text; otherwise the tooltip names them.
  const named = rowHeight >= theme.fontSize;
  const widest = named ? Math.max(0, ...heat.rows.map((r) => measure(r.label))) : 0;
  const left = named ? Math.min(Math.ceil(widest) + PAD, Math.floor(width * 0.4)) : 0;
  const plot = Math.max(1, width - left - PAD);
  const gridHeight = rows * rowHeight;
  const axisBottom = gridHeight + PAD + theme.fontSize + 2;
  const height = axisBottom + PAD * 2 + Math.max(SCALE_HEIGHT, theme.fontSize) + 2;
  const buckets = Math.min(heat.times.length, Math.floor(plot));

  const max = spec.max ?? Math.max(1, ...heat.rows.map((r) => r.peak));
  const cells = new Uint8ClampedArray(buckets * rows * 4);
  heat.rows.forEach((row, y) => {
    const means = reduceSeries(row.values, buckets).mean;
    for (let x = 0; x < buckets; x++) {
      const [r, g, b] = rampColour(means[x] / max);
      const at = (y * buckets + x) * 4;
      cells[at] = r;
      cells[at + 1] = g;
      cells[at + 2] = b;
      cells[at + 3] = 255;
    }
  });
  const nameWidth = Math.max(0, left - PAD);
  const names = named && nameWidth > 0
    ? heat.rows.map((row, y) => {
      const text = clip(row.label, nameWidth, measure);
      return { text, x: 0, y: y * rowHeight + rowHeight / 2, fit: measure(text) > nameWidth ? nameWidth : undefined };
    })
    : [];

  // The ticks the line charts pick (ticks.ts), each label centred on its tick but kept inside the
  // drawing; a label pushed onto its neighbour is left out with its tick.
  const end = spec.end;
  const shown = pickTicks(spec.ticks, end, plot, measure);
  const ticks: (Label & { at: number; labelWidth: number })[] = [];
  shown.at.forEach((t, i) => {
    const at = left + (t / end) * plot;
    const text = shown.labels[i];
    const labelWidth = measure(text);
    const x = Math.min(Math.max(0, at - labelWidth / 2), width - labelWidth);
    const last = ticks[ticks.length - 1];
    if (last && x < last.x + last.labelWidth) return;
    ticks.push({ text, x, y: gridHeight + PAD + theme.fontSize / 2, at, labelWidth });
  });

  // The colour scale: under the plot when it fits there, else from the left edge, with a ramp as
  // short as it must be to keep both values in.
  const y = axisBottom + PAD;
  const low = format(0);
  const high = format(max);
  const words = measure(low) + measure(high) + 2 * PAD;
  const x = left + words + SCALE_WIDTH <= width ? left : 0;
  const ramp = Math.max(SCALE_MIN, Math.min(SCALE_WIDTH, Math.floor(width - x - words)));
  const from = x + measure(low) + PAD;
  const scale = {
    low: { text: low, x, y: y + SCALE_HEIGHT / 2 },
    ramp: { x: from, y, width: ramp, height: SCALE_HEIGHT },
    high: { text: high, x: from + ramp + PAD, y: y + SCALE_HEIGHT / 2 },
  };
  return { width, height, font: `${theme.fontSize}px ${theme.font}`, left, plot, rowHeight, rows, buckets, starts: bucketStarts(heat.times.length, buckets), cells, names, nameWidth, ticks, tickTop: gridHeight, scale };
}

/** `text` cut with an ellipsis to fit `width` px. */
function clip(text: string, width: number, measure: (text: string) => number): string {
  if (measure(text) <= width) return text;
  let n = text.length;
  while (n > 1 && measure(`${text.slice(0, n)}…`) > width) n--;
  return `${text.slice(0, n)}…`;
}

/**
 * The cells as an image of one pixel each, `buckets` × `rows`: the canvas stretches it over the
 * plot without smoothing, and a heatmap too large for a rect per cell carries it in its SVG.
 */
export function cellImage(layout: HeatmapLayout): HTMLCanvasElement {
  const image = document.createElement('canvas');
  image.width = Math.max(1, layout.buckets);
  image.height = Math.max(1, layout.rows);
  if (layout.buckets > 0 && layout.rows > 0) image.getContext('2d')?.putImageData(new ImageData(layout.cells, layout.buckets, layout.rows), 0, 0);
  return image;
}

/**
 * Most cells an SVG draws as a <rect> each (about 45 bytes apiece, so some 9 MB). A heatmap of
 * hundreds of entities has a million cells a pixel tall, which as rects would outgrow what the
 * host accepts (MAX_CHART_EXPORT_LENGTH) and what office suites open; its cells go in as the
 * canvas's own image of a pixel per cell, scaled without smoothing, and the rest stays vector.
 */
const CELL_RECTS = 200_000;

/** `#rrggbb` of an RGB triple. */
const hex = (r: number, g: number, b: number): string => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/**
 * Draws a laid-out heatmap into `svg`: a <rect> per cell (up to CELL_RECTS), the names and labels
 * as <text>, tick marks as lines, and the ramp as a gradient through the ramp's own colours (`defs`, `id`).
 */
export function heatmapSvg(layout: HeatmapLayout, theme: ChartTheme, svg: Element, defs: Element, id: (name: string) => string): void {
  const { left, plot, rowHeight, buckets, rows, cells } = layout;
  const font: TextFont = { family: theme.font, size: theme.fontSize, string: layout.font };
  const text: TextPlacement = { colour: theme.foreground, align: 'left', baseline: 'middle' };
  // Cells edge to edge, without the hairline seams that anti-aliasing draws between them.
  const grid = add(svg, 'g', { class: 'cells', 'shape-rendering': 'crispEdges' });
  const step = plot / Math.max(1, buckets);
  if (rows * buckets > CELL_RECTS) {
    const image = add(grid, 'image', { x: left, y: 0, width: plot, height: rows * rowHeight, preserveAspectRatio: 'none', 'image-rendering': 'optimizeSpeed', style: 'image-rendering:pixelated' });
    image.setAttribute('href', cellImage(layout).toDataURL('image/png'));
  } else {
    for (let y = 0; y < rows; y++) {
      for (let x = 0; x < buckets; x++) {
        const at = (y * buckets + x) * 4;
        add(grid, 'rect', { x: left + x * step, y: y * rowHeight, width: step, height: rowHeight, fill: hex(cells[at], cells[at + 1], cells[at + 2]) });
      }
    }
  }
  const names = add(svg, 'g', { class: 'names' });
  for (const n of layout.names) {
    const node = addText(names, n.text, n.x, n.y, font, text);
    if (node && n.fit !== undefined) {
      node.setAttribute('textLength', num(n.fit));
      node.setAttribute('lengthAdjust', 'spacingAndGlyphs');
    }
  }
  const axis = add(svg, 'g', { class: 'scale x', 'data-axis': 'x' });
  for (const t of layout.ticks) add(axis, 'line', { x1: t.at, y1: layout.tickTop, x2: t.at, y2: layout.tickTop + TICK_LENGTH, ...strokeOf(theme.grid, 1) });
  const labels = add(axis, 'g', { class: 'labels' });
  for (const t of layout.ticks) addText(labels, t.text, t.x, t.y, font, text);
  const scale = add(svg, 'g', { class: 'ramp' });
  const { ramp } = layout.scale;
  const gradient = add(defs, 'linearGradient', { id: id('ramp'), x1: 0, y1: 0, x2: 1, y2: 0 });
  // The ramp's samples (theme.ts) as stops: between them it is interpolated in sRGB, as SVG does.
  for (let k = 0; k <= 10; k++) add(gradient, 'stop', { offset: num(k / 10), 'stop-color': hex(...rampColour(k / 10)) });
  addText(scale, layout.scale.low.text, layout.scale.low.x, layout.scale.low.y, font, text);
  add(scale, 'rect', { x: ramp.x, y: ramp.y, width: ramp.width, height: ramp.height, fill: `url(#${id('ramp')})` });
  addText(scale, layout.scale.high.text, layout.scale.high.x, layout.scale.high.y, font, text);
}
