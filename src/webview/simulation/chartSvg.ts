// A Chart.js chart of the results page as a vector SVG (issue 15), written from what the chart
// computed when it last drew: its chart area, its scales' ticks and label items, its elements'
// positions, the Filler plugin's resolved fills and the legend's items and hit boxes. Nothing is
// laid out again here, so the SVG cannot drift from the canvas; what is drawn is what charts.ts
// configures and no more: linear and category scales at the chart's edges, lines without points
// (pointRadius 0) with min–max bands filled between datasets, vertical bars, and a legend of
// boxes; no chart title, since charts.ts registers no Title plugin (the figure's caption names
// the chart, and the SVG's <title> holds it). The layers follow Chart.js's order: grid and axes, legend, then the datasets, last
// first, each band just before its dataset, as the Filler draws it.
import type { Chart, ChartMeta, FontSpec, Scale } from 'chart.js';
import { getDatasetClipArea, toFont, toPadding, toTRBL } from 'chart.js/helpers';
import type { Picture } from './chartExport';
import { add, addText, clipTo, type Edges, fillOf, pathThrough, type Pt, strokeOf, type TextFont, type TextPlacement } from './svgElements';

/** A chart on its canvas as a picture to export: the canvas for the PNG, this module for the SVG. */
export function chartPicture(chart: Chart): Picture {
  return { canvas: chart.canvas, vector: (svg, defs, id) => chartSvg(chart, svg, defs, id) };
}

/** Draws a chart that has drawn on its canvas into `svg`, with its clip paths in `defs`. */
export function chartSvg(chart: Chart, svg: Element, defs: Element, id: (name: string) => string): void {
  for (const scale of Object.values(chart.scales)) drawScale(add(svg, 'g', { class: `scale ${scale.axis}`, 'data-axis': scale.id }), scale, chart, defs, id);
  drawLegend(add(svg, 'g', { class: 'legend' }), chart);
  const datasets = add(svg, 'g', { class: 'datasets' });
  const metas = chart.getSortedVisibleDatasetMetas();
  for (let i = metas.length - 1; i >= 0; i--) {
    const meta = metas[i];
    if (meta.type === 'line') {
      drawBand(datasets, chart, meta, defs, id);
      drawLine(datasets, chart, meta, defs, id);
    } else if (meta.type === 'bar') {
      drawBars(datasets, chart, meta, defs, id);
    }
  }
}

// What this module reads of Chart.js's resolved options and elements. Chart.js's own types make
// every option scriptable; by the time a chart has drawn, each holds its resolved value.
interface ScaleLook {
  readonly display: boolean | 'auto';
  readonly position: string;
  readonly reverse: boolean;
  readonly grid: { display: boolean; drawOnChartArea: boolean; drawTicks: boolean; tickLength: number; lineWidth: number; color: unknown; tickWidth: number; tickColor: unknown };
  readonly border: { display: boolean; width: number; color: unknown; dash: number[]; dashOffset: number };
  readonly ticks: { display: boolean; mirror: boolean };
  readonly title: { display: boolean; text: string | string[]; color: unknown; font: Partial<FontSpec>; padding: number; align: string };
}
interface LinePoint extends Pt {
  readonly skip?: boolean;
}
interface LineShape {
  readonly points: readonly LinePoint[];
  readonly segments: readonly { start: number; end: number; loop: boolean }[];
  readonly options: { borderWidth: number; borderColor: unknown; borderDash?: number[]; borderDashOffset?: number; borderCapStyle?: string; borderJoinStyle?: string; backgroundColor: unknown };
}
interface BarShape {
  readonly x: number;
  readonly y: number;
  readonly base: number;
  readonly width: number;
  readonly height: number;
  readonly horizontal: boolean;
  readonly borderSkipped?: Partial<Record<'top' | 'right' | 'bottom' | 'left', boolean>>;
  readonly options: { backgroundColor: unknown; borderColor: unknown; borderWidth: number | Partial<Record<'top' | 'right' | 'bottom' | 'left', number>> };
}
/** The Filler plugin's source of a dataset: `fill` is the index of the dataset it fills to once resolved. */
interface FillSource {
  readonly fill: unknown;
}

/** A colour option as CSS: gradients and patterns, which the page never uses, fall back to `fallback`. */
const css = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);

/** A text of Chart.js (a string or its lines) where renderText would draw it. */
function drawLines(parent: Element, text: string | string[], x: number, y: number, font: TextFont & { lineHeight: number }, at: TextPlacement): void {
  const lines = Array.isArray(text) ? text : [text];
  lines.forEach((line, k) => addText(parent, String(line), x, y, font, { ...at, offset: (at.offset ?? 0) + k * font.lineHeight }));
}

/** `start`, `end` or the middle between two coordinates, as Chart.js aligns titles. */
const alignStartEnd = (align: string, start: number, end: number): number => (align === 'start' ? start : align === 'end' ? end : (start + end) / 2);

/** A scale as Chart.js's Scale.draw paints it: grid lines and tick marks, the border, the title, the tick labels. */
function drawScale(g: Element, scale: Scale, chart: Chart, defs: Element, id: (name: string) => string): void {
  const look = scale.options as unknown as ScaleLook;
  if (look.display === false) return;
  const area = chart.chartArea;
  const { grid, border, position } = look;
  const horizontal = scale.isHorizontal();
  const tickLength = grid.drawTicks ? grid.tickLength : 0;
  // The scale's edge that faces the chart area, where its border runs and its tick marks start.
  const edge = position === 'bottom' ? scale.top : position === 'top' ? scale.bottom : position === 'left' ? scale.right : scale.left;
  // Straight lines on whole CSS pixels, as Chart.js puts them on whole device pixels (_alignPixel):
  // sharp at 1:1 and at every whole zoom.
  const crisp = (p: number, width: number): number => Math.round(p - width / 2) + width / 2;
  const line = (x1: number, y1: number, x2: number, y2: number, colour: unknown, width: number, dash?: number[], offset?: number): void => {
    if (width <= 0 || !colour) return;
    const [ax1, ax2] = x1 === x2 ? [crisp(x1, width), crisp(x2, width)] : [x1, x2];
    const [ay1, ay2] = y1 === y2 ? [crisp(y1, width), crisp(y2, width)] : [y1, y2];
    add(g, 'line', { x1: ax1, y1: ay1, x2: ax2, y2: ay2, ...strokeOf(css(colour, '#000000'), width, dash, offset) });
  };
  if (grid.display) {
    scale.ticks.forEach((_tick, i) => {
      const p = scale.getPixelForTick(i);
      // Chart.js dashes grid lines with the border's dash (Scale._computeGridLineItems).
      if (grid.drawOnChartArea) {
        if (horizontal) line(p, area.top, p, area.bottom, grid.color, grid.lineWidth, border.dash, border.dashOffset);
        else line(area.left, p, area.right, p, grid.color, grid.lineWidth, border.dash, border.dashOffset);
      }
      if (grid.drawTicks) {
        const to = position === 'bottom' ? scale.top + tickLength : position === 'top' ? scale.bottom - tickLength : position === 'left' ? scale.right - tickLength : scale.left + tickLength;
        if (horizontal) line(p, edge, p, to, grid.tickColor, grid.tickWidth);
        else line(edge, p, to, p, grid.tickColor, grid.tickWidth);
      }
    });
  }
  if (border.display) {
    if (horizontal) line(scale.left, edge, scale.right, edge, border.color, border.width);
    else line(edge, scale.top, edge, scale.bottom, border.color, border.width);
  }
  drawTitle(g, scale, look);
  if (!look.ticks.display) return;
  // Labels are clipped to the scale's band across the whole chart, as Scale.drawLabels clips them.
  const band: Edges | undefined = look.ticks.mirror ? undefined : horizontal ? { left: 0, top: scale.top, right: chart.width, bottom: scale.bottom } : { left: scale.left, top: 0, right: scale.right, bottom: chart.height };
  const labels = add(g, 'g', { class: 'labels', 'clip-path': band && clipTo(defs, id(`labels-${scale.id}`), band) });
  for (const item of scale.getLabelItems()) {
    const o = item.options;
    const [x, y] = o.translation ?? [0, 0];
    const font = toFont(item.font);
    drawLines(labels, item.label, x, y, font, { colour: css(o.color, '#000000'), align: o.textAlign ?? 'left', baseline: o.textBaseline ?? 'alphabetic', rotation: o.rotation ?? 0, offset: item.textOffset });
  }
}

/** An axis's title, where Scale.drawTitle puts it: beside the labels, turned along a vertical axis. */
function drawTitle(g: Element, scale: Scale, look: ScaleLook): void {
  const { title, position } = look;
  if (!title.display) return;
  const font = toFont(title.font);
  const padding = toPadding(title.padding);
  const lines = Array.isArray(title.text) ? title.text.length : 1;
  const offset = font.lineHeight / 2 + (position === 'bottom' ? padding.bottom + font.lineHeight * (lines - 1) : padding.top);
  const horizontal = scale.isHorizontal();
  const x = horizontal ? alignStartEnd(title.align, scale.left, scale.right) : position === 'left' ? scale.left + offset : scale.right - offset;
  const y = horizontal ? (position === 'top' ? scale.top + offset : scale.bottom - offset) : alignStartEnd(title.align, scale.bottom, scale.top);
  // Chart.js mirrors the alignment on a right-hand axis and on a reversed one (titleAlign).
  const flip = (look.reverse && position !== 'right') || (!look.reverse && position === 'right');
  const side = title.align === 'start' ? 'left' : title.align === 'end' ? 'right' : 'center';
  const align = flip && side !== 'center' ? (side === 'left' ? 'right' : 'left') : side;
  const rotation = horizontal ? 0 : position === 'left' ? -Math.PI / 2 : Math.PI / 2;
  drawLines(add(g, 'g', { class: 'title' }), title.text, x, y, font, { colour: css(title.color, '#000000'), align, baseline: 'middle', rotation });
}

/** The legend as Legend._draw paints it: for each item, its box and its text, in the item's hit box. */
function drawLegend(g: Element, chart: Chart): void {
  // legendHitBoxes is the legend's own record of where each item went; Chart.js's types leave it out.
  const legend = chart.legend as (NonNullable<Chart['legend']> & { legendHitBoxes?: { left: number; top: number; width: number; height: number }[] }) | undefined;
  if (!legend || !legend.options.display || !legend.legendItems || !legend.legendHitBoxes) return;
  const labels = legend.options.labels;
  const font = toFont(labels.font as Partial<FontSpec>);
  const boxWidth = labels.boxWidth ?? font.size;
  const boxHeight = labels.boxHeight ?? font.size;
  const itemHeight = Math.max(font.size, boxHeight);
  legend.legendItems.forEach((item, i) => {
    const hit = legend.legendHitBoxes?.[i];
    if (!hit) return;
    const entry = add(g, 'g', { class: 'item' });
    const lineWidth = item.lineWidth ?? 1;
    add(entry, 'rect', {
      x: hit.left,
      y: hit.top + Math.max((font.size - boxHeight) / 2, 0),
      width: boxWidth,
      height: boxHeight,
      ...(lineWidth !== 0 ? strokeOf(css(item.strokeStyle, '#000000'), lineWidth, item.lineDash, item.lineDashOffset, item.lineCap, item.lineJoin) : {}),
      ...fillOf(css(item.fillStyle, '#000000')),
    });
    const text = addText(entry, item.text, hit.left + boxWidth + font.size / 2, hit.top + itemHeight / 2, font, { colour: css(item.fontColor, '#000000'), align: 'left', baseline: 'middle' });
    // A hidden dataset's label is struck through (Chart.js draws the line itself).
    if (item.hidden) text?.setAttribute('text-decoration', 'line-through');
  });
}

/** The clip path of a dataset, as Chart.js clips its drawing (getDatasetClipArea), or none. */
function datasetClip(chart: Chart, meta: ChartMeta, defs: Element, id: string, within?: Edges): string | undefined {
  const clip = getDatasetClipArea(chart, meta);
  if (!clip && !within) return undefined;
  const a = clip || within!;
  const b = within ?? a;
  return clipTo(defs, id, { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) });
}

/** The runs of a line's visible points, one per segment Chart.js computed (a gap of NaN ends one). */
function runsOf(line: LineShape): LinePoint[][] {
  const n = line.points.length;
  return line.segments.map((s) => {
    const run: LinePoint[] = [];
    for (let i = s.start; i <= s.end; i++) {
      const p = line.points[i % n];
      if (!p.skip) run.push(p);
    }
    return run;
  });
}

/** A dataset's line, as LineElement.draw strokes it: nothing when its border has no width. */
function drawLine(g: Element, chart: Chart, meta: ChartMeta, defs: Element, id: (name: string) => string): void {
  const line = meta.dataset as unknown as LineShape | undefined;
  if (!line || line.points.length === 0 || !line.options.borderWidth) return;
  const o = line.options;
  const closed = line.segments.some((s) => s.loop);
  add(g, 'path', {
    class: 'line',
    d: pathThrough(runsOf(line), closed),
    ...strokeOf(css(o.borderColor, '#000000'), o.borderWidth, o.borderDash, o.borderDashOffset, o.borderCapStyle, o.borderJoinStyle),
    'clip-path': datasetClip(chart, meta, defs, id(`line-${meta.index}`)),
  });
}

/**
 * The band the Filler paints between a dataset and the dataset it fills to: each run of the
 * dataset's points, then back along the target's points over the same span of x. That is the
 * Filler's shape when both lines have their points at the same x, as the bands' edges do (the
 * minimum and maximum of the same buckets); fills to an axis or a value, unused here, are not drawn.
 */
function drawBand(g: Element, chart: Chart, meta: ChartMeta, defs: Element, id: (name: string) => string): void {
  const source = (meta as unknown as { $filler?: FillSource | null }).$filler;
  const line = meta.dataset as unknown as LineShape | undefined;
  if (!source || typeof source.fill !== 'number' || !line || !chart.isDatasetVisible(source.fill)) return;
  const target = chart.getDatasetMeta(source.fill).dataset as unknown as LineShape | undefined;
  if (!target) return;
  const targets = runsOf(target);
  const polygons = runsOf(line).flatMap((run) => {
    if (run.length === 0) return [];
    const from = run[0].x;
    const to = run[run.length - 1].x;
    return targets.flatMap((t) => {
      const lo = Math.max(from, t[0]?.x ?? Infinity);
      const hi = Math.min(to, t[t.length - 1]?.x ?? -Infinity);
      if (lo > hi) return [];
      const inside = (p: Pt): boolean => p.x >= lo && p.x <= hi;
      return [[...run.filter(inside), ...t.filter(inside).reverse()]];
    });
  });
  if (polygons.length === 0) return;
  // The Filler clips to the chart area between the index scale's ends, and to the dataset's clip.
  const area = chart.chartArea;
  const iScale = meta.iScale;
  const ends = iScale ? [iScale.getPixelForValue(iScale.min), iScale.getPixelForValue(iScale.max)] : [area.left, area.right];
  const within = { ...area, left: Math.max(area.left, Math.min(...ends)), right: Math.min(area.right, Math.max(...ends)) };
  add(g, 'path', { class: 'band', d: pathThrough(polygons, true), ...fillOf(css(line.options.backgroundColor, '#000000')), 'clip-path': datasetClip(chart, meta, defs, id(`band-${meta.index}`), within) });
}

/**
 * A dataset's bars, each a <rect> of its colour as BarElement.draw fills it; a border is a band
 * inside the bar's edge on every side but the skipped one (its base), drawn as a ring over it.
 * Chart.js's inflateAmount, which hides seams between touching bars on a canvas, has no use here.
 */
function drawBars(g: Element, chart: Chart, meta: ChartMeta, defs: Element, id: (name: string) => string): void {
  const clip = datasetClip(chart, meta, defs, id(`bars-${meta.index}`));
  const bars = add(g, 'g', { class: 'bars', 'clip-path': clip });
  for (const element of meta.data) {
    const bar = element as unknown as BarShape;
    const half = (bar.horizontal ? bar.height : bar.width) / 2;
    const outer = bar.horizontal
      ? { left: Math.min(bar.x, bar.base), right: Math.max(bar.x, bar.base), top: bar.y - half, bottom: bar.y + half }
      : { left: bar.x - half, right: bar.x + half, top: Math.min(bar.y, bar.base), bottom: Math.max(bar.y, bar.base) };
    const w = outer.right - outer.left;
    const h = outer.bottom - outer.top;
    const widths = toTRBL(bar.options.borderWidth as number);
    const side = (name: 'top' | 'right' | 'bottom' | 'left', max: number): number => (bar.borderSkipped?.[name] ? 0 : Math.min(Math.max(widths[name], 0), max));
    const inner = { left: outer.left + side('left', w / 2), top: outer.top + side('top', h / 2), right: outer.right - side('right', w / 2), bottom: outer.bottom - side('bottom', h / 2) };
    add(bars, 'rect', { class: 'bar', x: inner.left, y: inner.top, width: inner.right - inner.left, height: inner.bottom - inner.top, ...fillOf(css(bar.options.backgroundColor, '#000000')) });
    if (inner.left !== outer.left || inner.top !== outer.top || inner.right !== outer.right || inner.bottom !== outer.bottom) {
      const ring = [outer, inner].map((r) => [{ x: r.left, y: r.top }, { x: r.right, y: r.top }, { x: r.right, y: r.bottom }, { x: r.left, y: r.bottom }]);
      add(bars, 'path', { class: 'bar-border', d: pathThrough(ring, true), 'fill-rule': 'evenodd', ...fillOf(css(bar.options.borderColor, '#000000')) });
    }
  }
}
