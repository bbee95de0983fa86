// Chart.js, registered with only what the page uses so that the bundle stays small, and the
// two kinds of chart it draws with it: lines over time and grouped bars. The heatmap, which
// Chart.js has no kind for, is heatmap.ts.
import { BarController, BarElement, CategoryScale, Chart, type ChartDataset, Filler, Legend, LinearScale, LineController, LineElement, PointElement, type Scale, Tooltip } from 'chart.js';
import type { SimChart, SimTicks, SimulationStrings } from '../../shared/simulationProtocol';
import { type Reduced, reduceSeries } from './reduce';
import { type ChartTheme, withAlpha } from './theme';
import { pickTicks } from './ticks';
import { rangeText, type ValueFormat } from './values';

// Filler draws the min–max bands.
Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Filler, Tooltip, Legend);

/** Widths of label texts in the charts' font, measured once each. */
export function measurer(theme: ChartTheme): (label: string) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  const known = new Map<string, number>();
  return (label) => {
    let w = known.get(label);
    if (w === undefined) {
      if (ctx) ctx.font = `${theme.fontSize}px ${theme.font}`;
      // Without a 2D context (never in a browser), a generous guess: 0.7 em a character.
      w = ctx ? ctx.measureText(label).width : label.length * theme.fontSize * 0.7;
      known.set(label, w);
    }
    return w;
  };
}

/**
 * Writes where the x axis (the time axis of the lines, the categories of the bars) drew its labels
 * into the canvas's `data-tick-labels`, as `[label, left, right]` in CSS px, so that anyone
 * inspecting the page (and the page tests) can see that no two overlap, and what an export must show.
 */
const tickReport = {
  id: 'virtstackTickReport',
  afterDraw(chart: Chart): void {
    const scale = chart.scales.x;
    const ctx = chart.ctx;
    const boxes = scale.getLabelItems().map((item) => {
      ctx.save();
      ctx.font = item.font.string;
      const width = ctx.measureText(String(item.label)).width;
      ctx.restore();
      const x = item.options.translation?.[0] ?? 0;
      const left = item.options.textAlign === 'left' ? x : item.options.textAlign === 'right' ? x - width : x - width / 2;
      return [String(item.label), left, left + width];
    });
    chart.canvas.dataset.tickLabels = JSON.stringify(boxes);
  },
};

function base(theme: ChartTheme): object {
  Chart.defaults.color = theme.foreground;
  Chart.defaults.font.family = theme.font;
  Chart.defaults.font.size = theme.fontSize;
  Chart.defaults.borderColor = theme.grid;
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    plugins: {
      legend: { position: 'bottom', labels: { boxWidth: 14, color: theme.foreground } },
      tooltip: { backgroundColor: theme.tooltipBackground, borderColor: theme.tooltipBorder, borderWidth: 1, titleColor: theme.foreground, bodyColor: theme.foreground },
    },
  };
}

/** Least width of a bucket in CSS px: narrower, the band's edges turn to noise again. */
export const PX_PER_BUCKET = 3;

/** A line chart that fits its data to its width again when the width changes. */
export interface LineChart {
  readonly chart: Chart;
  /** Reduces the lines again if the canvas is now wide enough for a different number of buckets. */
  refit(): void;
}

/**
 * A line chart of values over time: each line reduced to buckets a few pixels wide (reduce.ts),
 * drawn as its buckets' means with a translucent band from their minimum to their maximum, so
 * that a series that spikes every few minutes reads as a band with its trend, not as a hatch.
 * At most as many lines as the palette has colours, each its own colour (the host sends no
 * more, and says in the chart's note how many it left out).
 */
export function lineChart(canvas: HTMLCanvasElement, spec: SimChart, theme: ChartTheme, strings: SimulationStrings, format: ValueFormat): LineChart {
  const colours = theme.series;
  const lines = spec.lines.slice(0, colours.length);
  const measure = measurer(theme);
  // Chosen again at every layout, from the width the axis has then.
  let shown: SimTicks = { every: spec.end, at: [], labels: [] };
  let reduced: Reduced[] = [];
  let buckets = 0;
  // Three datasets a line, in this order: its minimum, its maximum (filled down to the minimum), its mean.
  const datasets = (): ChartDataset<'line'>[] => reduced.flatMap((r, i) => {
    const colour = colours[i];
    const points = (ys: readonly number[]): { x: number; y: number }[] => ys.map((y, b) => ({ x: spec.times[r.start[b]], y }));
    const edge = { borderWidth: 0, pointRadius: 0, pointHoverRadius: 0, tension: 0, label: lines[i].label };
    return [
      { ...edge, data: points(r.min), fill: false },
      { ...edge, data: points(r.max), fill: '-1', backgroundColor: withAlpha(colour, theme.highContrast ? 0.35 : 0.2) },
      { label: lines[i].label, data: points(r.mean), borderColor: colour, backgroundColor: colour, borderWidth: theme.highContrast ? 2.5 : 1.5, pointRadius: 0, pointHoverRadius: 3, tension: 0, fill: false },
    ];
  });
  const reduce = (): boolean => {
    const next = Math.max(1, Math.floor((canvas.parentElement?.clientWidth ?? 400) / PX_PER_BUCKET));
    if (next === buckets) return false;
    buckets = next;
    reduced = lines.map((l) => reduceSeries(l.values, buckets));
    return true;
  };
  reduce();
  const isMean = (datasetIndex: number): boolean => datasetIndex % 3 === 2;
  const chart = new Chart(canvas, {
    type: 'line',
    plugins: [tickReport],
    data: { datasets: datasets() },
    options: {
      ...base(theme),
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: {
          type: 'linear',
          min: 0,
          max: spec.end,
          afterBuildTicks: (scale: Scale) => {
            shown = pickTicks(spec.ticks, spec.end, scale.width, measure);
            scale.ticks = shown.at.map((value) => ({ value }));
          },
          ticks: { autoSkip: false, maxRotation: 0, callback: (_value: unknown, index: number) => shown.labels[index] ?? '' },
          grid: { color: theme.grid },
        },
        // Percentages say their unit in every tick (formatPercent); other units in the axis's title.
        y: { min: 0, suggestedMax: spec.max, title: { display: spec.unit !== '%', text: spec.unit }, ticks: { callback: (value) => format(Number(value)) }, grid: { color: theme.grid } },
      },
      plugins: {
        ...(base(theme) as { plugins: object }).plugins,
        // The bands' edges are no series of their own: the legend and the tooltip name each line once.
        legend: { position: 'bottom', labels: { boxWidth: 14, color: theme.foreground, filter: (item) => isMean(item.datasetIndex ?? 0) } },
        tooltip: {
          ...((base(theme) as { plugins: { tooltip: object } }).plugins.tooltip),
          filter: (item) => isMean(item.datasetIndex),
          callbacks: {
            title: (items) => (items.length > 0 ? spec.timeLabels[reduced[0]?.start[items[0].dataIndex] ?? 0] ?? '' : ''),
            label: (item) => {
              const r = reduced[Math.floor(item.datasetIndex / 3)];
              const b = item.dataIndex;
              return `${lines[Math.floor(item.datasetIndex / 3)].label}: ${rangeText(strings, format, r.mean[b], r.min[b], r.max[b])}`;
            },
          },
        },
      },
    },
  });
  // What it drew, for anyone inspecting the page (and the page tests): each line's colour and its buckets.
  const report = (): void => {
    canvas.dataset.series = JSON.stringify(lines.map((l, i) => [l.label, colours[i]]));
    canvas.dataset.buckets = String(buckets);
  };
  report();
  return {
    chart,
    refit() {
      if (!reduce()) return;
      chart.data.datasets = datasets();
      chart.update('none');
      report();
    },
  };
}

/** Grouped bars: one group per category, one bar per series. */
export function barChart(canvas: HTMLCanvasElement, categories: readonly string[], series: readonly { label: string; values: readonly number[] }[], yTitle: string, theme: ChartTheme): Chart {
  return new Chart(canvas, {
    type: 'bar',
    plugins: [tickReport],
    data: {
      labels: [...categories],
      datasets: series.map((s, i) => ({
        label: s.label,
        data: [...s.values],
        backgroundColor: theme.series[i % theme.series.length],
        borderColor: theme.highContrast ? theme.foreground : theme.series[i % theme.series.length],
        borderWidth: theme.highContrast ? 2 : 0,
      })),
    },
    options: {
      ...base(theme),
      scales: {
        x: { grid: { display: false } },
        y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: yTitle }, grid: { color: theme.grid } },
      },
    },
  });
}
