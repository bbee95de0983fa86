// Chart.js, registered with only what the page uses so that the bundle stays small, and the
// two kinds of chart the page draws: lines over time and grouped bars.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, type Scale, Tooltip } from 'chart.js';
import type { SimChart, SimTicks } from '../../shared/simulationProtocol';
import type { ChartTheme } from './theme';
import { pickTicks } from './ticks';

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/** Widths of label texts in the charts' font, measured once each. */
function measurer(theme: ChartTheme): (label: string) => number {
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
 * Writes where the time axis drew its labels into the canvas's `data-tick-labels`, as
 * `[label, left, right]` in CSS px, so that anyone inspecting the page (and the page tests) can see
 * that no two overlap.
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

/** A line chart of values over time, one line per series, with a shared tooltip. */
export function lineChart(canvas: HTMLCanvasElement, spec: SimChart, theme: ChartTheme): Chart {
  const colours = theme.series;
  const measure = measurer(theme);
  // Chosen again at every layout, from the width the axis has then.
  let shown: SimTicks = { every: spec.end, at: [], labels: [] };
  return new Chart(canvas, {
    type: 'line',
    plugins: [tickReport],
    data: {
      datasets: spec.lines.map((line, i) => ({
        label: line.label,
        data: line.values.map((y, p) => ({ x: spec.times[p], y })),
        borderColor: colours[i % colours.length],
        backgroundColor: colours[i % colours.length],
        // Past six lines the colours repeat, dashed, so that every line stays distinguishable.
        borderDash: i >= colours.length ? [6, 3] : [],
        borderWidth: theme.highContrast ? 2.5 : 1.5,
        pointRadius: 0,
        pointHoverRadius: 3,
        tension: 0,
      })),
    },
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
        y: { min: 0, suggestedMax: spec.max, title: { display: true, text: spec.unit }, grid: { color: theme.grid } },
      },
      plugins: {
        ...(base(theme) as { plugins: object }).plugins,
        tooltip: {
          ...((base(theme) as { plugins: { tooltip: object } }).plugins.tooltip),
          callbacks: {
            title: (items) => (items.length > 0 ? spec.timeLabels[items[0].dataIndex] ?? '' : ''),
            label: (item) => `${item.dataset.label ?? ''}: ${Number(item.parsed.y).toLocaleString()} ${spec.unit}`,
          },
        },
      },
    },
  });
}

/** Grouped bars: one group per category, one bar per series. */
export function barChart(canvas: HTMLCanvasElement, categories: readonly string[], series: readonly { label: string; values: readonly number[] }[], yTitle: string, theme: ChartTheme): Chart {
  return new Chart(canvas, {
    type: 'bar',
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
