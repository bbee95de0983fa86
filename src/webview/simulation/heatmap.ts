// A heatmap drawn by hand on one canvas (Chart.js has no heatmap, and a plugin would be one
// more dependency for a single chart): a row per entity as the host sorted them, busiest first;
// a column per few minutes, reduced to the canvas's width (reduce.ts); each cell coloured on a
// sequential colour-blind-safe ramp (theme.ts) with its scale drawn under the time axis. Ten
// rows or a thousand read alike: rows shrink to a pixel, and their names move into the tooltip.
import type { SimChart, SimHeatmap, SimulationStrings } from '../../shared/simulationProtocol';
import { bucketStarts, reduceSeries } from './reduce';
import { type ChartTheme, rampColour } from './theme';
import { pickTicks } from './ticks';
import { rangeText, type ValueFormat } from './values';

/** Height of the rows together when they fit, in CSS px; more rows than this get a pixel each. */
const ROWS_HEIGHT = 480;
/** Tallest row, in CSS px: a row as tall as a line of text, so that its name fits beside it. */
const ROW_MAX = 16;
/** Room between the parts of the drawing, in CSS px. */
const PAD = 6;
/** Size of the colour scale under the axis, in CSS px. */
const SCALE_WIDTH = 120;
/** Shortest ramp, in CSS px, when the panel is too narrow for the full one. */
const SCALE_MIN = 24;
const SCALE_HEIGHT = 10;

/** A heatmap in a frame; draws itself again for a new width. */
export class Heatmap {
  private readonly canvas: HTMLCanvasElement;
  private readonly tip: HTMLElement;
  private width = 0;
  private layout = { left: 0, plot: 0, rowHeight: 0, buckets: 0, starts: [] as number[] };

  constructor(
    private readonly frame: HTMLElement,
    private readonly spec: SimChart,
    private readonly heat: SimHeatmap,
    private readonly theme: ChartTheme,
    private readonly strings: SimulationStrings,
    private readonly format: ValueFormat,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.setAttribute('role', 'img');
    this.canvas.setAttribute('aria-label', spec.title);
    this.tip = document.createElement('div');
    this.tip.className = 'tip';
    this.tip.hidden = true;
    frame.append(this.canvas, this.tip);
    this.canvas.addEventListener('mousemove', (e) => this.hover(e.offsetX, e.offsetY));
    this.canvas.addEventListener('mouseleave', () => (this.tip.hidden = true));
    this.draw();
  }

  /** Draws again if the frame's width changed. */
  refit(): void {
    if (this.frame.clientWidth !== this.width) this.draw();
  }

  /** Takes the heatmap off the page. */
  destroy(): void {
    this.canvas.remove();
    this.tip.remove();
  }

  private draw(): void {
    const { theme, heat, spec } = this;
    const width = (this.width = Math.max(1, this.frame.clientWidth));
    const rows = heat.rows.length;
    const rowHeight = Math.max(1, Math.min(ROW_MAX, Math.floor(ROWS_HEIGHT / Math.max(1, rows))));
    const font = `${theme.fontSize}px ${theme.font}`;
    const probe = this.canvas.getContext('2d')!;
    probe.font = font;
    // Names stand beside their rows only when a row is as tall as the text; otherwise the tooltip names them.
    const named = rowHeight >= theme.fontSize;
    const widest = named ? Math.max(0, ...heat.rows.map((r) => probe.measureText(r.label).width)) : 0;
    const left = named ? Math.min(Math.ceil(widest) + PAD, Math.floor(width * 0.4)) : 0;
    const plot = Math.max(1, width - left - PAD);
    const gridHeight = rows * rowHeight;
    const axisBottom = gridHeight + PAD + theme.fontSize + 2;
    const height = axisBottom + PAD * 2 + Math.max(SCALE_HEIGHT, theme.fontSize) + 2;
    const buckets = Math.min(heat.times.length, Math.floor(plot));
    this.layout = { left, plot, rowHeight, buckets, starts: bucketStarts(heat.times.length, buckets) };

    const dpr = window.devicePixelRatio || 1;
    this.canvas.width = Math.round(width * dpr);
    this.canvas.height = Math.round(height * dpr);
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    const ctx = this.canvas.getContext('2d')!;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.font = font;
    ctx.fillStyle = theme.foreground;
    ctx.textBaseline = 'middle';

    // The cells: one pixel each in an image as many buckets wide as there is room for and a row
    // high, stretched onto the plot without smoothing, so that a thousand rows cost one draw.
    const max = spec.max ?? Math.max(1, ...heat.rows.map((r) => r.peak));
    if (buckets > 0 && rows > 0) {
      const image = new ImageData(buckets, rows);
      heat.rows.forEach((row, y) => {
        const means = reduceSeries(row.values, buckets).mean;
        for (let x = 0; x < buckets; x++) {
          const [r, g, b] = rampColour(means[x] / max);
          const at = (y * buckets + x) * 4;
          image.data[at] = r;
          image.data[at + 1] = g;
          image.data[at + 2] = b;
          image.data[at + 3] = 255;
        }
      });
      const cells = document.createElement('canvas');
      cells.width = buckets;
      cells.height = rows;
      cells.getContext('2d')!.putImageData(image, 0, 0);
      ctx.imageSmoothingEnabled = false;
      ctx.drawImage(cells, left, 0, plot, gridHeight);
    }
    if (named) heat.rows.forEach((row, y) => ctx.fillText(clip(ctx, row.label, left - PAD), 0, y * rowHeight + rowHeight / 2, left - PAD));

    this.drawAxis(ctx, width, gridHeight);
    this.drawScale(ctx, left, axisBottom + PAD, max);
  }

  /**
   * The time axis under the cells, with the ticks the line charts pick (ticks.ts), and where
   * its labels went in `data-tick-labels`, as charts.ts's tickReport writes it for Chart.js.
   */
  private drawAxis(ctx: CanvasRenderingContext2D, width: number, top: number): void {
    const { left, plot } = this.layout;
    const end = this.spec.end;
    const shown = pickTicks(this.spec.ticks, end, plot, (label) => ctx.measureText(label).width);
    const boxes: [string, number, number][] = [];
    ctx.strokeStyle = this.theme.grid;
    ctx.textAlign = 'left';
    shown.at.forEach((t, i) => {
      const x = left + (t / end) * plot;
      const label = shown.labels[i];
      const w = ctx.measureText(label).width;
      // Centred on its tick, but kept inside the canvas; a label pushed onto its neighbour is left out.
      const from = Math.min(Math.max(0, x - w / 2), width - w);
      if (boxes.length > 0 && from < boxes[boxes.length - 1][2]) return;
      ctx.beginPath();
      ctx.moveTo(x, top);
      ctx.lineTo(x, top + 4);
      ctx.stroke();
      ctx.fillText(label, from, top + PAD + this.theme.fontSize / 2);
      boxes.push([label, from, from + w]);
    });
    this.canvas.dataset.tickLabels = JSON.stringify(boxes);
  }

  /**
   * The colour scale: the lowest value, the ramp, the highest; under the plot when it fits there,
   * else from the canvas's left edge, with a ramp as short as it must be to keep both values in.
   */
  private drawScale(ctx: CanvasRenderingContext2D, left: number, y: number, max: number): void {
    const low = this.format(0);
    const high = this.format(max);
    const words = ctx.measureText(low).width + ctx.measureText(high).width + 2 * PAD;
    const x = left + words + SCALE_WIDTH <= this.width ? left : 0;
    const ramp = Math.max(SCALE_MIN, Math.min(SCALE_WIDTH, Math.floor(this.width - x - words)));
    ctx.textAlign = 'left';
    ctx.fillText(low, x, y + SCALE_HEIGHT / 2);
    const from = x + ctx.measureText(low).width + PAD;
    for (let i = 0; i < ramp; i++) {
      const [r, g, b] = rampColour(i / (ramp - 1));
      ctx.fillStyle = `rgb(${r}, ${g}, ${b})`;
      ctx.fillRect(from + i, y, 1, SCALE_HEIGHT);
    }
    ctx.fillStyle = this.theme.foreground;
    ctx.fillText(high, from + ramp + PAD, y + SCALE_HEIGHT / 2);
  }

  /** Shows the cell under the pointer: its entity, the time its bucket starts, and its value. */
  private hover(x: number, y: number): void {
    const { left, plot, rowHeight, buckets, starts } = this.layout;
    const row = this.heat.rows[Math.floor(y / rowHeight)];
    if (!row || x < left || x >= left + plot || buckets === 0) {
      this.tip.hidden = true;
      return;
    }
    const b = Math.min(buckets - 1, Math.floor(((x - left) / plot) * buckets));
    const cells = row.values.slice(starts[b], b + 1 < buckets ? starts[b + 1] : row.values.length);
    const r = reduceSeries(cells, 1);
    this.tip.textContent = `${row.label}\n${this.heat.timeLabels[starts[b]] ?? ''}\n${rangeText(this.strings, this.format, r.mean[0], r.min[0], r.max[0])}`;
    this.tip.hidden = false;
    // Beside the pointer, flipped to its left near the right edge so that it never widens the page.
    const room = this.frame.clientWidth - this.tip.offsetWidth;
    this.tip.style.left = `${Math.max(0, Math.min(room, x + 12 > room ? x - 12 - this.tip.offsetWidth : x + 12))}px`;
    this.tip.style.top = `${y + 12}px`;
  }
}

/** `text` cut with an ellipsis to fit `width` px. */
function clip(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let n = text.length;
  while (n > 1 && ctx.measureText(`${text.slice(0, n)}…`).width > width) n--;
  return `${text.slice(0, n)}…`;
}
