// A heatmap drawn by hand on one canvas (Chart.js has no heatmap, and a plugin would be one
// more dependency for a single chart): a row per entity as the host sorted them, busiest first;
// a column per few minutes, reduced to the canvas's width (reduce.ts); each cell coloured on a
// sequential colour-blind-safe ramp (theme.ts) with its scale drawn under the time axis. Ten
// rows or a thousand read alike: rows shrink to a pixel, and their names move into the tooltip.
// Where everything goes is heatmapLayout.ts's, which also writes the SVG export from it; this
// module paints that layout on the canvas and answers the pointer.
import type { SimChart, SimHeatmap, SimulationStrings } from '../../shared/simulationProtocol';
import type { Picture } from './chartExport';
import { cellImage, type HeatmapLayout, heatmapSvg, layoutHeatmap, TICK_LENGTH } from './heatmapLayout';
import { reduceSeries } from './reduce';
import { type ChartTheme, rampColour } from './theme';
import { rangeText, type ValueFormat } from './values';

/** A heatmap in a frame; draws itself again for a new width. */
export class Heatmap {
  private readonly canvas: HTMLCanvasElement;
  private readonly tip: HTMLElement;
  private layout!: HeatmapLayout;

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

  /** The heatmap as a picture to export: its canvas for the PNG, its layout for the SVG. */
  get picture(): Picture {
    return { canvas: this.canvas, vector: (svg, defs, id) => heatmapSvg(this.layout, this.theme, svg, defs, id) };
  }

  /** Draws again if the frame's width changed. */
  refit(): void {
    if (this.frame.clientWidth !== this.layout.width) this.draw();
  }

  /** Takes the heatmap off the page. */
  destroy(): void {
    this.canvas.remove();
    this.tip.remove();
  }

  private draw(): void {
    const { theme } = this;
    const probe = this.canvas.getContext('2d')!;
    probe.font = `${theme.fontSize}px ${theme.font}`;
    const layout = (this.layout = layoutHeatmap(Math.max(1, this.frame.clientWidth), this.spec, this.heat, theme, this.format, (text) => probe.measureText(text).width));
    const { width, height, left, plot, rows, buckets } = layout;

    const dpr = window.devicePixelRatio || 1;
    this.canvas.width = Math.round(width * dpr);
    this.canvas.height = Math.round(height * dpr);
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    const ctx = this.canvas.getContext('2d')!;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.font = layout.font;
    ctx.fillStyle = theme.foreground;
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'left';

    // The cells: one pixel each in an image as many buckets wide as there is room for and a row
    // high, stretched onto the plot without smoothing, so that a thousand rows cost one draw.
    if (buckets > 0 && rows > 0) {
      ctx.imageSmoothingEnabled = false;
      ctx.drawImage(cellImage(layout), left, 0, plot, rows * layout.rowHeight);
    }
    for (const n of layout.names) ctx.fillText(n.text, n.x, n.y, layout.nameWidth);

    // The time axis, and where its labels went in `data-tick-labels`, as charts.ts's tickReport
    // writes it for Chart.js; its columns in `data-buckets`, as the line charts report theirs.
    ctx.strokeStyle = theme.grid;
    for (const t of layout.ticks) {
      ctx.beginPath();
      ctx.moveTo(t.at, layout.tickTop);
      ctx.lineTo(t.at, layout.tickTop + TICK_LENGTH);
      ctx.stroke();
      ctx.fillText(t.text, t.x, t.y);
    }
    this.canvas.dataset.tickLabels = JSON.stringify(layout.ticks.map((t) => [t.text, t.x, t.x + t.labelWidth]));
    this.canvas.dataset.buckets = String(buckets);

    // The colour scale: the lowest value, the ramp a pixel at a time, the highest value.
    const { low, ramp, high } = layout.scale;
    ctx.fillText(low.text, low.x, low.y);
    for (let i = 0; i < ramp.width; i++) {
      const [r, g, b] = rampColour(i / (ramp.width - 1));
      ctx.fillStyle = `rgb(${r}, ${g}, ${b})`;
      ctx.fillRect(ramp.x + i, ramp.y, 1, ramp.height);
    }
    ctx.fillStyle = theme.foreground;
    ctx.fillText(high.text, high.x, high.y);
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
